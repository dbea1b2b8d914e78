import logging
import sys
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand
from django.test.utils import override_settings
from django.utils.module_loading import import_string
from tqdm import tqdm

from pages.demo.admin_search import admin_search_indexed_at_the_end
from pages.demo.builder import build_demo_site
from pages.models import HomePage

# Wagtail's background tasks (its reference index) run as each object is saved, so that the
# demo is complete when the command ends, not thousands of tasks later in a worker.
INLINE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


class Command(BaseCommand):
    help = (
        "Build the demo site (pages in six languages, images, site settings, then each "
        "app's DEMO_CONTENT_BUILDERS); safe to rerun. Shows a progress bar; --verbosity 2 "
        "also shows the log of each page created."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (keeps editors' changes).",
        )

    def handle(self, *args, if_empty=False, verbosity=1, **options):
        if if_empty and HomePage.objects.exists():
            if verbosity:
                self.stdout.write("Demo content already loaded.")
            return
        if verbosity:
            self.stdout.write("Loading the demo content…")
        builders = settings.DEMO_CONTENT_BUILDERS
        # One step for the site, one per builder, one for the admin search index at the end.
        with (
            tqdm(
                total=len(builders) + 2,
                unit=" step",
                # The stream itself: through self.stderr each redraw would end a line, in red.
                file=options.get("stderr") or sys.stderr,
                disable=verbosity == 0,
                bar_format="  {bar:30} {n_fmt}/{total_fmt} [{elapsed}] {desc}",
            ) as bar,
            info_logs_hidden(unless=verbosity > 1),
            override_settings(TASKS=INLINE_TASKS),
        ):
            with admin_search_indexed_at_the_end():
                bar.set_description_str("site")
                home = build_demo_site()
                bar.update()
                for builder in builders:
                    bar.set_description_str(builder.split(".")[0])
                    import_string(builder)(home)
                    bar.update()
                bar.set_description_str("admin search")
            bar.update()
            bar.set_description_str("done")
        count = home.get_descendants(inclusive=True).count()
        if verbosity:
            self.stdout.write(self.style.SUCCESS(f"Demo site ready: {count} pages."))


@contextmanager
def info_logs_hidden(unless: bool = False):
    """Wagtail logs every page it creates, edits and publishes at INFO: a few hundred lines
    that would bury the progress bar. Hidden while the demo loads; warnings still show."""
    if unless:
        yield
        return
    previous = logging.root.manager.disable
    logging.disable(max(previous, logging.INFO))
    try:
        yield
    finally:
        logging.disable(previous)
