"""What the working groups hold about a person (``privacy.registry``): their memberships and
requests to join (with the emails they chose), deleted with the person; their posts and
reports, which stay with the group without them (a post's author becomes "former
participant", a report loses who made it); the files they shared, deleted with their bytes
unless staff marked them kept for the group, which then keep them without their sharer."""

from privacy.registry import PersonalData, declare


def without_author(posts) -> None:
    posts.update(author=None)


def without_reporter(reports) -> None:
    reports.update(reporter=None)


def unless_kept(files) -> None:
    files.filter(kept=False).delete()
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
        erase=unless_kept,
    ),
)
