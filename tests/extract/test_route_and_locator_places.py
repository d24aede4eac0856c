"""Places that only name a road, locate another place, or say where the reporter sits are not where the event
happened. Sentences and reports written for these tests."""
from __future__ import annotations

import pytest

from sitroom.extract.coding import event_places
from sitroom.geo import find_places
from sitroom.pipeline import analyze_text


def _places(sentence: str, focus: list[str]) -> list[str]:
    found = [m for m in find_places(sentence, focus=focus) if m.place is not None]
    return [m.place.name for m in event_places(found, sentence, 0, focus)]


# (sentence, the report's countries, the places of its event)
SENTENCE_PLACES = [
    pytest.param("Bandits attacked a bus at Garsen on the road to Lamu on Tuesday.", ["KE"], ["Garsen"],
                 id="the-town-a-road-leads-to-gives-way-to-the-town-named-on-it"),
    pytest.param("Gunmen attacked a checkpoint on the Garissa road near Mwingi.", ["KE"], ["Mwingi"],
                 id="a-road-named-by-its-town-gives-way-to-the-town-it-is-near"),
    # nothing else is named: the road's end is the best the sentence gives
    pytest.param("Bandits attacked a bus on the road to Lamu on Tuesday.", ["KE"], ["Lamu"],
                 id="a-road-end-alone-stays"),
    # "from Garsen" is where the bus set out in ordinary words; no road is named after it
    pytest.param("Bandits attacked a bus in Lamu on Tuesday.", ["KE"], ["Lamu"],
                 id="a-town-off-the-road-is-kept"),
    pytest.param("Police from the Kisumu and Kakamega stations came under fire as they reached Busia.", ["KE"],
                 ["Busia"], id="the-station-a-force-came-from-is-not-where-it-was-attacked"),
    # near miss: police in a town, not from it
    pytest.param("Police in Kakamega came under fire on Monday.", ["KE"], ["Kakamega"],
                 id="police-in-a-town-are-attacked-there"),
]


@pytest.mark.parametrize("sentence, focus, places", SENTENCE_PLACES)
def test_the_places_of_the_sentence(sentence, focus, places):
    assert _places(sentence, focus) == places


# (sentence, the report's countries, the gazetteer names it finds)
FOUND_PLACES = [
    # a report about Kenya naming "the Anbar district": not Iraq's governorate
    pytest.param("Shells fell around the Anbar district on Sunday.", ["KE", "IQ"], [],
                 id="a-district-of-the-name-abroad-is-no-province-abroad"),
    # a province named as a province keeps its reading, and so does the main country's own name
    pytest.param("Fighting spread across Anbar province.", ["KE", "IQ"], ["Al-Anbar"],
                 id="a-province-named-as-a-province-abroad-keeps-its-reading"),
    pytest.param("Shells fell around the Anbar district on Sunday.", ["IQ"], ["Al-Anbar"],
                 id="a-district-of-the-name-in-the-main-country-is-its-province"),
]


@pytest.mark.parametrize("sentence, focus, names", FOUND_PLACES)
def test_the_places_found(sentence, focus, names):
    assert [m.place.name for m in find_places(sentence, focus=focus) if m.place is not None] == names


def _claims(body: str):
    return analyze_text(body, "2023-05-04T12:00:00Z", outlet="sitroom tests").claims


def _where(body: str, words: str) -> set[str]:
    """The places of the claims told by the sentence of `body` holding `words` (there must be some)."""
    hit = [c for c in _claims(body) if words in next(e.text for e in c.evidence if e.field == "sentence")]
    assert hit, f"no claim from the sentence with {words!r}"
    return {c.location.name for c in hit if c.location}


def _blog(second_heading: str) -> str:
    return ("LIVE - siege at a bar: police move in\n\n"
            "Monday 1 May\n\n"
            "20:05 - Gunmen have attacked a bar in the centre of Kisumu and are holding customers hostage, police "
            "say.\n\n"
            f"{second_heading}\n\n"
            "02:10 - Police commandos have begun an assault on the bar, a security source says.\n")


def _bylined(heading: str) -> str:
    return ("Market siege ends after night of gunfire\n\n"
            f"{heading}\n\n"
            "Gunmen stormed a crowded market in Kisumu on Friday night, police said yesterday.\n\n"
            "The attackers held the traders hostage inside the market hall through the night.\n")


