"""`make bench`: throughput, latency, SQL queries and weight of each page.

Every case is loaded with wrk under gunicorn without and with the page cache, and compared with
nginx serving the same HTML as a static file. Results go to the "Server benchmark" section of
docs/benchmarks.md.
"""

import gzip
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from benchmarks.datasets import (
    DATASETS,
    DEMO_ARTICLE,
    DEMO_EVENT,
    DEMO_PRACTICE,
    DEMO_PROJECT,
    DEMO_PUBLICATION,
)
from benchmarks.report import (
    committed_section,
    milliseconds,
    replace_section,
    run_description,
    table,
    table_rows,
)
from benchmarks.server import (
    CACHED,
    ROOT,
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
from benchmarks.wrk import THREADS, LoadResult, run_wrk

CASES = [
    ("Home", "/en/"),
    ("About us", "/en/about/"),
    ("Governance (French)", "/fr/qui-sommes-nous/gouvernance/"),
    ("Member directory", "/en/members/"),
    ("Directory filtered (French)", "/fr/membres/?country=IT&kind=local"),
    ("Member profile", "/en/members/lyon/"),
    ("Library", "/en/publications/"),
    ("Library filtered (French)", "/fr/publications/?theme=nightlife&language=fr"),
    ("Publication", f"/en/publications/{DEMO_PUBLICATION}/"),
    ("Search, two words", "/en/search/?q=urban+security"),
    ("News", "/en/news/"),
    ("News filtered (French)", "/fr/actualites/?theme=nightlife"),
    ("News article", f"/en/news/{DEMO_ARTICLE}/"),
    ("Events", "/en/events/"),
    ("Event", f"/en/events/{DEMO_EVENT}/"),
    ("European project", f"/en/projects/{DEMO_PROJECT}/"),
    ("Theme", "/en/themes/nightlife/"),
    ("Practices", "/en/practices/"),
    ("Practices filtered (French)", "/fr/pratiques/?theme=nightlife&evidence=evaluated"),
    ("Practice", f"/en/practices/{DEMO_PRACTICE}/"),
]
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


def count_queries(site: BenchSite, paths: list[str]) -> dict[str, int]:
    command = [sys.executable, "-m", "benchmarks.page_queries", *paths]
    completed = subprocess.run(
        command, cwd=ROOT, env=site.env(), stdout=subprocess.PIPE, text=True, check=True
    )
    return json.loads(completed.stdout)


def load(url: str) -> LoadResult:
    say(f"wrk -c{CONNECTIONS} -d{SECONDS}s {url}")
    return run_wrk(url, CONNECTIONS, SECONDS)


def server_time(url: str) -> float:
    """The median time the server takes for one uncached page, one request at a time."""
    return run_wrk(url, 1, SERVER_TIME_SECONDS).latency_ms[50]


def load_each(base_url: str, paths: list[str]) -> dict[str, LoadResult]:
    for path in paths:
        fetch(base_url + path)
    return {path: load(base_url + path) for path in paths}


def load_static_copies(html: dict[str, bytes]) -> dict[str, LoadResult]:
    """Each page's HTML served by nginx as a file, loaded the same way."""
    with tempfile.TemporaryDirectory(prefix="efus-pages-") as directory:
        root = Path(directory)
        root.chmod(0o755)
        names = {}
        for number, (path, body) in enumerate(html.items()):
            names[path] = f"page-{number}.html"
            (root / names[path]).write_bytes(body)
        port = free_port()
        with nginx(port, static_files_server(port, root)) as base_url:
            return {path: load(f"{base_url}/{name}") for path, name in names.items()}


def bench_dataset(dataset: str, fill: Callable[[BenchSite], None]) -> list[PageResult]:
    site = prepare_site(fill, free_port())
    paths = [path for _, path in CASES]
    queries = count_queries(site, paths)
    loads = {}
    with gunicorn(site, UNCACHED) as base_url:
        html = {path: fetch(base_url + path) for path in paths}
        weights = {path: page_weight(base_url + path, html[path]) for path in paths}
        server_times = {path: server_time(base_url + path) for path in paths}
        loads[UNCACHED.label] = load_each(base_url, paths)
    app_port = free_port()
    with (
        gunicorn(site, CACHED, port=app_port),
        production_proxy(site.public_port, [app_port]) as base_url,
    ):
        loads[CACHED.label] = load_each(base_url, paths)
    loads[STATIC] = load_static_copies(html)
    return [
        PageResult(
            dataset,
            label,
            path,
            queries[path],
            weights[path],
            server_times[path],
            {served_by: by_path[path] for served_by, by_path in loads.items()},
        )
        for label, path in CASES
    ]


def pages_table(results: list[PageResult]) -> str:
    rows = [
        [
            result.dataset,
            result.label,
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
        "URL",
        "SQL queries",
        "Server time, p50",
        "HTML + CSS + JS, gzip -6",
    ]
    return table(headers, rows)


def load_table(results: list[PageResult]) -> str:
    rows = []
    for result in results:
        static_rate = result.loads[STATIC].requests_per_second
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
                    f"{run.requests_per_second / static_rate:.2g}",
                ]
            )
    headers = ["Dataset", "Page", "Served by", "Requests/s", "p50", "p99", "Errors (HTTP / socket)"]
    return table([*headers, "÷ nginx"], rows)


