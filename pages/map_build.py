r"""Build the base map of Europe the site's maps draw on, ``static/img/europe.svg``.

The outlines are Natural Earth's country borders (public domain) as packaged in TopoJSON by
the npm package ``world-atlas``. The script decodes the TopoJSON arcs, projects them with
:func:`pages.map.project` (so that the dots and coastlines always agree), simplifies each
arc with Douglas–Peucker (shared borders stay shared), clips every ring to the map's frame,
drops rings too small to see and writes all land as one light path.

To rebuild the map, fetch the outlines outside the project (not into its package.json) and
point the script at them, from the project's root::

    (mkdir -p /tmp/worldatlas && cd /tmp/worldatlas && npm install --no-save world-atlas@2.0.2)
    .venv/bin/python -m pages.map_build \
        /tmp/worldatlas/node_modules/world-atlas/countries-50m.json

Changing the projection in ``pages/map.py`` means rebuilding the map.
"""

import argparse
import json
from pathlib import Path

from pages.map import BASE_MAP, VIEWBOX_HEIGHT, VIEWBOX_WIDTH, project

OUTPUT = Path(__file__).resolve().parent.parent / "static" / BASE_MAP

# Douglas–Peucker tolerance, in viewBox units.
TOLERANCE = 0.5
# Rings (islands, enclaves, holes) smaller than this many square viewBox units are dropped.
MIN_AREA = 4.0
# The clip frame reaches a little beyond the viewBox so that no stroke runs along its edges.
MARGIN = 10.0

LAND_FILL = "#dfe6ee"
BORDER_STROKE = "#fff"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Return every arc of the topology as a list of projected (x, y) points."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            # Quantised: each position is an integer offset from the previous one.
            (scale_x, scale_y), (shift_x, shift_y) = transform["scale"], transform["translate"]
            positions, x, y = [], 0, 0
            for dx, dy, *_ in arc:
                x, y = x + dx, y + dy
                positions.append((x * scale_x + shift_x, y * scale_y + shift_y))
        else:
            positions = [(longitude, latitude) for longitude, latitude, *_ in arc]
        arcs.append([project(latitude, longitude) for longitude, latitude in positions])
    return arcs


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker: keep the points further than ``tolerance`` from the simplified line."""
    if len(points) < 3:
        return points
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5
        furthest, distance = None, tolerance
        for index in range(first + 1, last):
            px, py = points[index]
            if length:
                d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            else:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > distance:
                furthest, distance = index, d
        if furthest is not None:
            keep.add(furthest)
            stack += [(first, furthest), (furthest, last)]
    return [points[index] for index in sorted(keep)]


def ring(arc_indices: list[int], arcs: list) -> list[tuple[float, float]]:
    """Join a ring's arcs; a negative index ``~i`` means arc ``i`` walked backwards."""
    points = []
    for index in arc_indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def clip(points: list, left: float, top: float, right: float, bottom: float) -> list:
    """Sutherland–Hodgman: cut a closed ring to a rectangle, edge by edge."""
    edges = [
        (lambda p: p[0] >= left, lambda p, q: _cross_x(p, q, left)),
        (lambda p: p[0] <= right, lambda p, q: _cross_x(p, q, right)),
        (lambda p: p[1] >= top, lambda p, q: _cross_y(p, q, top)),
        (lambda p: p[1] <= bottom, lambda p, q: _cross_y(p, q, bottom)),
    ]
    for inside, crossing in edges:
        result = []
        for current, previous in zip(points, points[-1:] + points[:-1], strict=True):
            if inside(current):
                if not inside(previous):
                    result.append(crossing(previous, current))
                result.append(current)
            elif inside(previous):
                result.append(crossing(previous, current))
        points = result
        if not points:
            break
    return points


def _cross_x(p, q, x):
    return x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0])


def _cross_y(p, q, y):
    return p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y


def area(points: list) -> float:
    """The unsigned area of a ring (shoelace formula)."""
    pairs = zip(points, points[1:] + points[:1], strict=True)
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs)) / 2


def land_rings(topology: dict) -> list[list[tuple[int, int]]]:
    """Every visible ring of every country, clipped to the frame, in whole viewBox units."""
    arcs = [simplify(arc, TOLERANCE) for arc in decode_arcs(topology)]
    frame = (-MARGIN, -MARGIN, VIEWBOX_WIDTH + MARGIN, VIEWBOX_HEIGHT + MARGIN)
    rings = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs")], "MultiPolygon": geometry.get("arcs")}
        for polygon in polygons.get(geometry["type"]) or []:
            for arc_indices in polygon:
                points = clip(ring(arc_indices, arcs), *frame)
                rounded = []
                for x, y in points:
                    point = (round(x), round(y))
                    if not rounded or rounded[-1] != point:
                        rounded.append(point)
                while len(rounded) > 1 and rounded[0] == rounded[-1]:
                    rounded.pop()
                if len(rounded) >= 3 and area(rounded) >= MIN_AREA:
                    rings.append(rounded)
    return rings


def path_data(rings: list[list[tuple[int, int]]]) -> str:
    """SVG path data with one absolute move and relative lines per ring."""
    parts = []
    for points in rings:
        (x, y), steps = points[0], []
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            steps += [x2 - x1, y2 - y1]
        parts.append(f"M{x} {y}l{' '.join(map(str, steps))}z".replace(" -", "-"))
    return "".join(parts)


def build(topojson: Path, output: Path = OUTPUT) -> int:
    """Write the base map to ``output`` and return its size in bytes."""
    topology = json.loads(topojson.read_text())
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEWBOX_WIDTH} {VIEWBOX_HEIGHT}">'
        f'<path fill="{LAND_FILL}" stroke="{BORDER_STROKE}" stroke-width="0.5" '
        f'stroke-linejoin="round" d="{path_data(land_rings(topology))}"/></svg>\n'
    )
    output.write_text(svg)
    return len(svg.encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-50m.json or -110m")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    arguments = parser.parse_args()
    size = build(arguments.topojson, arguments.output)
    print(f"Wrote {arguments.output} ({size / 1024:.1f} KB)")


if __name__ == "__main__":
    main()
