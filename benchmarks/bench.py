"""`make bench`: throughput, latency, SQL queries and weight of each page, and the time the
weekly digest takes.

Every case is loaded with wrk under gunicorn without and with the page cache, as its visitor
(anonymous, or signed in with a session of their own), and an anonymous page is compared with
nginx serving the same HTML as a static file. BENCH_CASES and BENCH_DATASETS choose some of
the cases and datasets (`selected`); the rows of the others are then kept as they were.
Results go to the "Server benchmark" section of docs/benchmarks.md.
"""

import gzip
import os
import tempfile
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from benchmarks.datasets import (
    AT_SCALE,
    BULK_GROUP,
    DATASETS,
    DEMO_ARTICLE,
    DEMO_EVENT,
    DEMO_PRACTICE,
    DEMO_PROJECT,
    DEMO_PUBLICATION,
)
from benchmarks.report import (
    committed_section,
    current_section,
    markdown_tables,
    milliseconds,
    replace_section,
    run_description,
    table,
    table_rows,
)
from benchmarks.server import (
    CACHED,
    UNCACHED,
    WORKERS,
    BenchSite,
    fetch,
    free_port,
    gunicorn,
    nginx,
    postgres_version,
    prepare_site,
    production_proxy,
    require,
    say,
    static_files_server,
    stop_cleanly_on_sigterm,
)
from benchmarks.visitors import MEMBER_OF, STAFF
from benchmarks.wrk import THREADS, LoadResult, run_wrk

ANONYMOUS = "anonymous"
GROUP_MEMBER = f"{MEMBER_OF}{BULK_GROUP}"


@dataclass(frozen=True)
class Case:
    """A page to measure, as ``visitor`` sees it (anonymous, or a name benchmarks/visitors.py
    signs in: STAFF, "member of <group slug>"); ``path`` may hold ``{space}`` and ``{thread}``,
    the addresses of a member's group. Run on ``datasets`` only, or on every dataset."""

    label: str
    path: str
    visitor: str = ANONYMOUS
    datasets: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """What BENCH_CASES matches: the label and the visitor."""
        return f"{self.label} ({self.visitor})"

    def runs_on(self, dataset: str) -> bool:
        return not self.datasets or dataset in self.datasets


CASES = [
    Case("Home", "/en/"),
    Case("About us", "/en/about/"),
    Case("Governance (French)", "/fr/qui-sommes-nous/gouvernance/"),
    Case("Member directory", "/en/members/"),
    Case("Directory filtered (French)", "/fr/membres/?country=IT&kind=local"),
    Case("Member profile", "/en/members/lyon/"),
    Case("Library", "/en/publications/"),
    Case("Library filtered (French)", "/fr/publications/?theme=nightlife&language=fr"),
    Case("Publication", f"/en/publications/{DEMO_PUBLICATION}/"),
    Case("Search, two words", "/en/search/?q=urban+security"),
    Case("News", "/en/news/"),
    Case("News filtered (French)", "/fr/actualites/?theme=nightlife"),
    Case("News article", f"/en/news/{DEMO_ARTICLE}/"),
    Case("Events", "/en/events/"),
    Case("Event", f"/en/events/{DEMO_EVENT}/"),
    Case("European project", f"/en/projects/{DEMO_PROJECT}/"),
    Case("Theme", "/en/themes/nightlife/"),
    Case("Practices", "/en/practices/"),
    Case("Practices filtered (French)", "/fr/pratiques/?theme=nightlife&evidence=evaluated"),
    Case("Practice", f"/en/practices/{DEMO_PRACTICE}/"),
    # Signed in, on the large dataset only: never cached, whatever the configuration.
    Case("Translations report", "/admin/reports/translations/", STAFF, (AT_SCALE,)),
    Case("Group space", "{space}", GROUP_MEMBER, (AT_SCALE,)),
    Case("Group thread", "{thread}", GROUP_MEMBER, (AT_SCALE,)),
    Case("People directory", "/en/account/people/", GROUP_MEMBER, (AT_SCALE,)),
    Case("Members' home", "/en/account/", GROUP_MEMBER, (AT_SCALE,)),
]
# The weekly digest for the dataset's people (benchmarks/digest.py), on these datasets.
DIGEST = "Weekly digest"
DIGEST_DATASETS = (AT_SCALE,)
DIGEST_BUDGET_SECONDS = 120
CONNECTIONS = 16
SECONDS = 15
SERVER_TIME_SECONDS = 5
GZIP_LEVEL = 6
STATIC = "nginx"
SERVED_BY = {
    UNCACHED.label: "gunicorn, no page cache",
    CACHED.label: "production: nginx micro-cache, gunicorn, page cache in Redis",
    STATIC: "nginx, the same HTML as a file",
}
# A Markdown table: its headers and its rows.
Table = tuple[list[str], list[list]]
# What a row kept from before this change lacks: the visitor of the anonymous pages.
KEPT_DEFAULTS = {"Visitor": ANONYMOUS}


