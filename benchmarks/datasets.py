"""The datasets a benchmark can run against: each one fills a freshly migrated bench database."""

from benchmarks.server import BenchSite

# A public demo publication with files in four languages, present in every dataset.
DEMO_PUBLICATION = "cities-manifesto-security-democracy-and-cities"
# A demo article, event and European project, present in every dataset.
DEMO_ARTICLE = "night-councils-and-the-governance-of-nightlife-the-experience-of-antwerp"
DEMO_EVENT = "study-visit-to-rotterdam"
DEMO_PROJECT = "safe-nights"
# A demo practice, written in Italian and translated into English.
DEMO_PRACTICE = "night-mediation-turin"


def demo_content(site: BenchSite) -> None:
    site.manage("load_demo")


def at_scale(site: BenchSite) -> None:
    """The demo site with 20,000 extra member authorities, 50,000 extra publications, 5,000
    extra news articles and 5,000 extra practices: no page may slow down with them."""
    site.manage("load_demo")
    site.manage("load_bulk_members", "--count", "20000")
    site.manage("load_bulk_publications", "--count", "50000")
    site.manage("load_bulk_news", "--count", "5000")
    site.manage("load_bulk_practices", "5000")


DATASETS = {
    "demo content": demo_content,
    "20,000 members, 50,000 publications": at_scale,
}
