"""`make bench` puts each page's new figures beside those committed before the run."""

from benchmarks.bench import STATIC, Committed, PageResult, Weight, change_table
from benchmarks.report import table_rows
from benchmarks.server import CACHED, UNCACHED
from benchmarks.wrk import LoadResult

COMMITTED = """
Measured on 2026-11-27 at commit `b4e646f`: a machine.

| Dataset | Page | URL | SQL queries | Server time, p50 | HTML + CSS + JS, gzip -6 |
| --- | --- | --- | --- | --- | --- |
| demo content | About us | `/en/about/` | 12 | 36.7 ms | 8.4 KiB (3 files) |

| Dataset | Page | Served by | Requests/s | p50 | p99 | Errors (HTTP / socket) | ÷ nginx |
| --- | --- | --- | --- | --- | --- | --- | --- |
| demo content | About us | gunicorn, no page cache | 1,060 | 257 ms | 448 ms | 0 / 0 | 0.01 |
| demo content | About us | nginx, the same HTML as a file | 95,000 | 0.1 ms | 1 ms | 0 / 0 | 1 |
"""


def load(rate: float) -> LoadResult:
    return LoadResult(int(rate * 15), rate, {50: 1.0, 99: 2.0}, 0, 0)


def test_the_committed_tables_are_read_by_their_headers():
    rows = table_rows(COMMITTED, "Dataset")
    assert rows[0]["SQL queries"] == "12"
    assert rows[0]["Server time, p50"] == "36.7 ms"
    assert [row["Requests/s"] for row in rows[1:]] == ["1,060", "95,000"]


def test_each_page_shows_its_change_since_the_committed_run():
    about = PageResult(
        "demo content",
        "About us",
        "/en/about/",
        6,
        Weight(3, 8600),
        18.35,
        {UNCACHED.label: load(2120), CACHED.label: load(9000), STATIC: load(95000)},
    )
    new_page = PageResult(
        "demo content", "News", "/en/news/", 5, Weight(3, 8000), 12.0, about.loads
    )
    committed = {("demo content", "About us"): Committed("12", "36.7 ms", "1,060")}

    lines = change_table([about, new_page], committed).splitlines()

    assert lines[2] == (
        "| demo content | About us | 12 → 6 | 36.7 ms → 18.4 ms | × 0.50 | 1,060 → 2,120 | × 2.00 |"
    )
    assert lines[3] == "| demo content | News | – → 5 | – → 12.0 ms |  | – → 2,120 |  |"
