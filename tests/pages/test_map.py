"""The member map: cities land in the right place on a light, committed base map of Europe,
and nearby places share a marker big enough to tap."""

import itertools
import math
import random
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.contrib.staticfiles import finders

from pages.map import (
    BASE_MAP,
    CENTRE_LATITUDE,
    CENTRE_LONGITUDE,
    CENTRE_X,
    CENTRE_Y,
    MARKER_DIAMETER_PX,
    NARROWEST_MAP_PX,
    SCALE,
    VIEWBOX_HEIGHT,
    VIEWBOX_WIDTH,
    WHOLE_FRAME,
    Group,
    fitted_view,
    grouped,
    is_on_map,
    project,
)

CITIES = {
    "Paris": (48.8566, 2.3522),
    "Lisbon": (38.7223, -9.1393),
    "Helsinki": (60.1699, 24.9384),
    "Athens": (37.9838, 23.7275),
    "Reykjavik": (64.1466, -21.9426),
    "Berlin": (52.5200, 13.4050),
    "Rome": (41.9028, 12.4964),
    "Madrid": (40.4168, -3.7038),
    "Vienna": (48.2082, 16.3738),
    "Warsaw": (52.2297, 21.0122),
}


@pytest.fixture(scope="module")
def base_map() -> Path:
    path = finders.find(BASE_MAP)
    assert path, f"{BASE_MAP} is not among the static files"
    return Path(path)


def position(city: str) -> tuple[float, float]:
    return project(*CITIES[city])


def land_rings(svg: Path) -> list[list[tuple[float, float]]]:
    """The rings of the base map's path: an absolute move, then relative lines, per ring."""
    root = ElementTree.parse(svg).getroot()  # noqa: S314 - the project's own committed file
    rings = []
    for subpath in re.findall(r"M[^M]+", root.find("{http://www.w3.org/2000/svg}path").get("d")):
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", subpath)]
        x, y = numbers[0], numbers[1]
        points = [(x, y)]
        for dx, dy in zip(numbers[2::2], numbers[3::2], strict=True):
            x, y = x + dx, y + dy
            points.append((x, y))
        rings.append(points)
    return rings


def on_land(x: float, y: float, rings) -> bool:
    """Even–odd ray casting over every ring: countries do not overlap, holes are rings too."""
    inside = False
    for points in rings:
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def lambert_by_chord_and_bearing(latitude: float, longitude: float) -> tuple[float, float]:
    """Lambert azimuthal equal-area from its definition: distance from the centre on the map
    equals the straight-line chord through the globe, in the great-circle bearing's direction."""
    phi0, lambda0 = math.radians(CENTRE_LATITUDE), math.radians(CENTRE_LONGITUDE)
    phi, lam = math.radians(latitude), math.radians(longitude)

    def unit(p, q):
        return (math.cos(p) * math.cos(q), math.cos(p) * math.sin(q), math.sin(p))

    chord = math.dist(unit(phi, lam), unit(phi0, lambda0))
    bearing = math.atan2(
        math.sin(lam - lambda0) * math.cos(phi),
        math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam - lambda0),
    )
    return CENTRE_X + SCALE * chord * math.sin(bearing), CENTRE_Y - SCALE * chord * math.cos(
        bearing
    )


@pytest.mark.parametrize("city", ["Paris", "Lisbon", "Helsinki", "Athens", "Reykjavik"])
def test_cities_fall_inside_the_viewbox(city):
    x, y = position(city)
    assert 0 < x < VIEWBOX_WIDTH and 0 < y < VIEWBOX_HEIGHT
    assert is_on_map(x, y)


def test_places_far_from_europe_are_off_the_map():
    assert not is_on_map(*project(40.7128, -74.0060))  # New York
    assert not is_on_map(*project(35.6762, 139.6503))  # Tokyo
    assert not is_on_map(*project(-33.8688, 151.2093))  # Sydney


