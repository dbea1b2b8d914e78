from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = "Personal data"

    def ready(self):
        from pages.backup import restoring
        from privacy import checks  # noqa: F401 - registers the system check
        from privacy.erasure import keep_erasures_across_restore

        autodiscover_modules("personal_data")
        restoring.connect(keep_erasures_across_restore, dispatch_uid="privacy_restore")