@dataclass(frozen=True)
class Weight:
    files: int
    gzip_bytes: int


@dataclass(frozen=True)
class PageResult:
    dataset: str
    label: str
    path: str
    queries: int
    weight: Weight
    server_time_ms: float
    loads: dict[str, LoadResult]
    visitor: str = ANONYMOUS


@dataclass(frozen=True)
class DigestResult:
    """``send_weekly_digests`` on a dataset: what benchmarks/digest.py measured."""

    dataset: str
    seconds: float
    people: int
    emails: int
    outbox: int
    enqueued: int
    sent_inline: int


@dataclass(frozen=True)
class Visit:
    """A case on one dataset: its path there and its visitor's headers (their cookie)."""

    case: Case
    path: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.case.label


def selected(selection: str, name: str) -> bool:
    """Whether ``name`` is chosen by ``selection`` (BENCH_CASES, BENCH_DATASETS): parts
    separated by ";", any of them in the name, whatever the case; an empty one chooses all."""
    parts = [part.strip().casefold() for part in selection.split(";") if part.strip()]
    return not parts or any(part in name.casefold() for part in parts)


def plan(cases: str = "", datasets: str = "") -> dict[str, tuple[list[Case], bool]]:
    """The datasets to load, each with the cases to measure on it and whether the weekly
    digest is timed there, as chosen by BENCH_CASES and BENCH_DATASETS."""
    planned = {}
    for dataset in DATASETS:
        chosen = [case for case in CASES if case.runs_on(dataset) and selected(cases, case.name)]
        digest = dataset in DIGEST_DATASETS and selected(cases, DIGEST)
        if selected(datasets, dataset) and (chosen or digest):
            planned[dataset] = (chosen, digest)
    return planned


def visits(site: BenchSite, cases: list[Case]) -> list[Visit]:
    """The cases as their visitors make them: each signed-in visitor gets a session."""
    visitors = sorted({case.visitor for case in cases} - {ANONYMOUS})
    sessions = site.run_json("benchmarks.visitors", visitors) if visitors else {}
    return [visit(case, sessions.get(case.visitor, {})) for case in cases]


def visit(case: Case, session: dict[str, str]) -> Visit:
    """``case`` made by the visitor of ``session`` (benchmarks/visitors.py: their cookie and
    their group's addresses; none when anonymous)."""
    places = {name: value for name, value in session.items() if name != "cookie"}
    headers = {"Cookie": session["cookie"]} if "cookie" in session else {}
    return Visit(case, case.path.format_map(places), headers)


class AssetLinks(HTMLParser):
    """Collects the stylesheets and scripts a page links to."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "link" and "stylesheet" in (attributes.get("rel") or "").split():
            link = attributes.get("href")
        elif tag == "script":
            link = attributes.get("src")
        else:
            return
        if link:
            self.links.append(link)


def own_assets(page_url: str, html: bytes) -> list[str]:
    """The URLs of the page's stylesheets and scripts served by the site itself."""
    parser = AssetLinks()
    parser.feed(html.decode())
    urls = [urljoin(page_url, link) for link in parser.links]
    return [url for url in urls if urlsplit(url).netloc == urlsplit(page_url).netloc]


def page_weight(page_url: str, html: bytes) -> Weight:
    bodies = [html, *(fetch(url) for url in own_assets(page_url, html))]
    gzip_bytes = sum(len(gzip.compress(body, compresslevel=GZIP_LEVEL)) for body in bodies)
    return Weight(files=len(bodies), gzip_bytes=gzip_bytes)


def count_queries(site: BenchSite, chosen: list[Visit]) -> dict[str, int]:
    pages = [[each.path, each.headers.get("Cookie", "")] for each in chosen]
    counts = site.run_json("benchmarks.page_queries", pages)
    return {each.label: count for each, count in zip(chosen, counts, strict=True)}


