"""The national forums typed on the governance page move into the members app's forums."""

import importlib
from types import SimpleNamespace

from members.models import NationalForum

forums_migration = importlib.import_module(
    "members.migrations.0002_national_forums_from_governance_page"
)


class TypedForums:
    """The governance page's forum rows, as the migration reads them."""

    def __init__(self, rows):
        self.rows = rows

    def order_by(self, field):
        return sorted(self.rows, key=lambda row: getattr(row, field))


def typed_forum(sort_order, country, url, **names):
    columns = {f"name_{code}": names.get(code) for code in ("en", "fr", "de", "it", "es", "pt")}
    return SimpleNamespace(
        sort_order=sort_order, country=country, url=url, name=names["en"], **columns
    )


def test_forums_typed_on_the_governance_page_become_national_forums(db):
    rows = [
        typed_forum(1, "IT", "", en="Italian Forum", it="Forum italiano"),
        typed_forum(0, "FR", "https://ffsu.org", en="French Forum", fr="Forum français"),
    ]
    apps = SimpleNamespace(
        get_model=lambda app, model: (
            SimpleNamespace(objects=TypedForums(rows)) if app == "pages" else NationalForum
        )
    )
    forums_migration.forums_from_governance_page(apps, schema_editor=None)
    forums_migration.forums_from_governance_page(apps, schema_editor=None)

    french = NationalForum.objects.get(country="FR")
    assert (french.name_en, french.name_fr, french.website) == (
        "French Forum",
        "Forum français",
        "https://ffsu.org",
    )
    assert NationalForum.objects.get(country="IT").name_it == "Forum italiano"
    assert NationalForum.objects.count() == 2