@dataclass(frozen=True)
class Committed:
    """A page's figures in the committed docs/benchmarks.md, before this run."""

    queries: str
    server_time: str
    uncached_rate: str


def committed_figures() -> tuple[str, dict[tuple[str, str], Committed]]:
    """The committed run's description line, and its figures by (dataset, page)."""
    section = committed_section("bench")
    pages = table_rows(section, "Dataset")
    rates = {
        (row["Dataset"], row["Page"]): row["Requests/s"]
        for row in pages
        if row.get("Served by") == SERVED_BY[UNCACHED.label]
    }
    figures = {
        (row["Dataset"], row["Page"]): Committed(
            row["SQL queries"],
            row["Server time, p50"],
            rates.get((row["Dataset"], row["Page"]), ""),
        )
        for row in pages
        if "SQL queries" in row
    }
    described = next((line for line in section.splitlines() if line.startswith("Measured")), "")
    return described, figures


def ratio(now: float, before: str) -> str:
    """``now`` ÷ the committed figure ("36.0 ms", "1,234"), or '' without one."""
    try:
        committed = float(before.split()[0].replace(",", ""))
    except (ValueError, IndexError):
        return ""
    return f"× {now / committed:.2f}" if committed else ""


def change_table(results: list[PageResult], committed: dict[tuple[str, str], Committed]) -> str:
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
    return table([*headers, "Uncached requests/s", "÷ before"], rows)


def render(results: list[PageResult]) -> str:
    setup = (
        f"Each row: `wrk -t{THREADS} -c{CONNECTIONS} -d{SECONDS}s --latency` on one URL, "
        f"gunicorn with {WORKERS} sync workers and production settings, nginx with "
        f"{WORKERS} workers; wrk runs on the same machine. SQL queries: one warmed-up "
        "request rendered in-process. Server time: p50 of uncached requests sent one at a "
        f"time for {SERVER_TIME_SECONDS} s. Weight: the HTML and the stylesheets and scripts it "
        "links to, each compressed with gzip -6."
    )
    described, committed = committed_figures()
    change = (
        "Beside the figures committed before this run "
        f"({described.removeprefix('Measured on ').rstrip('.') or 'none'}):"
    )
    parts = [
        run_description(postgres_version()),
        setup,
        pages_table(results),
        change,
        change_table(results, committed),
        load_table(results),
    ]
    return "\n\n".join(parts)


def main() -> None:
    stop_cleanly_on_sigterm()
    started = time.monotonic()
    require("wrk")
    require("nginx")
    results = []
    for dataset, fill in DATASETS.items():
        results += bench_dataset(dataset, fill)
    report = render(results)
    replace_section("bench", report)
    print(report, flush=True)
    say(f"Server benchmark written to docs/benchmarks.md in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
