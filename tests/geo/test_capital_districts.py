"""Well-known districts of cities that conflict and attack reporting names (curated.tsv, Wikipedia
coordinates): a district, not the city's central point, is where the event was. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from sitroom.extract.coding import event_places
from sitroom.geo import find_places

CASES = [
    ("Gunmen stormed a restaurant in Gulshan on Friday night.", ["BD"], "Gulshan", "bd-dhk-gulshan"),
    ("A fire gutted an office tower in Banani.", ["BD"], "Banani", "bd-dhk-banani"),
    ("Commandos surrounded a hotel at Nariman Point.", ["IN"], "Nariman Point", "in-bom-nariman-point"),
    ("A bomb exploded in a taxi in Vile Parle.", ["IN"], "Vile Parle", "in-bom-vile-parle"),
    ("A car bomb went off outside an embassy in Wazir Akbar Khan.", ["AF"], "Wazir Akbar Khan",
     "af-kbl-wazir-akbar-khan"),
    ("Police fired tear gas at youths in Kibera on Monday.", ["KE"], "Kibera", "ke-nbo-kibera"),
]


@pytest.mark.parametrize("sentence,focus,mention,place_id", CASES)
def test_district_resolves_and_stays_the_event_place(sentence, focus, mention, place_id):
    found = [m for m in find_places(sentence, focus=focus) if m.place is not None]
    assert [m.place.id for m in found if m.text == mention] == [place_id]
    # a big city's district is its own event place (not raised to the city)
    assert [m.place.id for m in event_places(found, sentence, 0, focus)] == [place_id]


def test_a_district_named_with_its_city_is_the_place_inside():
    s = "Gunmen stormed a restaurant in Gulshan, Dhaka, on Friday night."
    found = [m for m in find_places(s, focus=["BD"]) if m.place is not None]
    assert [m.place.id for m in event_places(found, s, 0, ["BD"])] == ["bd-dhk-gulshan"]


def test_colaba_is_a_district_of_mumbai():
    s = "Gunmen opened fire on diners at a cafe in Colaba on Wednesday night."
    found = [m for m in find_places(s, focus=["IN"]) if m.place is not None]
    assert [m.place.id for m in event_places(found, s, 0, ["IN"])] == ["in-bom-colaba"]
