"""`make bench` puts each page's new figures beside those committed before the run, and a
run of some cases (BENCH_CASES, BENCH_DATASETS) keeps the rows of the others."""

from benchmarks.bench import (
    GROUP_MEMBER,
    STAFF,
    STATIC,
    Committed,
    PageResult,
    Weight,
    change_table,
    figures,
    load_table,
    pages_table,
    plan,
    section_tables,
    visit,
)
from benchmarks.datasets import AT_SCALE
from benchmarks.report import markdown_tables, table, table_rows
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

    lines = table(*change_table([about, new_page], committed)).splitlines()

    assert lines[2] == (
        "| demo content | About us | 12 → 6 | 36.7 ms → 18.4 ms | × 0.50 | 1,060 → 2,120 | × 2.00 |"
    )
    assert lines[3] == "| demo content | News | – → 5 | – → 12.0 ms |  | – → 2,120 |  |"


def test_the_committed_figures_are_the_pages_table_s_not_the_changes():
    changes = """
| Dataset | Page | SQL queries | Server time, p50 | ÷ before | Uncached requests/s | ÷ before |
| --- | --- | --- | --- | --- | --- | --- |
| demo content | About us | 20 → 12 | 50.0 ms → 36.7 ms | × 0.73 | 900 → 1,060 | × 1.18 |
"""
    assert figures(COMMITTED + changes) == {
        ("demo content", "About us"): Committed("12", "36.7 ms", "1,060")
    }


def names(planned):
    return {
        dataset: ([case.name for case in cases], digest)
        for dataset, (cases, digest) in planned.items()
    }


def test_bench_cases_chooses_the_signed_in_pages_and_the_digest_only_where_they_run():
    signed_in = names(plan("member of; staff"))
    assert signed_in == {
        AT_SCALE: (
            [
                f"Translations report ({STAFF})",
                f"Group space ({GROUP_MEMBER})",
                f"Group thread ({GROUP_MEMBER})",
                f"People directory ({GROUP_MEMBER})",
                f"Members' home ({GROUP_MEMBER})",
            ],
            False,
        )
    }
    assert names(plan("weekly DIGEST")) == {AT_SCALE: ([], True)}
    assert list(plan("home", "demo")) == ["demo content"]
    everything = plan()
    assert everything["demo content"][1] is False and everything[AT_SCALE][1] is True
    assert len(everything[AT_SCALE][0]) == len(everything["demo content"][0]) + 5


def test_a_signed_in_visitor_sends_their_session_cookie_to_their_group_s_pages():
    space = next(case for case in plan("group space")[AT_SCALE][0])
    session = {"cookie": "sessionid=abc", "space": "/en/groups/bulk-1/space/", "thread": "/t/"}

    member = visit(space, session)
    anonymous = visit(plan("home", "demo")["demo content"][0][0], {})

    assert (member.path, member.headers) == (
        "/en/groups/bulk-1/space/",
        {"Cookie": "sessionid=abc"},
    )
    assert (anonymous.path, anonymous.headers) == ("/en/", {})


def test_a_run_of_some_cases_keeps_the_other_rows_in_the_order_of_the_cases():
    space = PageResult(
        AT_SCALE,
        "Group space",
        "/en/groups/bulk-1/space/",
        9,
        Weight(2, 9000),
        30.0,
        {UNCACHED.label: load(50), CACHED.label: load(49)},
        GROUP_MEMBER,
    )
    home = PageResult(
        "demo content", "Home", "/en/", 1, Weight(2, 9000), 6.0, {UNCACHED.label: load(280)}
    )

    pages, loads = section_tables(
        [pages_table([space, home]), load_table([space, home])], "some", COMMITTED
    )

    assert [row[:3] for row in pages[1]] == [
        ["demo content", "Home", "anonymous"],
        ["demo content", "About us", "anonymous"],
        [AT_SCALE, "Group space", GROUP_MEMBER],
    ]
    assert [(row[1], row[3], row[-1]) for row in loads[1]] == [
        ("Home", "280", "–"),
        ("About us", "1,060", "0.01"),
        ("About us", "95,000", "1"),
        ("Group space", "50", "–"),
        ("Group space", "49", "–"),
    ]
    assert [headers for headers, _rows in markdown_tables(table(*pages))] == [pages[0]]


def test_a_run_of_every_case_writes_only_its_own_rows():
    home = PageResult(
        "demo content", "Home", "/en/", 1, Weight(2, 9000), 6.0, {UNCACHED.label: load(280)}
    )

    [pages] = section_tables([pages_table([home])], "", COMMITTED)

    assert [row[1] for row in pages[1]] == ["Home"]
