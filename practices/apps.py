from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices")

    def ready(self):
        from practices.review import connect_signals

        connect_signals()
