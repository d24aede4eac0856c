"""Places that only name a road, locate another place, or say where the reporter sits are not where the event
happened. Sentences and reports written for these tests."""
from __future__ import annotations

from sitroom.extract.coding import event_places
from sitroom.geo import find_places
from sitroom.pipeline import analyze_text


def _places(sentence: str, focus: list[str]) -> list[str]:
    found = [m for m in find_places(sentence, focus=focus) if m.place is not None]
    return [m.place.name for m in event_places(found, sentence, 0, focus)]


def test_the_town_a_road_leads_to_gives_way_to_the_town_named_on_it():
    assert _places("Bandits attacked a bus at Garsen on the road to Lamu on Tuesday.", ["KE"]) == ["Garsen"]
    assert _places("Gunmen attacked a checkpoint on the Garissa road near Mwingi.", ["KE"]) == ["Mwingi"]


def test_a_road_end_alone_stays_and_a_town_off_the_road_is_kept():
    # nothing else is named: the road's end is the best the sentence gives
    assert _places("Bandits attacked a bus on the road to Lamu on Tuesday.", ["KE"]) == ["Lamu"]
    # "from Garsen" is where the bus set out in ordinary words; no road is named after it
    assert _places("Bandits attacked a bus in Lamu on Tuesday.", ["KE"]) == ["Lamu"]


def _claims(body: str):
    return analyze_text(body, "2023-05-04T12:00:00Z", outlet="sitroom tests").claims


def _where(claims, words: str) -> set[str]:
    """The places of the claims told by the sentence holding `words` (there must be some)."""
    hit = [c for c in claims if words in next(e.text for e in c.evidence if e.field == "sentence")]
    assert hit, f"no claim from the sentence with {words!r}"
    return {c.location.name for c in hit if c.location}


def test_an_incident_line_on_a_road_is_at_the_town_it_is_near():
    claims = _claims(
        "Kenya - security update, 3 May 2023\n\n"
        "1. Km 20, Garissa road, near Mwingi, 3 May: Gunmen attacked a police post on the road to Garissa "
        "before dawn, the police said.\n\n"
        "2. Nairobi, 3 May: Traders marched to the city hall and left peacefully.\n")
    assert _where(claims, "attacked a police post") == {"Mwingi"}


def test_the_exit_of_the_capital_on_a_road_is_the_capital():
    claims = _claims(
        "Kenya - security update, 3 May 2023\n\n"
        "Gunmen attacked a police post at the western exit of the capital on the road to Nakuru and Naivasha "
        "on Wednesday, the police said.\n")
    assert _where(claims, "attacked a police post") == {"Nairobi"}


def test_a_town_that_only_locates_the_district_does_not_place_the_paragraph():
    claims = _claims(
        "The raid on the cattle market in Gwoza district, south-east of the state capital Maiduguri, began at "
        "dawn on Tuesday. Gunmen opened fire on the traders and burned their stalls, residents said.\n")
    assert _where(claims, "opened fire on the traders") == {"Gwoza"}


def test_a_town_named_first_in_the_sentence_still_places_the_paragraph():
    # near miss: the only town named, after a locative, places the paragraph's later sentences
    claims = _claims(
        "Markets in Maiduguri had been tense for a week. Gunmen opened fire on traders and "
        "burned their stalls on Tuesday, residents said.\n")
    assert _where(claims, "opened fire on traders") == {"Maiduguri"}


def test_a_district_of_the_name_abroad_is_no_province_abroad():
    # a report about Kenya naming "the Anbar district": not Iraq's governorate
    assert [m.place for m in find_places("Shells fell around the Anbar district on Sunday.", focus=["KE", "IQ"])
            if m.place is not None] == []
    # a province named as a province keeps its reading, and so does the main country's own name
    assert [m.place.name for m in find_places("Fighting spread across Anbar province.", focus=["KE", "IQ"])
            if m.place is not None] == ["Al-Anbar"]
    assert [m.place.name for m in find_places("Shells fell around the Anbar district on Sunday.", focus=["IQ"])
            if m.place is not None] == ["Al-Anbar"]


