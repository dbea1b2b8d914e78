from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Members"

    def ready(self):
        self.empty_page_cache_on_changes()

    def empty_page_cache_on_changes(self):
        """Members and forums show on the directory, profiles, governance and home pages."""
        from django.db.models.signals import post_delete, post_save

        from members.models import MemberAuthority, NationalForum
        from pages.caching import empty_page_cache

        for model in (MemberAuthority, NationalForum):
            for signal in (post_save, post_delete):
                signal.connect(
                    empty_page_cache,
                    sender=model,
                    dispatch_uid=f"empty_page_cache_{model.__name__}_{id(signal)}",
                )
