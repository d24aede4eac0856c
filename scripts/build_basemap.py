"""Build the dashboard's offline basemap: Natural Earth 1:110m country borders as a small GeoJSON.

Source: Natural Earth (public domain, naturalearthdata.com), 1:110m admin-0 countries, read from
the copy that the `pyogrio` wheel ships as test data (pyogrio/tests/fixtures/naturalearth_lowres),
with `pyshp`. Coordinates are simplified (Douglas-Peucker) and rounded, which is plenty at the
zoom levels the borders are drawn at; polygons that collapse are dropped.

    python scripts/build_basemap.py            # writes src/sitroom/web/static/basemap/countries-110m.geojson
    python scripts/build_basemap.py --check    # exit 1 if the committed file differs from a rebuild
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "sitroom" / "web" / "static" / "basemap" / "countries-110m.geojson"
TOLERANCE = 0.05  # degrees
DIGITS = 2


def source_path() -> Path:
    try:
        import pyogrio
    except ImportError:
        sys.exit("build_basemap: needs pyogrio (pip install -e '.[dev]'), whose wheel ships the Natural Earth 110m countries")
    path = Path(pyogrio.__file__).resolve().parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"
    if not path.is_file():
        sys.exit(f"build_basemap: {path} is missing from this pyogrio install")
    return path


def _perpendicular(p, a, b) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker on one ring (iterative, keeps both ends)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def _rings(shape) -> list[list[tuple[float, float]]]:
    parts = list(shape.parts) + [len(shape.points)]
    return [shape.points[parts[i] : parts[i + 1]] for i in range(len(parts) - 1)]


def _signed_area(ring) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1])) / 2


def build() -> str:
    import shapefile

    reader = shapefile.Reader(str(source_path()))
    features = []
    for record, shape in zip(reader.iterRecords(), reader.iterShapes()):
        polygons: list[list[list[list[float]]]] = []
        for ring in _rings(shape):
            small = [[round(x, DIGITS), round(y, DIGITS)] for x, y in simplify([tuple(p) for p in ring], TOLERANCE)]
            deduped = [p for i, p in enumerate(small) if i == 0 or p != small[i - 1]]
            if len(deduped) < 4:
                continue
            # shapefiles list outer rings clockwise and holes counter-clockwise
            if _signed_area([tuple(p) for p in deduped]) <= 0 or not polygons:
                polygons.append([deduped])
            else:
                polygons[-1].append(deduped)
        if not polygons:
            continue
        props = record.as_dict()
        features.append({
            "type": "Feature",
            "properties": {"name": props["name"], "iso_a3": props["iso_a3"]},
            "geometry": {"type": "MultiPolygon", "coordinates": polygons},
        })
    collection = {
        "type": "FeatureCollection",
        "attribution": "Made with Natural Earth (public domain), 1:110m countries",
        "features": features,
    }
    return json.dumps(collection, separators=(",", ":"), ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    args = parser.parse_args()
    text = build()
    if args.check:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            print(f"build_basemap: {OUT} is out of date: run python scripts/build_basemap.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    count = len(json.loads(text)["features"])
    print(f"build_basemap: wrote {OUT} ({len(text) // 1024} KiB, {count} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
