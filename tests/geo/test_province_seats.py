"""An event known only to its province is coded at the province's capital (ACLED practice), while
geoparsing keeps the province's own central point. Sentences written for these tests."""
from __future__ import annotations

from sitroom.geo import find_places, to_location
from sitroom.geo.gazetteer import SEATS, read_pairs


def _mention(sentence: str, text: str, focus: list[str]):
    return next(m for m in find_places(sentence, focus=focus) if m.text == text and m.place is not None)


def test_province_event_is_coded_at_its_capital():
    m = _mention("Soldiers fought rebels for two days in Kanem province.", "Kanem province", ["TD"])
    assert m.place.feature == "admin1"
    loc = to_location(m)
    # Mao, Kanem's capital (GeoNames 2428394), not the middle of the province
    assert abs(loc.latitude - 14.12) < 0.02 and abs(loc.longitude - 15.31) < 0.02
    assert loc.name == m.place.name and loc.gazetteer_id == m.place.id


def test_province_named_like_its_capital_is_coded_there():
    m = _mention("Fighting spread across Helmand on Sunday.", "Helmand", ["AF"])
    loc = to_location(m)
    assert abs(loc.latitude - 31.59) < 0.02 and abs(loc.longitude - 64.37) < 0.02  # Lashkar Gah


def test_geoparsing_keeps_the_province_point():
    m = _mention("Soldiers fought rebels for two days in Kanem province.", "Kanem province", ["TD"])
    assert abs(m.place.longitude - 15.31) > 0.2  # the province row itself is not moved


def test_seats_file_names_known_places():
    pairs = read_pairs(SEATS)
    assert pairs["a1:TD.06"] == "gn:2428394"
    assert all(a.startswith("a1:") and b.startswith("gn:") for a, b in pairs.items())


def test_named_capitals_override_the_largest_town():
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer_seats", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pairs = read_pairs(SEATS)
    # every capital listed in the build script is the seat the compiled file gives (none silently skipped)
    assert all(pairs.get(province) == town for province, town in module.SEAT_CAPITALS.items())
    assert pairs["a1:BF.12"] == "gn:2361082"  # Burkina Faso's Sahel region: Dori, not its largest town
