from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Members"

    def ready(self):
        self.empty_page_cache_on_changes()

    def empty_page_cache_on_changes(self):
        """Members and forums show on the directory, profiles, governance and home pages."""
        from members.models import MemberAuthority, NationalForum
        from pages.caching import empty_page_cache_on_changes_to

        empty_page_cache_on_changes_to(MemberAuthority, NationalForum)
