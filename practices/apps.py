from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices")

    def ready(self):
        from django.db.models.signals import pre_delete

        from pages.translation_status import register
        from practices.attachments import discard_with
        from practices.models import Practice
        from practices.review import connect_signals
        from practices.translation_status import PracticeTranslations

        connect_signals()
        pre_delete.connect(discard_with, sender=Practice, dispatch_uid="practices.discard_with")
        register(PracticeTranslations())
