"""The working groups' models: the groups, their memberships and page
(``working_groups.py``), and their spaces' discussions and files (``discussions.py``)."""

from groups.models.discussions import Post, PostReport, SharedFile, Thread
from groups.models.working_groups import (
    GroupIndexPage,
    GroupMembership,
    MembershipQuerySet,
    WorkingGroup,
    groups_page,
)

__all__ = [
    "GroupIndexPage",
    "GroupMembership",
    "MembershipQuerySet",
    "Post",
    "PostReport",
    "SharedFile",
    "Thread",
    "WorkingGroup",
    "groups_page",
]
