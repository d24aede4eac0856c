"""An event the sentence places only in a province that holds the town the story was filed from is coded
to that town, not the province's seat; a province with a qualifier, one that does not hold the dateline's
town, or one that only holds a smaller area the sentence names first stays the province. Sentences
written for these tests."""
from __future__ import annotations

from pathlib import Path

from sitroom.geo.resolve import in_province
from sitroom.fuse import fuse
from sitroom.geo.gazetteer import Gazetteer
from sitroom.ingest import read_inputs
from sitroom.pipeline import analyze_report


def _places(text: str, tmp_path: Path) -> list[str]:
    f = tmp_path / "r.txt"
    f.write_text("---\npublished: 2024-05-04T08:00:00Z\noutlet: test desk\n---\n" + text, encoding="utf-8")
    events = fuse(analyze_report(next(iter(read_inputs([str(f)]))).report).claims)
    return [e.location.name for e in events if e.location is not None]


def test_a_province_holding_the_dateline_town_is_that_town(tmp_path):
    text = ("KUTA, Indonesia, May 4 - A bomb exploded outside a crowded bar on the Indonesian island of Bali "
            "late on Friday, killing six people, police said.")
    assert _places(text, tmp_path) == ["Kuta"]


def test_a_province_far_from_the_dateline_town_stays_the_province(tmp_path):
    # near miss: the story is filed from the capital, the fighting was in a province far from it
    text = ("N'DJAMENA, May 4 - The army said it killed 40 rebels in fighting in Kanem province on Friday, "
            "300 km north of the capital.")
    assert _places(text, tmp_path) == ["Kanem"]


def test_a_province_that_only_holds_a_named_district_is_not_the_dateline_town(tmp_path):
    # near miss: "in X district of <province>" names a place the gazetteer lacks; the dateline's town in the
    # same province is not it
    text = ("QUETTA, Pakistan, May 4 - Gunmen ambushed a bus on Friday in Kachhi district of Balochistan "
            "province, killing nine passengers, officials said.")
    assert "Quetta" not in _places(text, tmp_path)


def test_a_town_is_in_the_nearest_of_its_countrys_provinces():
    g = Gazetteer.load()
    kuta, bali = g.candidates("Kuta")[0], g.get("a1:ID.02")
    assert in_province(bali, kuta)
    ndjamena, kanem = g.candidates("N'Djamena")[0], g.get("a1:TD.06")
    assert not in_province(kanem, ndjamena)
