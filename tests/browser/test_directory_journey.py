"""A visitor finds a member in the directory, in a real browser, on a computer and a phone."""

import itertools
import math
import re

import pytest
from playwright.sync_api import expect


@pytest.mark.browser_locale("fr-FR")
def test_french_visitor_filters_by_country_opens_a_profile_and_switches_to_german(
    page, shared_demo_site
):
    page.goto(shared_demo_site + "/fr/membres/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.get_by_role("combobox", name="Pays").select_option(label="Italie")
    page.get_by_role("button", name="Afficher les membres").click()
    expect(page).to_have_url(re.compile(r"country=IT"))

    first = page.locator(".member-list a").first
    name = first.inner_text()
    expect(page.locator(".member-list")).to_contain_text("Italie")
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page).to_have_url(re.compile(r"/fr/membres/[a-z0-9-]+/$"))

    page.get_by_role("navigation", name="Langues").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(re.compile(r"/de/mitglieder/[a-z0-9-]+/$"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.locator(".facts")).to_contain_text("Italien")


PHONE = {"width": 375, "height": 812}
# Each marker of the map as the browser draws it: its name and its circle's box in CSS px.
MARKERS = """() => [...document.querySelectorAll(".place-map svg a")].map((link) => {
    const box = link.querySelector("circle").getBoundingClientRect();
    return {name: link.getAttribute("aria-label"), x: box.x, y: box.y, size: box.width};
})"""


def overlapping(one: dict, other: dict) -> bool:
    centres = math.dist(
        (one["x"] + one["size"] / 2, one["y"] + one["size"] / 2),
        (other["x"] + other["size"] / 2, other["y"] + other["size"] / 2),
    )
    return centres < (one["size"] + other["size"]) / 2


@pytest.mark.parametrize("query", ["", "?country=FR", "?country=IT", "?kind=regional"])
def test_on_a_phone_every_marker_is_big_enough_to_tap_and_none_hides_another(
    page, shared_demo_site, query
):
    page.set_viewport_size(PHONE)
    page.goto(f"{shared_demo_site}/en/members/{query}")
    markers = page.evaluate(MARKERS)
    assert markers
    for marker in markers:
        assert marker["size"] >= 24, marker
    for one, other in itertools.combinations(markers, 2):
        assert not overlapping(one, other), (one, other)


def test_on_a_phone_the_map_comes_first_and_a_tapped_place_lists_its_members(
    page, shared_demo_site
):
    page.set_viewport_size(PHONE)
    page.goto(f"{shared_demo_site}/en/members/?country=IT")
    results = page.locator("#results")
    assert page.locator(".place-map").bounding_box()["y"] < results.bounding_box()["y"]
    page.get_by_role("link", name="Skip the map and go to the list").click()
    expect(results).to_be_in_viewport()

    page.goto(f"{shared_demo_site}/en/members/?country=IT")
    marker = page.locator(".place-map svg a").last
    name = marker.get_attribute("aria-label")
    marker.click()
    expect(page).to_have_url(re.compile(r"country=IT&city=[^#]+#results$"))
    expect(results).to_be_in_viewport()
    count = int(re.search(r"(\d+) members?$", name).group(1))
    expect(results).to_have_text(re.compile(rf"^{count} members?$"))
    chips = page.get_by_role("link", name=re.compile(r"^Remove the place "))
    expect(chips.first).to_be_in_viewport()
    expect(page.locator(".place-map svg a[aria-current]")).to_have_attribute("aria-label", name)

    for _chosen in range(chips.count()):  # a marker of several places chose them all
        chips.first.click()
    expect(page).to_have_url(re.compile(r"\?country=IT#results$"))
    expect(page.locator(".chips")).to_have_count(0)


@pytest.mark.browser_locale("de-DE")
def test_a_german_visitor_reads_the_places_in_german(page, shared_demo_site):
    page.goto(f"{shared_demo_site}/de/mitglieder/?country=BE")
    places = " ".join(page.locator(".member-list__place").all_inner_texts())
    assert "Brüssel, Belgien" in places and "Antwerpen, Belgien" in places
    assert "Brussels" not in places and "Antwerp," not in places
    expect(page.get_by_role("link", name=re.compile(r"^Brüssel"))).to_have_count(1)
