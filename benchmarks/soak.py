"""`make soak`: 50 connections for 60 s over every page of the sitemap, in every language.

The site runs as in production with the page cache (gunicorn, Redis). Any error, HTTP (not
2xx) or socket, fails the run. Results go to the "Soak" section of docs/benchmarks.md.
"""

import re
import time
from urllib.parse import urlsplit

from benchmarks.datasets import demo_content
from benchmarks.report import milliseconds, replace_section, run_description, table
from benchmarks.server import (
    CACHED,
    WORKERS,
    fetch,
    free_port,
    gunicorn,
    postgres_version,
    prepare_site,
    require,
    say,
    stop_cleanly_on_sigterm,
)
from benchmarks.wrk import THREADS, LoadResult, run_wrk

CONNECTIONS = 50
SECONDS = 60


def sitemap_paths(base_url: str) -> list[str]:
    sitemap = fetch(f"{base_url}/sitemap.xml").decode()
    return [urlsplit(location).path for location in re.findall(r"<loc>([^<]+)</loc>", sitemap)]


def soak(base_url: str, paths: list[str]) -> LoadResult:
    """Every connection rotates through ``paths`` for SECONDS, after one warm-up request each."""
    for path in paths:
        fetch(base_url + path)
    say(f"wrk -c{CONNECTIONS} -d{SECONDS}s over {len(paths)} URLs")
    return run_wrk(f"{base_url}/", CONNECTIONS, SECONDS, paths)


def render(result: LoadResult, paths: list[str]) -> str:
    languages = sorted({path.split("/")[1] for path in paths})
    setup = (
        f"`wrk -t{THREADS} -c{CONNECTIONS} -d{SECONDS}s --latency -s benchmarks/rotate.lua`: "
        f"each connection rotates through the {len(paths)} URLs of the sitemap "
        f"({len(paths) // len(languages)} pages in {', '.join(languages)}), against gunicorn "
        f"with {WORKERS} sync workers, production settings and the page cache in Redis."
    )
    verdict = "**Passed**: no errors." if not result.errors else "**Failed**: errors above."
    headers = ["Requests", "Requests/s", "Non-2xx", "Socket errors", "p50", "p90", "p99"]
    row = [
        f"{result.requests:,}",
        f"{result.requests_per_second:,.0f}",
        result.http_errors,
        result.socket_errors,
        *(milliseconds(result.latency_ms[percent]) for percent in (50, 90, 99)),
    ]
    return "\n\n".join([run_description(postgres_version()), setup, table(headers, [row]), verdict])


def main() -> None:
    stop_cleanly_on_sigterm()
    started = time.monotonic()
    require("wrk")
    site = prepare_site(demo_content, free_port())
    with gunicorn(site, CACHED) as base_url:
        paths = sitemap_paths(base_url)
        result = soak(base_url, paths)
    replace_section("soak", render(result, paths))
    say(f"Soak results written to docs/benchmarks.md in {time.monotonic() - started:.0f} s")
    if result.errors:
        raise SystemExit(
            f"Soak failed: {result.http_errors} non-2xx, {result.socket_errors} socket"
        )


if __name__ == "__main__":
    main()
