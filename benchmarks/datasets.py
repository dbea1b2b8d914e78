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
# A working group of the large dataset: its members' pages are measured signed in.
BULK_GROUP = "bulk-1"
AT_SCALE = "20,000 members, 50,000 publications"


def demo_content(site: BenchSite) -> None:
    site.manage("load_demo")


def at_scale(site: BenchSite) -> None:
    """The demo site with 20,000 extra member authorities, 50,000 extra publications, 5,000
    extra news articles and 5,000 extra practices: no page may slow down with them. And 5,000
    people in 50 working groups (`bulk-<n>`) holding 100,000 posts, all written in the last
    days, every person getting the weekly digest (benchmarks/digest.py)."""
    site.manage("load_demo")
    site.manage("load_bulk_members", "--count", "20000")
    site.manage("load_bulk_publications", "--count", "50000")
    site.manage("load_bulk_news", "--count", "5000")
    site.manage("load_bulk_practices", "5000")
    site.manage("load_bulk_people", "--count", "5000")
    site.manage("load_bulk_discussions", "--groups", "50", "--posts", "100000")
    site.run_json("benchmarks.digest", "subscribe")


DATASETS = {
    "demo content": demo_content,
    AT_SCALE: at_scale,
}
