"""The datasets a benchmark can run against: each one fills a freshly migrated bench database."""

from benchmarks.server import BenchSite


def demo_content(site: BenchSite) -> None:
    site.manage("load_demo")


DATASETS = {"demo content": demo_content}
