"""The datasets a benchmark can run against: each one fills a freshly migrated bench database."""

from benchmarks.server import BenchSite

# A public demo publication with files in four languages, present in every dataset.
DEMO_PUBLICATION = "cities-manifesto-security-democracy-and-cities"


def demo_content(site: BenchSite) -> None:
    site.manage("load_demo")


def twenty_thousand_members(site: BenchSite) -> None:
    """The demo site with 20,000 extra member authorities: pages must not slow down with it."""
    site.manage("load_demo")
    site.manage("load_bulk_members", "--count", "20000")


def fifty_thousand_publications(site: BenchSite) -> None:
    """The demo site with 50,000 extra publications: the library must not slow down with them."""
    site.manage("load_demo")
    site.manage("load_bulk_publications", "--count", "50000")


DATASETS = {
    "demo content": demo_content,
    "20,000 members": twenty_thousand_members,
    "50,000 publications": fifty_thousand_publications,
}