def load(url: str, headers: dict[str, str] | None = None) -> LoadResult:
    signed_in = " (signed in)" if headers else ""
    say(f"wrk -c{CONNECTIONS} -d{SECONDS}s {url}{signed_in}")
    return run_wrk(url, CONNECTIONS, SECONDS, headers=headers)


def server_time(url: str, headers: dict[str, str]) -> float:
    """The median time the server takes for one uncached page, one request at a time."""
    return run_wrk(url, 1, SERVER_TIME_SECONDS, headers=headers).latency_ms[50]


def load_each(base_url: str, chosen: list[Visit]) -> dict[str, LoadResult]:
    for each in chosen:
        fetch(base_url + each.path, each.headers)
    return {each.label: load(base_url + each.path, each.headers) for each in chosen}


def load_static_copies(html: dict[str, bytes]) -> dict[str, LoadResult]:
    """Each page's HTML served by nginx as a file, loaded the same way."""
    if not html:
        return {}
    with tempfile.TemporaryDirectory(prefix="efus-pages-") as directory:
        root = Path(directory)
        root.chmod(0o755)
        names = {}
        for number, (label, body) in enumerate(html.items()):
            names[label] = f"page-{number}.html"
            (root / names[label]).write_bytes(body)
        port = free_port()
        with nginx(port, static_files_server(port, root)) as base_url:
            return {label: load(f"{base_url}/{name}") for label, name in names.items()}


def bench_pages(site: BenchSite, dataset: str, cases: list[Case]) -> list[PageResult]:
    """Each case loaded uncached, then as in production; anonymous ones also as a file."""
    chosen = visits(site, cases)
    queries = count_queries(site, chosen)
    loads = {}
    with gunicorn(site, UNCACHED) as base_url:
        html = {each.label: fetch(base_url + each.path, each.headers) for each in chosen}
        weights = {
            each.label: page_weight(base_url + each.path, html[each.label]) for each in chosen
        }
        server_times = {
            each.label: server_time(base_url + each.path, each.headers) for each in chosen
        }
        loads[UNCACHED.label] = load_each(base_url, chosen)
    app_port = free_port()
    with (
        gunicorn(site, CACHED, port=app_port),
        production_proxy(site.public_port, [app_port]) as base_url,
    ):
        loads[CACHED.label] = load_each(base_url, chosen)
    # A signed-in page is never cached: no file copy to compare it with.
    loads[STATIC] = load_static_copies(
        {each.label: html[each.label] for each in chosen if not each.headers}
    )
    return [
        PageResult(
            dataset,
            each.label,
            each.path,
            queries[each.label],
            weights[each.label],
            server_times[each.label],
            {
                served_by: by_label[each.label]
                for served_by, by_label in loads.items()
                if each.label in by_label
            },
            each.case.visitor,
        )
        for each in chosen
    ]


def bench_digest(site: BenchSite, dataset: str) -> DigestResult:
    say("Timing send_weekly_digests")
    return DigestResult(dataset, **site.run_json("benchmarks.digest", "send"))


def bench_dataset(
    dataset: str, cases: list[Case], digest: bool
) -> tuple[list[PageResult], list[DigestResult]]:
    site = prepare_site(DATASETS[dataset], free_port())
    pages = bench_pages(site, dataset, cases) if cases else []
    return pages, [bench_digest(site, dataset)] if digest else []


def pages_table(results: list[PageResult]) -> Table:
    rows = [
        [
            result.dataset,
            result.label,
            result.visitor,
            f"`{result.path}`",
            result.queries,
            milliseconds(result.server_time_ms),
            f"{result.weight.gzip_bytes / 1024:.1f} KiB ({result.weight.files} files)",
        ]
        for result in results
    ]
    headers = [
        "Dataset",
        "Page",
        "Visitor",
        "URL",
        "SQL queries",
        "Server time, p50",
        "HTML + CSS + JS, gzip -6",
    ]
    return headers, rows


def load_table(results: list[PageResult]) -> Table:
    rows = []
    for result in results:
        static = result.loads.get(STATIC)
        for served_by, run in result.loads.items():
            rows.append(
                [
                    result.dataset,
                    result.label,
                    SERVED_BY[served_by],
                    f"{run.requests_per_second:,.0f}",
                    milliseconds(run.latency_ms[50]),
                    milliseconds(run.latency_ms[99]),
                    f"{run.http_errors} / {run.socket_errors}",
                    f"{run.requests_per_second / static.requests_per_second:.2g}"
                    if static
                    else "–",
                ]
            )
    headers = ["Dataset", "Page", "Served by", "Requests/s", "p50", "p99", "Errors (HTTP / socket)"]
    return [*headers, "÷ nginx"], rows


