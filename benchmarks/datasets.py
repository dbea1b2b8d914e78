"""The datasets a benchmark can run against: each one fills a freshly migrated bench database."""

from benchmarks.server import BenchSite


def demo_content(site: BenchSite) -> None:
    site.manage("load_demo")


def twenty_thousand_members(site: BenchSite) -> None:
    """The demo site with 20,000 extra member authorities: pages must not slow down with it."""
    site.manage("load_demo")
    site.manage("load_bulk_members", "--count", "20000")


DATASETS = {"demo content": demo_content, "20,000 members": twenty_thousand_members}
