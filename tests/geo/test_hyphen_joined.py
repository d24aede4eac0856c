"""A name of two capitalised parts joined by a hyphen that the gazetteer writes as one word
("Pétion-Ville" for GeoNames' "Pétionville"). Sentences written for these tests; places checked by hand."""
from __future__ import annotations

import pytest

from sitroom.geo import find_places


@pytest.mark.parametrize("sentence", [
    "Gunmen stormed a house in Pétion-Ville before dawn, police said.",
    "Protesters blocked the main road through Petion-Ville on Monday.",
    "Pétion-Ville, in the hills above the capital, was quiet on Tuesday.",
])
def test_a_hyphened_name_written_as_one_word_is_found(sentence):
    found = [(m.text, m.place.name) for m in find_places(sentence, focus=["HT"]) if m.place is not None]
    assert ("Pétion-Ville" in sentence) == (found[0][0] == "Pétion-Ville")
    assert found[0][1] == "Pétionville"


@pytest.mark.parametrize("sentence", [
    "A Coca-Cola lorry was set on fire in the port, witnesses said.",
    "The Franco-British talks ended without a deal.",
    "Rolls-Royce engineers left the plant.",
])
def test_hyphened_brand_and_adjective_pairs_are_no_joined_place(sentence):
    assert [m.text for m in find_places(sentence, focus=["HT", "FR"]) if "-" in m.text] == []


# ------------------------------------------------ the French "ou" for the vowel English writes "u"

@pytest.mark.parametrize("sentence", [
    "Clashes between rival militias broke out in Tajoura on Friday.",
    "A warplane struck a camp in Tajoura, east of the capital, residents said.",
    "Overnight shelling damaged homes in Tajoura, the health ministry said.",
])
def test_a_french_ou_spelling_finds_a_short_name_in_a_transliterating_country(sentence):
    found = [(m.text, m.place.country) for m in find_places(sentence, focus=["LY"]) if m.place is not None]
    assert ("Tajoura", "Libya") in found


def test_the_ou_spelling_is_not_tried_outside_transliterating_countries():
    # Djibouti's Tadjoura is not in a transliteration-prone country: no loose match is made there
    assert [m.text for m in find_places("Rockets hit Tajoura on Friday.", focus=["DJ"]) if m.place is not None] == []
