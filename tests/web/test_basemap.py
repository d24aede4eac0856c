"""The committed basemap is what scripts/build_basemap.py makes from Natural Earth (via pyogrio's copy)."""
from __future__ import annotations

import importlib.util
import json

import pytest
from web_fixtures import REPO

SCRIPT = REPO / "scripts" / "build_basemap.py"
BASEMAP = REPO / "src" / "sitroom" / "web" / "static" / "basemap" / "countries-110m.geojson"


def _script():
    spec = importlib.util.spec_from_file_location("build_basemap", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_basemap_is_current():
    pytest.importorskip("pyogrio", reason="pyogrio (dev extra) ships the Natural Earth source")
    pytest.importorskip("shapefile", reason="pyshp (dev extra) reads it")
    assert BASEMAP.read_text(encoding="utf-8") == _script().build(), "run: python scripts/build_basemap.py"


def test_basemap_is_small_and_has_the_countries_events_happen_in():
    data = json.loads(BASEMAP.read_text(encoding="utf-8"))
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"Syria", "Iraq", "Yemen", "Ukraine", "Sudan", "Mali", "Afghanistan"} <= names
    assert len(data["features"]) > 170 and BASEMAP.stat().st_size < 250_000
    syria = next(f for f in data["features"] if f["properties"]["name"] == "Syria")
    lons = [x for poly in syria["geometry"]["coordinates"] for ring in poly for x, _ in ring]
    lats = [y for poly in syria["geometry"]["coordinates"] for ring in poly for _, y in ring]
    assert 35 < min(lons) < 36.5 and 41.5 < max(lons) < 43 and 32 < min(lats) < 33 and 37 < max(lats) < 37.5


def test_simplify_keeps_ends_and_corners():
    simplify = _script().simplify
    square = [(0, 0), (0.5, 0.001), (1, 0), (1, 1), (0, 1), (0, 0)]
    assert simplify(square, 0.01) == [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]
