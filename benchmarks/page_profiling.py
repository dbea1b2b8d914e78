"""Print, as JSON, where an uncached request for each page given on the command line spends
its time: milliseconds per request, by layer of the code; null for a page not served with
the site's layout (an earlier version of the code may not have it yet).

Run by profiling.py, by its file name so that it can run in another checkout, in the bench
site's environment (production settings, bench database): each page is rendered in-process
by Django's test client, warmed up, then requested ``REQUESTS`` times under cProfile. Every
function's own time goes to the first layer whose path fragment its file contains, or, for
code of no layer (built-ins, utilities), to its callers' layers.
"""

import cProfile
import json
import os
import pstats
import sys
import sysconfig

import django

REQUESTS = 40
SITE_CODE = f"{os.getcwd()}/"
LAYERS = [
    ("SQL: PostgreSQL and the driver", ("/psycopg/",)),
    ("SQL building, rows to objects", ("/django/db/",)),
    ("Image renditions", ("/wagtail/images/", "/willow/", "/PIL/")),
    ("Templates", ("/django/template/", "/templatetags/", "/wagtail/blocks/")),
    (
        "Routing and Wagtail's serve",
        ("/wagtail/models/", "/wagtail/views.py", "/wagtail/url_routing", "/routing.py"),
    ),
    (
        "Request handling, middleware, sessions",
        ("/django/core/", "/django/middleware/", "/django/contrib/", "/django/http/", "/axes/"),
    ),
    ("Translated fields (modeltranslation)", ("/modeltranslation/",)),
    ("The site's views and models", (SITE_CODE,)),
]
# Time in code of no layer (built-ins, the standard library, Django's utilities) belongs to
# the layer that called it.
OTHER = "Other"
UNLAYERED = ("/django/utils/", "/asgiref/", sysconfig.get_paths()["stdlib"] + "/", "~")


def layer_of(filename: str) -> str | None:
    if any(fragment in filename for fragment in UNLAYERED):
        return None
    for name, fragments in LAYERS:
        if any(fragment in filename for fragment in fragments):
            return name
    return None


def layer_shares(stats: dict, function, known: dict, visiting: set) -> dict[str, float]:
    """How ``function``'s own time divides between layers: its own layer, or else its
    callers' layers in proportion to the time each caller made it spend. Each function's
    shares are worked out once (``known``); a caller already being worked out (a cycle) is
    left out."""
    if function in known:
        return known[function]
    layer = layer_of(function[0])
    if layer:
        return known.setdefault(function, {layer: 1.0})
    callers = stats[function][4]
    total = sum(own for _cc, _nc, own, _cumulative in callers.values())
    shares = {}
    visiting.add(function)
    for caller, (_cc, _nc, own, _cumulative) in callers.items():
        if not total or caller in visiting or caller not in stats:
            continue
        for name, share in layer_shares(stats, caller, known, visiting).items():
            shares[name] = shares.get(name, 0.0) + share * own / total
    visiting.discard(function)
    return known.setdefault(function, shares or {OTHER: 1.0})


def served(response) -> bool:
    """The page answered with the site's layout: an earlier version of the code answers a
    page type it does not know yet with Wagtail's bare fallback page, or with an error."""
    return response.status_code == 200 and b'<main id="main"' in response.content


def profile(client, path: str) -> dict[str, float] | None:
    if not served(client.get(path)):
        return None
    profiler = cProfile.Profile()
    profiler.enable()
    for _request in range(REQUESTS):
        client.get(path)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    spent = dict.fromkeys([*(name for name, _fragments in LAYERS), OTHER], 0.0)
    known = {}
    for function, (_cc, _nc, own_seconds, _cumulative, _callers) in stats.items():
        for name, share in layer_shares(stats, function, known, set()).items():
            spent[name] += own_seconds * share * 1000 / REQUESTS
    return spent


def main(paths: list[str]) -> None:
    django.setup()
    from django.test import Client

    client = Client(raise_request_exception=False)  # an error is a page not served
    print(json.dumps({path: profile(client, path) for path in paths}))


if __name__ == "__main__":
    main(sys.argv[1:])
