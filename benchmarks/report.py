"""Writing results into docs/benchmarks.md, each script between its own pair of markers."""

import datetime
import os
import platform
import re
import subprocess
from pathlib import Path

from benchmarks.server import ROOT

RESULTS_DOC = ROOT / "docs" / "benchmarks.md"
LOAD_BEFORE_RUN = os.getloadavg()[0]


def replace_section(name: str, markdown: str) -> None:
    """Replace what lies between ``<!-- name:start -->`` and ``<!-- name:end -->``."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = RESULTS_DOC.read_text()
    if start not in text or end not in text:
        raise RuntimeError(f"{RESULTS_DOC} has no {start} … {end} markers")
    before, rest = text.split(start, 1)
    after = rest.split(end, 1)[1]
    RESULTS_DOC.write_text(f"{before}{start}\n{markdown.strip()}\n{end}{after}")


def current_section(name: str) -> str:
    """What lies between the markers of ``name`` in docs/benchmarks.md as it is now."""
    return between_markers(name, RESULTS_DOC.read_text())


def between_markers(name: str, text: str) -> str:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if start not in text or end not in text:
        return ""
    return text.split(start, 1)[1].split(end, 1)[0]


def committed_section(name: str) -> str:
    """What lies between the markers of ``name`` in the committed docs/benchmarks.md (at
    HEAD), or '' where there is none yet."""
    completed = subprocess.run(
        ["git", "show", f"HEAD:{RESULTS_DOC.relative_to(ROOT)}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return "" if completed.returncode else between_markers(name, completed.stdout)


def table_rows(markdown: str, first_header: str) -> list[dict[str, str]]:
    """The rows of the Markdown table whose first column is ``first_header``, by header."""
    rows, headers = [], None
    for line in markdown.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|"):
            headers = None
        elif headers is None and cells[0] == first_header:
            headers = cells
        elif headers and set(cells) != {"---"}:
            rows.append(dict(zip(headers, cells, strict=False)))
    return rows


def markdown_tables(markdown: str) -> list[tuple[list[str], list[list[str]]]]:
    """Each Markdown table of ``markdown``: its headers and its rows' cells."""
    tables: list[tuple[list[str], list[list[str]]]] = []
    in_table = False
    for line in markdown.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|"):
            in_table = False
        elif not in_table:
            in_table = True
            tables.append((cells, []))
        elif set(cells) != {"---"}:
            tables[-1][1].append(cells)
    return tables


def table(headers: list[str], rows: list[list]) -> str:
    lines = [headers, ["---"] * len(headers), *rows]
    return "\n".join("| " + " | ".join(str(cell) for cell in line) + " |" for line in lines)


def run_description(postgres_version: str) -> str:
    """When, on what and on which commit the results were measured."""
    return (
        f"Measured on {datetime.date.today().isoformat()} at commit `{commit()}`: "
        f"{cpu_model()}, {os.cpu_count()} cores, {memory_gib()} GiB of memory; "
        f"Python {platform.python_version()}, PostgreSQL {postgres_version}; "
        f"load average {LOAD_BEFORE_RUN:.2f} before the run."
    )


def commit() -> str:
    completed = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return completed.stdout.strip() or "unknown"


def cpu_model() -> str:
    found = re.search(r"^model name\s*:\s*(.+)$", read_proc("cpuinfo"), re.MULTILINE)
    return found.group(1).strip() if found else platform.processor() or "unknown CPU"


def memory_gib() -> str:
    found = re.search(r"^MemTotal:\s+(\d+) kB", read_proc("meminfo"), re.MULTILINE)
    return f"{int(found.group(1)) / 1024**2:.1f}" if found else "?"


def read_proc(name: str) -> str:
    path = Path("/proc") / name
    return path.read_text() if path.exists() else ""


def milliseconds(value: float) -> str:
    return f"{value:.1f} ms" if value >= 1 else f"{value:.2f} ms"
