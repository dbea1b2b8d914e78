"""`make lighthouse`: Lighthouse scores of the main pages, on mobile and on desktop.

The site runs as for `make bench` (gunicorn, production settings, page cache) behind nginx
configured by deploy/nginx.conf, which also serves the image renditions. Results go to the
"Lighthouse" section of docs/benchmarks.md, with every audit that scores below 1.
"""

import json
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.datasets import DEMO_EVENT, DEMO_PRACTICE, DEMO_PUBLICATION, demo_content
from benchmarks.report import replace_section, run_description, table
from benchmarks.server import (
    BENCH_DIR,
    CACHED,
    ROOT,
    fetch,
    free_port,
    gunicorn,
    postgres_version,
    prepare_site,
    production_proxy,
    say,
    stop_cleanly_on_sigterm,
)

PAGES = [
    ("Home", "/en/"),
    ("Who we are", "/en/about/"),
    ("Member directory", "/en/members/"),
    ("Member profile", "/en/members/lyon/"),
    ("Library", "/en/publications/"),
    ("Publication", f"/en/publications/{DEMO_PUBLICATION}/"),
    ("Search", "/en/search/?q=urban+security"),
    ("News", "/en/news/"),
    ("Event", f"/en/events/{DEMO_EVENT}/"),
    ("Practices", "/en/practices/"),
    ("Practice", f"/en/practices/{DEMO_PRACTICE}/"),
]
FORM_FACTORS = {"mobile": [], "desktop": ["--preset=desktop"]}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
SCORED_MODES = {"binary", "numeric", "metricSavings"}
ATTEMPTS = 3
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
REPORTS_DIR = BENCH_DIR / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-background-networking --disable-component-update "
    "--disable-sync --disable-gpu"
)


@dataclass(frozen=True)
class Audit:
    category: str
    title: str
    score: float
    display_value: str
    details: tuple[str, ...]


@dataclass(frozen=True)
class PageReport:
    label: str
    path: str
    form_factor: str
    lighthouse_version: str
    scores: dict[str, int]
    audits_below_1: list[Audit]


def run_lighthouse(url: str, form_factor: str, output: Path) -> dict:
    """Lighthouse's JSON report, also kept in ``output``; retried after a runtime error."""
    for attempt in range(1, ATTEMPTS + 1):
        say(f"Lighthouse ({form_factor}) {url}, attempt {attempt}")
        report = lighthouse_report(url, form_factor, output)
        if report is not None:
            return report
    raise RuntimeError(f"Lighthouse failed {ATTEMPTS} times on {url} ({form_factor})")


def lighthouse_report(url: str, form_factor: str, output: Path) -> dict | None:
    output.unlink(missing_ok=True)
    command = [
        str(LIGHTHOUSE),
        url,
        f"--chrome-path={CHROMIUM}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--output=json",
        f"--output-path={output}",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        *FORM_FACTORS[form_factor],
    ]
    completed = subprocess.run(command, cwd=ROOT, check=False)
    if completed.returncode != 0 or not output.exists():
        return None
    report = json.loads(output.read_text())
    return None if report.get("runtimeError") else report


def report_path(path: str, form_factor: str) -> Path:
    name = path.strip("/").replace("/", "-") or "root"
    return REPORTS_DIR / f"{name}-{form_factor}.json"


def audits_below_1(report: dict) -> list[Audit]:
    """Every scored audit under 1, once, in the order of the categories."""
    found = {}
    for category_id in CATEGORIES:
        category = report["categories"][category_id]
        for reference in category["auditRefs"]:
            audit = report["audits"][reference["id"]]
            scored = audit["scoreDisplayMode"] in SCORED_MODES and audit["score"] is not None
            if scored and audit["score"] < 1 and reference["id"] not in found:
                found[reference["id"]] = Audit(
                    category=category["title"],
                    title=audit["title"],
                    score=audit["score"],
                    display_value=audit.get("displayValue", ""),
                    details=audit_details(audit),
                )
    return list(found.values())


