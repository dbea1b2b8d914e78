from django.apps import AppConfig


class GroupsConfig(AppConfig):
    name = "groups"
    verbose_name = "Working groups"

    def ready(self):
        from groups.models.discussions import connect_signals

        connect_signals()
