"""Print, as JSON, a signed-in session for each visitor named in the argument (a JSON list),
with the addresses of their group: ``{visitor: {"cookie": "sessionid=…", "space": …,
"thread": …}}``.

Run by bench.py in the bench site's environment (production settings, bench database). Each
session is a real one, stored by the site's session engine as signing in stores it, so the
servers under load read it from the bench database like any other. A visitor is named:

- ``"editor (staff)"``: a user of Wagtail's Editors group, who reaches the admin without
  being a superuser (made here: the datasets have none);
- ``"member of <slug>"``: the first person (by user) taking part in working group <slug>; their
  ``space`` is that group's space and their ``thread`` its most recently active discussion.
"""

import json
import sys
from urllib.parse import urlsplit

import django

STAFF = "editor (staff)"
MEMBER_OF = "member of "
STAFF_USERNAME = "bench-editor"


def session_cookie(user) -> str:
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def editor():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user, _created = get_user_model().objects.get_or_create(
        username=STAFF_USERNAME, defaults={"email": f"{STAFF_USERNAME}@example.org"}
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def member_of(slug: str) -> tuple[object, dict[str, str]]:
    """The group's first member taking part, and the addresses of its space and latest
    discussion."""
    from groups.models import GroupMembership, WorkingGroup, groups_page

    group = WorkingGroup.objects.get(slug=slug)
    membership = (
        GroupMembership.objects.taking_part()
        .filter(group=group)
        .select_related("user")
        .order_by("user_id")
        .first()
    )
    if membership is None:
        raise SystemExit(f"Nobody takes part in the working group {slug}.")
    thread = group.threads.order_by("-last_posted_at", "-pk").first()
    page = groups_page()
    base = urlsplit(page.url_in("en")).path
    return membership.user, {
        "space": base + page.reverse_subpage("space", args=[slug]),
        "thread": base + page.reverse_subpage("space_thread", args=[slug, thread.pk]),
    }


def visitor(name: str) -> dict[str, str]:
    if name == STAFF:
        return {"cookie": session_cookie(editor())}
    if name.startswith(MEMBER_OF):
        user, places = member_of(name.removeprefix(MEMBER_OF))
        return {"cookie": session_cookie(user), **places}
    raise SystemExit(f"Unknown visitor {name!r}: {STAFF!r} or '{MEMBER_OF}<group slug>'.")


def main(names: list[str]) -> None:
    django.setup()
    print(json.dumps({name: visitor(name) for name in names}))


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