def audit_details(audit: dict) -> tuple[str, ...]:
    """What the audit points at: the resources it lists, or the checks that failed."""
    details = audit.get("details") or {}
    items = details.get("items") or []
    if details.get("type") == "checklist":
        return tuple(check["label"] for check in items.values() if not check["value"])
    urls = [item["url"] for item in items if isinstance(item, dict) and "url" in item]
    return tuple(local_path(url) for url in urls if isinstance(url, str))


def as_markdown(detail: str) -> str:
    return f"`{detail}`" if detail.startswith(("/", "http")) else detail


def local_path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path if parts.hostname == "127.0.0.1" else url


def page_report(label: str, path: str, form_factor: str, report: dict) -> PageReport:
    return PageReport(
        label=label,
        path=path,
        form_factor=form_factor,
        lighthouse_version=report["lighthouseVersion"],
        scores={
            category: round(report["categories"][category]["score"] * 100)
            for category in CATEGORIES
        },
        audits_below_1=audits_below_1(report),
    )


def scores_table(reports: list[PageReport]) -> str:
    headers = ["Page", "URL", "Form factor", "Performance", "Accessibility", "Best practices"]
    rows = [
        [report.label, f"`{report.path}`", report.form_factor, *report.scores.values()]
        for report in reports
    ]
    return table([*headers, "SEO"], rows)


def audits_list(reports: list[PageReport]) -> str:
    """One line per audit below 1, with the pages and form factors where it is."""
    where: dict[tuple[str, str], list[str]] = {}
    details: dict[tuple[str, str], dict[str, None]] = {}
    for report in reports:
        for audit in report.audits_below_1:
            key = (audit.category, audit.title)
            value = f" ({audit.display_value})" if audit.display_value else ""
            where.setdefault(key, []).append(
                f"{report.label} {report.form_factor} {audit.score:.2g}{value}"
            )
            details.setdefault(key, {}).update(dict.fromkeys(audit.details))
    if not where:
        return "Every scored audit is at 1."
    return "\n".join(
        f"- {category}: **{title}** — {'; '.join(places)}"
        + "".join(f"\n  - {as_markdown(detail)}" for detail in details[(category, title)])
        for (category, title), places in where.items()
    )


def render(reports: list[PageReport]) -> str:
    setup = (
        f"Lighthouse {reports[0].lighthouse_version}, one run per page and form factor (mobile: "
        "the default emulation and throttling; desktop: `--preset=desktop`), Chromium headless, "
        "against gunicorn (production settings, page cache in Redis) behind nginx configured "
        "by `deploy/nginx.conf`. The performance score varies by a few points between runs. "
        f"The full reports are left in `{REPORTS_DIR.relative_to(ROOT)}/`."
    )
    return "\n\n".join(
        [
            run_description(postgres_version()),
            setup,
            scores_table(reports),
            "Audits scoring below 1 (score, and Lighthouse's value where it gives one):",
            audits_list(reports),
        ]
    )


def main() -> None:
    stop_cleanly_on_sigterm()
    started = time.monotonic()
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} is missing: run `npm ci` first.")
    site = prepare_site(demo_content, free_port())
    app_port = free_port()
    with (
        gunicorn(site, CACHED, port=app_port),
        production_proxy(site.public_port, [app_port]) as base_url,
    ):
        for _, path in PAGES:
            fetch(base_url + path)
        REPORTS_DIR.mkdir(exist_ok=True)
        reports = [
            page_report(
                label,
                path,
                form_factor,
                run_lighthouse(base_url + path, form_factor, report_path(path, form_factor)),
            )
            for label, path in PAGES
            for form_factor in FORM_FACTORS
        ]
    replace_section("lighthouse", render(reports))
    say(f"Lighthouse results written to docs/benchmarks.md in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
