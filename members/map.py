"""Where a city falls on the member directory's map of Europe.

The directory draws its map on the server as inline SVG: a fixed base map of Europe
(``static/img/europe.svg``, written by ``members.map_build``) with one dot per member city.
Both the base map and the dots go through :func:`project`, so a city always lands on its
own coastline.

The projection is Lambert azimuthal equal-area on a sphere, centred on 10°E 52°N, which keeps
areas true and shapes close to familiar across the whole continent. It is scaled and shifted
so that the frame runs from Iceland and Portugal in the west to the Caspian in the east, and
from the North Cape down to Crete and Cyprus.
"""

import math

VIEWBOX_WIDTH = 1000
VIEWBOX_HEIGHT = 800
BASE_MAP = "img/europe.svg"

CENTRE_LONGITUDE = 10.0
CENTRE_LATITUDE = 52.0

# ViewBox units per Earth radius, and where the projection's centre sits in the viewBox.
SCALE = 1200.0
CENTRE_X = 360.0
CENTRE_Y = 438.0

_SIN_LAT0 = math.sin(math.radians(CENTRE_LATITUDE))
_COS_LAT0 = math.cos(math.radians(CENTRE_LATITUDE))


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Return the (x, y) position of a point in the map's viewBox, rounded to 0.1 unit.

    x grows eastwards and y southwards, as in SVG. Points outside Europe still get a
    position, which may lie outside the viewBox (see :func:`is_on_map`).
    """
    phi = math.radians(latitude)
    delta = math.radians(longitude - CENTRE_LONGITUDE)
    sin_phi, cos_phi = math.sin(phi), math.cos(phi)
    cos_delta = math.cos(delta)
    denominator = 1 + _SIN_LAT0 * sin_phi + _COS_LAT0 * cos_phi * cos_delta
    k = math.sqrt(2 / max(denominator, 1e-12))
    east = k * cos_phi * math.sin(delta)
    north = k * (_COS_LAT0 * sin_phi - _SIN_LAT0 * cos_phi * cos_delta)
    return round(CENTRE_X + SCALE * east, 1), round(CENTRE_Y - SCALE * north, 1)


def is_on_map(x: float, y: float) -> bool:
    """Whether a projected point falls inside the viewBox, so that its dot can be drawn."""
    return 0 <= x <= VIEWBOX_WIDTH and 0 <= y <= VIEWBOX_HEIGHT
