"""What the working groups hold about a person (``privacy.registry``): their memberships and
requests to join (with the emails they chose), deleted with the person; their posts, reports
and shared files, which stay with the group without them: a post's author becomes "former
participant", a report and a file lose who made them (staff delete a file in the admin if it
must go)."""

from privacy.registry import PersonalData, declare


def without_author(posts) -> None:
    posts.update(author=None)


def without_reporter(reports) -> None:
    reports.update(reporter=None)


def without_sharer(files) -> None:
    files.update(shared_by=None)


declare(
    PersonalData(
        "groups.GroupMembership",
        address="user__email",
        fields=("group__slug", "status", "asked_at", "decided_at", "emails", "digested_until"),
    ),
    PersonalData(
        "groups.Post",
        address="author__email",
        fields=("thread__group__slug", "thread__title", "text", "language", "created_at"),
        erase=without_author,
    ),
    PersonalData(
        "groups.PostReport",
        address="reporter__email",
        fields=("post_id", "reason", "created_at"),
        erase=without_reporter,
    ),
    PersonalData(
        "groups.SharedFile",
        address="shared_by__email",
        fields=("group__slug", "title", "shared_at"),
        erase=without_sharer,
    ),
)
