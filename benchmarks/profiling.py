"""`make profile`: where an uncached request spends its time, layer by layer (routing, SQL
building, SQL, templates, image renditions…), for each page of `make bench` on the demo
content. With ``BEFORE=<commit>`` the same pages are profiled with that commit's code too, on
the same database, and shown beside. Results go to the "Profile" section of
docs/benchmarks.md.
"""

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.bench import CASES
from benchmarks.datasets import demo_content
from benchmarks.page_profiling import LAYERS, OTHER, REQUESTS
from benchmarks.report import milliseconds, replace_section, run_description, table
from benchmarks.server import (
    ROOT,
    BenchSite,
    free_port,
    postgres_version,
    prepare_site,
    say,
    stop_cleanly_on_sigterm,
)


def profile_checkout(site: BenchSite, checkout: Path) -> dict[str, dict[str, float] | None]:
    """Milliseconds per request by layer, for each page, with the code of ``checkout``; None
    for a page that code does not serve."""
    say(f"Profiling {len(CASES)} pages with the code in {checkout}")
    command = [sys.executable, str(ROOT / "benchmarks" / "page_profiling.py")]
    command += [path for _label, path in CASES]
    env = {**site.env(), "PYTHONPATH": str(checkout)}
    completed = subprocess.run(
        command, cwd=checkout, env=env, stdout=subprocess.PIPE, text=True, check=True
    )
    return json.loads(completed.stdout)


@contextlib.contextmanager
def checkout_of(commit: str) -> Iterator[Path]:
    """A temporary checkout of ``commit`` (a git worktree), removed afterwards."""
    directory = Path(tempfile.mkdtemp(prefix="efus-profile-"))
    git = ["git", "-C", str(ROOT), "worktree"]
    subprocess.run([*git, "add", "--detach", str(directory), commit], check=True)
    # The static files collected for the bench site (var/static), which the pages link to.
    (directory / "var").symlink_to(ROOT / "var")
    try:
        yield directory
    finally:
        subprocess.run([*git, "remove", "--force", str(directory)], check=False)


def layers_table(profiles: dict[str, dict[str, dict[str, float] | None]]) -> str:
    """A row per page and code version, a column per layer, then the total."""
    layers = [*(name for name, _fragments in LAYERS), OTHER]
    rows = []
    for label, path in CASES:
        for version, by_path in profiles.items():
            spent = by_path[path]
            if spent is None:
                continue
            cells = [milliseconds(spent[layer]) for layer in layers]
            rows.append([label, version, *cells, milliseconds(sum(spent.values()))])
    return table(["Page", "Code", *layers, "Total"], rows)


def render(profiles: dict[str, dict[str, dict[str, float] | None]], command: str) -> str:
    setup = (
        f"`{command}`: each page of the server benchmark on the demo content, rendered "
        f"in-process (Django's test client, production settings, no page cache) {REQUESTS} "
        "times under cProfile after one warm-up request (a page the earlier code does not have "
        "gets no row for it); each function's own time is counted in the layer its code "
        "belongs to, in milliseconds per request. cProfile adds its own cost to every Python "
        "call: compare the layers and the two versions, not the totals with the server times "
        "above."
    )
    return "\n\n".join([run_description(postgres_version()), setup, layers_table(profiles)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", help="a commit whose code to profile beside this one")
    options = parser.parse_args()
    stop_cleanly_on_sigterm()
    started = time.monotonic()
    site = prepare_site(demo_content, free_port())
    profiles = {}
    if options.before:
        with checkout_of(options.before) as before:
            profiles[f"before ({options.before})"] = profile_checkout(site, before)
    profiles["now"] = profile_checkout(site, ROOT)
    if missing := [path for path, spent in profiles["now"].items() if spent is None]:
        raise SystemExit(f"Pages not served: {', '.join(missing)}")
    command = "make profile" + (f" BEFORE={options.before}" if options.before else "")
    replace_section("profile", render(profiles, command))
    say(f"Profile written to docs/benchmarks.md in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
