"""Every place the seed report names resolves to the right gazetteer entry, within 5 km of where it is.

True positions were checked by hand: GeoNames for towns and cities, the Syrian Archive location list for
Aleppo neighbourhoods; rows marked approximate in curated.tsv are placed from news descriptions.
The sentence is located in the seed by a few of its words (the seed itself is not copied here).
"""
from __future__ import annotations

import math

import pytest

from sitroom.geo import document_focus, find_places, to_location

# (locator in the seed, mention text, gazetteer id, true latitude, true longitude)
CASES = [
    ("slain in battles in Sheikh Saeed", "Sheikh Saeed", "sy-alp-sheikh-saeed", 36.170, 37.163),
    ("killed on the Jeb Chalabi front", "Jeb Chalabi front", "sy-alp-jeb-chalabi", 36.201, 37.177),
    ("barrel-bombing of the Jaloom district", "Jaloom district", "sy-alp-jalloum", 36.1969, 37.1564),
    ("such as Kalaseh", "Kalaseh", "sy-alp-kallaseh", 36.1895, 37.1464),
    ("such as Kalaseh", "Firdous", "sy-alp-firdous", 36.1813, 37.1513),
    ("such as Kalaseh", "Maadi", "sy-alp-maadi", 36.1914, 37.1628),
    ("such as Kalaseh", "Bustan al-Qasr", "sy-alp-bustan-al-qasr", 36.1935, 37.1393),
    ("such as Kalaseh", "Maghayir", "sy-alp-maghayir", 36.1892, 37.1553),
    ("fight in the Salaheddin district", "Salaheddin district", "sy-alp-salaheddin", 36.1828, 37.1222),
    ("in the al-Halk neighborhood", "al-Halk neighborhood", "sy-alp-hullok", 36.225, 37.180),
    ("flag on the Aleppo Citadel", "Aleppo Citadel", "sy-alp-citadel", 36.1994, 37.1622),
    ("hospital in Aleppo’s Old City", "Old City", "sy-alp-old-city", 36.199, 37.158),
    ("overlooking al-Bab and the Old City", "Old City district", "sy-albab-old-city", 36.371, 37.517),
    ("overlooking al-Bab and the Old City", "al-Bab", "gn:174018", 36.3705, 37.5157),
    ("taking the ISIS-held Al-Bab", "Al-Bab", "gn:174018", 36.3705, 37.5157),
    ("highway between al-Bab and Manbij", "Manbij", "gn:167357", 36.5282, 37.9550),
    ("the Zarzur residential area", "Zarzur", "sy-zarzur", 36.30, 37.50),
    ("surrounded the ancient city of Palmyra", "Palmyra", "gn:163808", 34.5624, 38.2840),
    ("surrounded the ancient city of Palmyra", "Huwaysis", "sy-huwaysis", 34.78, 38.04),
    ("surrounded the ancient city of Palmyra", "Jazal oilfield", "sy-jazal-oilfield", 34.67, 38.06),
    ("near the Al-Sha’er Gas Fields", "Al-Sha’er Gas Fields", "sy-shaer-gas-field", 34.87, 37.90),
    ("near the Al-Sha’er Gas Fields", "Mahr oilfields", "sy-mahr-oilfields", 34.73, 38.10),
    ("took the village of Jazal", "Jazal", "sy-jazal", 34.66, 38.03),
    ("destroyed its center in Kafrnabel", "Kafrnabel", "gn:168661", 35.6138, 36.5645),
    ("destroyed its center in Kafrnabel", "Idlib Province", "ocha:SY07", 35.9306, 36.6339),
    ("killing of 47 people in Aleppo Province", "Aleppo Province", "ocha:SY02", 36.2012, 37.1612),
    ("killing of 47 people in Aleppo Province", "Aleppo city", "gn:170063", 36.2012, 37.1612),
    ("in eastern Homs Province", "Homs Province", "ocha:SY04", 34.7241, 36.7256),
    ("chemical attacks near Damascus", "Damascus", "gn:170654", 33.5102, 36.2913),
    ("Lavrov in Germany on Thursday", "Germany", "cc:DE", 51.0, 10.0),
]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


@pytest.mark.parametrize("locator,mention,place_id,lat,lon", CASES)
def test_seed_place_resolves(seed_sentence, locator, mention, place_id, lat, lon):
    sentence = seed_sentence(locator)
    found = {m.text: m for m in find_places(sentence, focus=["SY"])}
    assert mention in found, f"{mention!r} not found in {sentence!r}: {list(found)}"
    place = found[mention].place
    assert place is not None and place.id == place_id
    limit = 5.0 if place.feature != "country" else 400.0  # a country's point is only a rough centre
    assert _km(place.latitude, place.longitude, lat, lon) <= limit


def test_offsets_point_into_the_report(seed_text, seed_sentence):
    sentence = seed_sentence("The Turkish military said")
    start = seed_text.index(sentence)
    for m in find_places(sentence, offset=start, focus=["SY"]):
        assert seed_text[m.start:m.end] == m.text


def test_seed_focus_is_syria_first(seed_text):
    focus = document_focus(seed_text)
    assert focus[0] == "SY"
    assert "US" not in focus[:1]


def test_to_location_carries_admin_names(seed_sentence):
    sentence = seed_sentence("slain in battles in Sheikh Saeed")
    (mention,) = [m for m in find_places(sentence, focus=["SY"]) if m.text == "Sheikh Saeed"]
    loc = to_location(mention)
    assert (loc.country, loc.iso, loc.admin1, loc.admin2) == ("Syria", 760, "Aleppo", "Jebel Saman")
    assert loc.geo_precision == 1 and loc.gazetteer_id == "sy-alp-sheikh-saeed"
    assert loc.mention == "Sheikh Saeed" and loc.start == mention.start
