"""Geoparsing quality floors (tests/eval/floors.json): `sitroom eval geoparse` on TR-News dev and
GeoWebNews, `sitroom eval syrian-archive`; skipped when ../shared/eval is absent."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitroom.evaluate import geoparse

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO.parent / "shared" / "eval"
FLOORS = json.loads((REPO / "tests" / "eval" / "floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("key,name", [
    ("geoparse_trnews_dev", "TR-News-dev.xml"),
    ("geoparse_geowebnews", "GeoWebNews.xml"),
])
def test_geoparse_floor(key, name):
    path = EVAL / "geoparsing" / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    result = geoparse.evaluate_xml(path)
    for metric, floor in FLOORS[key].items():
        assert getattr(result, metric) >= floor, f"{name} {metric} {getattr(result, metric):.3f} < {floor}\n" + \
            geoparse.render(result)


def test_syrian_archive_floor():
    folder = EVAL / "syrian-archive"
    if not folder.exists():
        pytest.skip(f"{folder} is absent")
    result = geoparse.evaluate_syrian_archive(folder)
    floor = FLOORS["geoparse_syrian_archive"]["share_5km"]
    assert result.share_5km >= floor, geoparse.render_archive(result)


def test_event_location_floor():
    from sitroom.evaluate import event_location

    path = EVAL / "event-location" / "labeled_text.jsonl.zip"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    result = event_location.evaluate(path, "gold")
    for metric, floor in FLOORS["event_location_gold"].items():
        assert getattr(result, metric) >= floor, event_location.render(result, "gold")
