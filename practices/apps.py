from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices")

    def ready(self):
        from pages.translation_status import register
        from practices.review import connect_signals
        from practices.translation_status import PracticeTranslations

        connect_signals()
        register(PracticeTranslations())
