"""Major places of other conflict zones resolve (sentences written for these tests, coordinates from GeoNames)."""
from __future__ import annotations

import pytest

from sitroom.geo import document_focus, find_places

# (sentence, focus, mention text, gazetteer id, precision)
CASES = [
    ("Iraqi forces retook the western half of Mosul in July.", ["IQ"], "Mosul", "gn:99072", 1),
    ("A car bomb exploded in Baghdad on Sunday.", ["IQ"], "Baghdad", "gn:98182", 1),
    ("Clashes were reported in Anbar Province.", ["IQ"], "Anbar Province", "iq-anbar", 3),
    ("Saudi-led coalition jets struck Sanaa overnight.", ["YE"], "Sanaa", "gn:71137", 1),
    ("Houthi forces shelled residential areas of Taiz.", ["YE"], "Taiz", "gn:70225", 1),
    ("Fighting continued near Hodeidah port.", ["YE"], "Hodeidah", "gn:79415", 2),
    ("A missile hit an apartment block in Kramatorsk.", ["UA"], "Kramatorsk", "gn:704508", 1),
    ("Russian troops shelled Kharkiv again.", ["UA"], "Kharkiv", "gn:706483", 1),
    ("Fighting raged in Donetsk Oblast.", ["UA"], "Donetsk Oblast", "ua-donetsk-oblast", 3),
    ("Boko Haram fighters attacked a camp outside Maiduguri.", ["NG"], "Maiduguri", "gn:2331447", 2),
    ("Insurgents raided villages in Borno State.", ["NG"], "Borno State", "ng-borno", 3),
    ("M23 rebels advanced towards Goma.", ["CD"], "Goma", "gn:216281", 1),
    ("Israeli strikes hit Rafah in the south of the Gaza Strip.", ["PS"], "Rafah", "gn:281102", 1),
]


@pytest.mark.parametrize("sentence,focus,mention,place_id,precision", CASES)
def test_conflict_place_resolves(sentence, focus, mention, place_id, precision):
    found = {m.text: m for m in find_places(sentence, focus=focus)}
    assert mention in found, f"{mention!r} not in {list(found)}"
    assert found[mention].place is not None and found[mention].place.id == place_id
    assert found[mention].precision == precision


@pytest.mark.parametrize("text,first", [
    ("Iraqi troops entered Mosul. Fighting in Mosul and Tal Afar continued, Iraq said.", "IQ"),
    ("Shelling hit Kramatorsk and Sloviansk in Ukraine's Donetsk region.", "UA"),
    ("Gunmen attacked Maiduguri; Nigeria's army said Borno was calm.", "NG"),
])
def test_focus_of_other_conflicts(text, first):
    assert document_focus(text)[0] == first


def test_small_foreign_town_needs_focus():
    # Outside the focus countries a big city named after a preposition stays; a small town
    # (Crawley, about 100,000 people) with only a capital letter and no preposition does not.
    assert [m.text for m in find_places("Officials in London condemned the attack.", focus=["SY"])] == ["London"]
    assert find_places("Crawley officials condemned the attack.", focus=["SY"]) == []