# (report, words of the sentence, the places of its claims)
PLACED_AT = [
    pytest.param("Kenya - security update, 3 May 2023\n\n"
                 "1. Km 20, Garissa road, near Mwingi, 3 May: Gunmen attacked a police post on the road to Garissa "
                 "before dawn, the police said.\n\n"
                 "2. Nairobi, 3 May: Traders marched to the city hall and left peacefully.\n",
                 "attacked a police post", {"Mwingi"},
                 id="an-incident-line-on-a-road-is-at-the-town-it-is-near"),
    pytest.param("Kenya - security update, 3 May 2023\n\n"
                 "Gunmen attacked a police post at the western exit of the capital on the road to Nakuru and "
                 "Naivasha on Wednesday, the police said.\n",
                 "attacked a police post", {"Nairobi"},
                 id="the-exit-of-the-capital-on-a-road-is-the-capital"),
    pytest.param("The raid on the cattle market in Gwoza district, south-east of the state capital Maiduguri, began "
                 "at dawn on Tuesday. Gunmen opened fire on the traders and burned their stalls, residents said.\n",
                 "opened fire on the traders", {"Gwoza"},
                 id="a-town-that-only-locates-the-district-does-not-place-the-paragraph"),
    # near miss: the only town named, after a locative, places the paragraph's later sentences
    pytest.param("Markets in Maiduguri had been tense for a week. Gunmen opened fire on traders and "
                 "burned their stalls on Tuesday, residents said.\n",
                 "opened fire on traders", {"Maiduguri"},
                 id="a-town-named-first-in-the-sentence-still-places-the-paragraph"),
    pytest.param("KHARTOUM, May 4 - Protesters burned tyres and blocked roads on Wednesday in anger at a rise in "
                 "bread prices.\n\n"
                 "Police fired tear gas at the crowd, witnesses said.\n",
                 "burned tyres", {"Khartoum"},
                 id="a-dateline-at-home-still-places-the-lede"),
    pytest.param("In Kisumu, traders marched to the county offices on Monday and left peacefully.\n\n"
                 "Our correspondent in Mombasa says the port was quiet on Tuesday. Police fired tear gas at youths "
                 "who burned tyres in the centre of the city, witnesses said.\n",
                 "fired tear gas", {"Mombasa"},
                 id="the-city-of-a-paragraph-is-the-town-its-correspondent-is-in"),
    pytest.param("Kenya - unrest update, 4 May 2023\n\n"
                 "The centre of Nakuru looked like a battlefield on Wednesday. On Tuesday, crowds looted shops along "
                 "the main street and set several of them on fire, shop owners said.\n",
                 "crowds looted shops", {"Nakuru"},
                 id="the-centre-of-a-town-sets-the-scene-of-the-paragraph"),
    pytest.param(_blog("Tuesday 2 May"), "begun an assault", {"Kisumu"},
                 id="the-first-post-under-a-new-day-heading-continues-the-day-before"),
    pytest.param(_bylined("Staff Correspondent, Nairobi"), "held the traders hostage", {"Kisumu"},
                 id="a-byline-town-is-not-the-place-of-the-story-under-it"),
    # near miss: a heading that names a place (no byline) is the section's place
    pytest.param(_bylined("NAIROBI"), "held the traders hostage", {"Nairobi"},
                 id="a-place-heading-still-places-the-section-under-it"),
    # near miss: "gunmen from X" named before the event word is not the town the road event was near
    pytest.param("Gunmen from Garissa attacked a bus on the road to Lamu on Tuesday, the police said.\n",
                 "attacked a bus", {"Lamu"},
                 id="a-town-the-attackers-came-from-does-not-replace-the-road"),
]


@pytest.mark.parametrize("body, words, places", PLACED_AT)
def test_the_sentence_is_placed_at(body, words, places):
    assert _where(body, words) == places


# (report, words of the sentence, a place its claims are not at)
NOT_PLACED_AT = [
    pytest.param("NAIROBI, May 4 - Protests against a rise in bread prices spread to several Sudanese towns on "
                 "Wednesday, with crowds burning tyres and blocking roads.\n\n"
                 "In Omdurman, police fired tear gas at the crowd, witnesses said. In Atbara, protesters set fire to "
                 "the offices of the ruling party. Shops in Port Sudan and Wad Madani stayed shut.\n",
                 "spread to several Sudanese towns", "Nairobi",
                 id="a-dateline-abroad-is-where-the-reporter-sits"),
    # near miss: a speaker who is not a witness (officials in Nairobi) says nothing of where "the city" is
    pytest.param("In Kisumu, traders marched to the county offices on Monday and left peacefully.\n\n"
                 "Officials in Nairobi said the talks would resume. Police fired tear gas at youths who burned tyres "
                 "in the centre of the city, witnesses said.\n",
                 "fired tear gas", "Nairobi",
                 id="officials-in-a-town-do-not-make-it-the-city-of-the-paragraph"),
    pytest.param(_blog("ELSEWHERE"), "begun an assault", "Kisumu",
                 id="a-section-under-a-heading-that-is-not-a-day-does-not-inherit-the-place"),
]


@pytest.mark.parametrize("body, words, place", NOT_PLACED_AT)
def test_the_sentence_is_not_placed_at(body, words, place):
    assert place not in _where(body, words)
