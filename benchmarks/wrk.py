"""Running wrk and reading its report."""

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from benchmarks.server import require

THREADS = 2
TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}
ROTATE_SCRIPT = Path(__file__).resolve().parent / "rotate.lua"


@dataclass(frozen=True)
class LoadResult:
    requests: int
    requests_per_second: float
    latency_ms: dict[int, float]
    http_errors: int
    socket_errors: int

    @property
    def errors(self) -> int:
        return self.http_errors + self.socket_errors


def run_wrk(
    url: str,
    connections: int,
    seconds: int,
    paths: list[str] | None = None,
    headers: dict[str, str] | None = None,
) -> LoadResult:
    """Load ``url`` for ``seconds``, every request with ``headers`` (such as a signed-in
    visitor's Cookie); with ``paths``, every connection rotates through them."""
    threads = min(THREADS, connections)
    command = [require("wrk"), f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    if paths:
        command += ["-s", str(ROTATE_SCRIPT), url, "--", *paths]
    else:
        command.append(url)
    completed = subprocess.run(command, capture_output=True, text=True, check=True)
    return parse_wrk(completed.stdout)


def parse_wrk(report: str) -> LoadResult:
    return LoadResult(
        requests=int(search(r"(\d+) requests in", report)),
        requests_per_second=float(search(r"Requests/sec:\s+([\d.]+)", report)),
        latency_ms={
            int(percent): float(value) * TIME_UNITS_MS[unit]
            for percent, value, unit in re.findall(
                r"^\s+(\d+)%\s+([\d.]+)(us|ms|s|m)\s*$", report, re.MULTILINE
            )
        },
        http_errors=http_errors(report),
        socket_errors=sum(
            int(count) for count in re.findall(r"(?:connect|read|write|timeout) (\d+)", report)
        ),
    )


def http_errors(report: str) -> int:
    """Non-2xx responses as counted by rotate.lua, or else wrk's own count of 4xx and 5xx."""
    counted = re.search(r"Non-2xx responses \(all threads\): (\d+)", report)
    if counted is None:
        counted = re.search(r"Non-2xx or 3xx responses: (\d+)", report)
    return int(counted.group(1)) if counted else 0


def search(pattern: str, report: str) -> str:
    found = re.search(pattern, report)
    if found is None:
        raise RuntimeError(f"Unexpected wrk report (no {pattern!r}):\n{report}")
    return found.group(1)