def digest_table(results: list[DigestResult]) -> Table:
    rows = [
        [
            result.dataset,
            DIGEST,
            f"{result.people:,}",
            f"{result.seconds:.1f} s",
            "yes" if passes(result) else "**no**",
            f"{result.emails:,}",
            f"{result.enqueued:,}",
            f"{result.sent_inline:,}",
        ]
        for result in results
    ]
    headers = ["Dataset", "Page", "People", "Built in", "Passed"]
    return [*headers, "Emails", "Deliveries queued", "Sent inline"], rows


def passes(result: DigestResult) -> bool:
    """Within the budget, every email in the outbox with its delivery queued, none sent."""
    queued = result.emails == result.outbox == result.enqueued
    return result.seconds <= DIGEST_BUDGET_SECONDS and queued and not result.sent_inline


@dataclass(frozen=True)
class Committed:
    """A page's figures in the committed docs/benchmarks.md, before this run."""

    queries: str
    server_time: str
    uncached_rate: str


def committed_figures() -> tuple[str, dict[tuple[str, str], Committed]]:
    """The committed run's description line, and its figures by (dataset, page)."""
    section = committed_section("bench")
    return described(section), figures(section)


def figures(section: str) -> dict[tuple[str, str], Committed]:
    """The figures of each (dataset, page) in ``section``: those of the pages table (with a
    URL), not the changes beside the run before."""
    pages = table_rows(section, "Dataset")
    rates = {
        (row["Dataset"], row["Page"]): row["Requests/s"]
        for row in pages
        if row.get("Served by") == SERVED_BY[UNCACHED.label]
    }
    return {
        (row["Dataset"], row["Page"]): Committed(
            row["SQL queries"],
            row["Server time, p50"],
            rates.get((row["Dataset"], row["Page"]), ""),
        )
        for row in pages
        if "URL" in row
    }


def described(section: str) -> str:
    return next((line for line in section.splitlines() if line.startswith("Measured")), "")


def ratio(now: float, before: str) -> str:
    """``now`` ÷ the committed figure ("36.0 ms", "1,234"), or '' without one."""
    try:
        committed = float(before.split()[0].replace(",", ""))
    except (ValueError, IndexError):
        return ""
    return f"× {now / committed:.2f}" if committed else ""


def change_table(results: list[PageResult], committed: dict[tuple[str, str], Committed]) -> Table:
    rows = []
    for result in results:
        before = committed.get((result.dataset, result.label), Committed("", "", ""))
        rate = result.loads[UNCACHED.label].requests_per_second
        rows.append(
            [
                result.dataset,
                result.label,
                f"{before.queries or '–'} → {result.queries}",
                f"{before.server_time or '–'} → {milliseconds(result.server_time_ms)}",
                ratio(result.server_time_ms, before.server_time),
                f"{before.uncached_rate or '–'} → {rate:,.0f}",
                ratio(rate, before.uncached_rate),
            ]
        )
    headers = ["Dataset", "Page", "SQL queries", "Server time, p50", "÷ before"]
    return [*headers, "Uncached requests/s", "÷ before"], rows


def order(row: list) -> tuple[int, int]:
    """Rows by dataset, then by case (the digest last)."""
    datasets, pages = list(DATASETS), [case.label for case in CASES] + [DIGEST]
    dataset, page = str(row[0]), str(row[1])
    return (
        datasets.index(dataset) if dataset in datasets else len(datasets),
        pages.index(page) if page in pages else len(pages),
    )


def merged(table: Table, kept: Table, defaults: dict[str, str]) -> Table:
    """``table`` with the rows of ``kept`` (the table before) whose (dataset, page) it does
    not have, in the order of the datasets and cases; their cells are matched by header, a
    missing one is the header's default."""
    headers, rows = table
    old_headers, old_rows = kept
    columns = [same_column(headers, position, old_headers) for position in range(len(headers))]
    measured = {(str(row[0]), str(row[1])) for row in rows}
    older = [
        [
            row[column] if column is not None and column < len(row) else defaults.get(name, "")
            for name, column in zip(headers, columns, strict=True)
        ]
        for row in old_rows
        if (row[0], row[1]) not in measured
    ]
    return headers, sorted(rows + older, key=order)