def test_a_dateline_abroad_is_where_the_reporter_sits():
    claims = _claims(
        "NAIROBI, May 4 - Protests against a rise in bread prices spread to several Sudanese towns on "
        "Wednesday, with crowds burning tyres and blocking roads.\n\n"
        "In Omdurman, police fired tear gas at the crowd, witnesses said. In Atbara, protesters set fire to the "
        "offices of the ruling party. Shops in Port Sudan and Wad Madani stayed shut.\n")
    assert "Nairobi" not in _where(claims, "spread to several Sudanese towns")


def test_a_dateline_at_home_still_places_the_lede():
    claims = _claims(
        "KHARTOUM, May 4 - Protesters burned tyres and blocked roads on Wednesday in anger at a rise in bread "
        "prices.\n\n"
        "Police fired tear gas at the crowd, witnesses said.\n")
    assert _where(claims, "burned tyres") == {"Khartoum"}


def test_the_city_of_a_paragraph_is_the_town_its_correspondent_is_in():
    claims = _claims(
        "In Kisumu, traders marched to the county offices on Monday and left peacefully.\n\n"
        "Our correspondent in Mombasa says the port was quiet on Tuesday. Police fired tear gas at youths who "
        "burned tyres in the centre of the city, witnesses said.\n")
    assert _where(claims, "fired tear gas") == {"Mombasa"}


def test_officials_in_a_town_do_not_make_it_the_city_of_the_paragraph():
    # near miss: a speaker who is not a witness (officials in Nairobi) says nothing of where "the city" is
    claims = _claims(
        "In Kisumu, traders marched to the county offices on Monday and left peacefully.\n\n"
        "Officials in Nairobi said the talks would resume. Police fired tear gas at youths who burned tyres in "
        "the centre of the city, witnesses said.\n")
    assert "Nairobi" not in _where(claims, "fired tear gas")


def test_the_centre_of_a_town_sets_the_scene_of_the_paragraph():
    claims = _claims(
        "Kenya - unrest update, 4 May 2023\n\n"
        "The centre of Nakuru looked like a battlefield on Wednesday. On Tuesday, crowds looted shops along the "
        "main street and set several of them on fire, shop owners said.\n")
    assert _where(claims, "crowds looted shops") == {"Nakuru"}


def _blog(second_heading: str):
    return _claims(
        "LIVE - siege at a bar: police move in\n\n"
        "Monday 1 May\n\n"
        "20:05 - Gunmen have attacked a bar in the centre of Kisumu and are holding customers hostage, police say.\n\n"
        f"{second_heading}\n\n"
        "02:10 - Police commandos have begun an assault on the bar, a security source says.\n")


def test_the_first_post_under_a_new_day_heading_continues_the_day_before():
    assert _where(_blog("Tuesday 2 May"), "begun an assault") == {"Kisumu"}


def test_a_section_under_a_heading_that_is_not_a_day_does_not_inherit_the_place():
    assert "Kisumu" not in _where(_blog("ELSEWHERE"), "begun an assault")


def _bylined(heading: str):
    return _claims(
        "Market siege ends after night of gunfire\n\n"
        f"{heading}\n\n"
        "Gunmen stormed a crowded market in Kisumu on Friday night, police said yesterday.\n\n"
        "The attackers held the traders hostage inside the market hall through the night.\n")


def test_a_byline_town_is_not_the_place_of_the_story_under_it():
    assert _where(_bylined("Staff Correspondent, Nairobi"), "held the traders hostage") == {"Kisumu"}


def test_a_place_heading_still_places_the_section_under_it():
    # near miss: a heading that names a place (no byline) is the section's place
    assert _where(_bylined("NAIROBI"), "held the traders hostage") == {"Nairobi"}


def test_the_station_a_force_came_from_is_not_where_it_was_attacked():
    s = "Police from the Kisumu and Kakamega stations came under fire as they reached Busia."
    assert _places(s, ["KE"]) == ["Busia"]
    # near miss: police in a town, not from it
    assert _places("Police in Kakamega came under fire on Monday.", ["KE"]) == ["Kakamega"]


def test_a_town_the_attackers_came_from_does_not_replace_the_road():
    # near miss: "gunmen from X" named before the event word is not the town the road event was near
    claims = _claims(
        "Gunmen from Garissa attacked a bus on the road to Lamu on Tuesday, the police said.\n")
    assert _where(claims, "attacked a bus") == {"Lamu"}
