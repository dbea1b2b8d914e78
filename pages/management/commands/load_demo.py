from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

from pages.demo.admin_search import admin_search_indexed_at_the_end
from pages.demo.builder import build_demo_site
from pages.models import HomePage


class Command(BaseCommand):
    help = (
        "Build the demo site (pages in six languages, images, site settings, then each "
        "app's DEMO_CONTENT_BUILDERS); safe to rerun."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (keeps editors' changes).",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("Demo content already loaded.")
            return
        with admin_search_indexed_at_the_end():
            home = build_demo_site()
            for builder in settings.DEMO_CONTENT_BUILDERS:
                import_string(builder)(home)
        count = home.get_descendants(inclusive=True).count()
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: {count} pages."))