def same_column(headers: list[str], position: int, other: list[str]) -> int | None:
    """Where ``other`` has the column ``headers`` has at ``position`` (the same occurrence
    of its name: "÷ before" is twice in the change table), or None."""
    name = headers[position]
    found = [number for number, header in enumerate(other) if header == name]
    occurrence = headers[:position].count(name)
    return found[occurrence] if occurrence < len(found) else None


def render(
    results: list[PageResult], digests: list[DigestResult], subset: str = "", before: str = ""
) -> str:
    """The section; ``subset`` describes what this run chose, the rest of the rows coming from
    ``before``, the section as it was."""
    setup = (
        f"Each row: `wrk -t{THREADS} -c{CONNECTIONS} -d{SECONDS}s --latency` on one URL, "
        f"gunicorn with {WORKERS} sync workers and production settings, nginx with "
        f"{WORKERS} workers; wrk runs on the same machine. A signed-in visitor sends the "
        "cookie of a session made for them (`benchmarks/visitors.py`) with every request; "
        "their pages are never cached, and have no file copy to compare with. SQL queries: "
        "one warmed-up request rendered in-process. Server time: p50 of uncached requests "
        f"sent one at a time for {SERVER_TIME_SECONDS} s. Weight: the HTML and the stylesheets "
        "and scripts it links to, each compressed with gzip -6. Weekly digest: "
        "`send_weekly_digests` run as the worker runs it, for every person of the dataset "
        f"(`benchmarks/digest.py`), within {DIGEST_BUDGET_SECONDS} s, its emails written to "
        "the outbox and their deliveries queued for the worker, none sent inline."
    )
    earlier, committed = committed_figures()
    change = (
        "Beside the figures committed before this run "
        f"({earlier.removeprefix('Measured on ').rstrip('.') or 'none'}):"
    )
    pages, changes, loads, digest = section_tables(
        [
            pages_table(results),
            change_table(results, committed),
            load_table(results),
            digest_table(digests),
        ],
        subset,
        before,
    )
    description = run_description(postgres_version())
    if subset:
        description += (
            f" This run measured only {subset}; the other rows are as they were "
            f"({described(before).removeprefix('Measured on ').rstrip('.') or 'none'})."
        )
    parts = [description, setup, table(*pages), change, table(*changes), table(*loads)]
    if digest[1]:
        parts.append(table(*digest))
    return "\n\n".join(parts)


def section_tables(tables: list[Table], subset: str, before: str) -> list[Table]:
    """``tables``; after a run of a ``subset``, each with the other rows of its table in
    ``before`` (the one whose last column is the same)."""
    if not subset:
        return tables
    previous = markdown_tables(before)
    return [merged(each, same_table(previous, each), KEPT_DEFAULTS) for each in tables]


def same_table(tables: list[Table], like: Table) -> Table:
    """The first of ``tables`` whose last column is that of ``like`` (none: an empty one)."""
    return next((each for each in tables if each[0][-1:] == like[0][-1:]), ([], []))


def subset_described(planned: dict[str, tuple[list[Case], bool]]) -> str:
    """What BENCH_CASES and BENCH_DATASETS chose, in words; '' when they chose everything."""
    everything = plan()
    if planned == everything:
        return ""
    chosen = []
    for dataset, (cases, digest) in planned.items():
        names = [case.name for case in cases] + ([DIGEST] if digest else [])
        chosen.append(f"{', '.join(names)} on “{dataset}”")
    return "; ".join(chosen)


def main() -> None:
    stop_cleanly_on_sigterm()
    started = time.monotonic()
    require("wrk")
    require("nginx")
    planned = plan(os.environ.get("BENCH_CASES", ""), os.environ.get("BENCH_DATASETS", ""))
    if not planned:
        raise SystemExit("BENCH_CASES and BENCH_DATASETS chose nothing to measure.")
    results, digests = [], []
    for dataset, (cases, digest) in planned.items():
        pages, digested = bench_dataset(dataset, cases, digest)
        results += pages
        digests += digested
    report = render(results, digests, subset_described(planned), current_section("bench"))
    replace_section("bench", report)
    print(report, flush=True)
    say(f"Server benchmark written to docs/benchmarks.md in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