def test_cities_keep_their_relative_places():
    paris, lisbon, helsinki, athens, reykjavik = map(
        position, ["Paris", "Lisbon", "Helsinki", "Athens", "Reykjavik"]
    )
    assert lisbon[0] < paris[0] < athens[0]
    assert paris[0] < helsinki[0]
    assert helsinki[1] < paris[1] < lisbon[1]
    assert helsinki[1] < athens[1]
    assert reykjavik[1] < helsinki[1]
    assert reykjavik[0] < paris[0]


def test_projection_rounds_to_a_tenth_and_matches_lambert_equal_area():
    for latitude, longitude in CITIES.values():
        x, y = project(latitude, longitude)
        assert (round(x, 1), round(y, 1)) == (x, y)
        expected_x, expected_y = lambert_by_chord_and_bearing(latitude, longitude)
        assert abs(x - expected_x) <= 0.06 and abs(y - expected_y) <= 0.06


def test_map_scale_matches_real_distances():
    """Paris–Berlin is about 878 km; near the centre the map is close to true scale."""
    units = math.dist(position("Paris"), position("Berlin"))
    assert units == pytest.approx(878 / 6371 * SCALE, rel=0.03)


def test_base_map_is_light_xml_with_the_shared_viewbox(base_map):
    assert base_map.stat().st_size < 60 * 1024
    root = ElementTree.parse(base_map).getroot()  # noqa: S314 - the project's own committed file
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == f"0 0 {VIEWBOX_WIDTH} {VIEWBOX_HEIGHT}"
    assert not re.search(rb"https?://(?!www\.w3\.org/2000/svg)", base_map.read_bytes())


@pytest.mark.parametrize("city", ["Paris", "Berlin", "Rome", "Madrid", "Vienna", "Warsaw"])
def test_cities_land_on_land(base_map, city):
    assert on_land(*position(city), land_rings(base_map))


@pytest.mark.parametrize(
    ("sea", "latitude", "longitude"),
    [("Bay of Biscay", 45.5, -4.0), ("Tyrrhenian Sea", 39.5, 12.0), ("Baltic Sea", 58.0, 19.5)],
)
def test_seas_stay_sea(base_map, sea, latitude, longitude):
    assert not on_land(*project(latitude, longitude), land_rings(base_map))


def test_grouped_places_keep_their_members_and_never_come_closer_than_a_marker():
    rng = random.Random(7)  # noqa: S311 - positions for a test
    places = [
        Group(rng.uniform(0, 1000), rng.uniform(0, 800), rng.randint(1, 9), [n]) for n in range(600)
    ]
    total = sum(place.count for place in places)
    spacing = WHOLE_FRAME.marker_spacing
    groups = grouped(places, spacing)
    assert sum(group.count for group in groups) == total
    assert sorted(n for group in groups for n in group.places) == list(range(600))
    for one, other in itertools.combinations(groups, 2):
        assert math.dist((one.x, one.y), (other.x, other.y)) >= spacing


def test_places_far_apart_keep_a_marker_each():
    groups = grouped([Group(100, 100, 1, ["a"]), Group(600, 500, 2, ["b"])], 100)
    assert [group.places for group in groups] == [["b"], ["a"]]


@pytest.mark.parametrize("points", [[(500, 400)], [(100, 100), (300, 250)], [(2, 798)]])
def test_a_fitted_view_holds_its_points_with_room_for_their_markers(points):
    view = fitted_view(points)
    assert view.width * VIEWBOX_HEIGHT == pytest.approx(view.height * VIEWBOX_WIDTH)
    assert view.x >= 0 and view.x + view.width <= VIEWBOX_WIDTH
    assert view.y >= 0 and view.y + view.height <= VIEWBOX_HEIGHT + 0.1
    for x, y in points:
        held = view.holds(x, y)
        assert view.shows(*held)
        assert view.x + view.marker_radius <= held[0] <= view.x + view.width - view.marker_radius


@pytest.mark.parametrize("view", [WHOLE_FRAME, fitted_view([(500, 400)])])
def test_markers_are_touch_sized_on_the_narrowest_map(view):
    css_pixels_per_unit = NARROWEST_MAP_PX / view.width
    assert 2 * view.marker_radius * css_pixels_per_unit >= MARKER_DIAMETER_PX - 0.5 >= 24
