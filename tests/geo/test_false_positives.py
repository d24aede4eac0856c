"""Words that look like places but are people, organisations, demonyms or ordinary words: no place."""
from __future__ import annotations

import pytest

from sitroom.geo import find_places

# (locator of a seed sentence, the only place mentions it may yield)
SEED_CASES = [
    ("Spokesman Rupert Colville said families", []),
    ("Journalist Rami Jarrah reports", ["Aleppo city"]),
    ("Anne Barnard brings stories", ["Aleppo"]),
    ("US Secretary of State John Kerry", ["Geneva"]),
    ("with spokesman Josh Earnest saying", []),
    ("Spokesman Dmitry Peskov said", []),
    ("Turkish warplanes destroyed", []),
    ("Two National Defense Force militia", ["al-Halk neighborhood"]),
    ("The White HelmetsSyrian Civil Defense", ["Jaloom district", "Aleppo city"]),
    ("was issued under the Arms Export Control Act", []),
    ("The UN reports match testimony", []),
    ("formerly known as Jabhat al-Nusra Front", []),
    ("the Kurdish-led Syrian Democratic Forces", []),
    ("Syrian State media did report", []),
]


@pytest.mark.parametrize("locator,allowed", SEED_CASES)
def test_no_false_place_in_seed_sentence(seed_sentence, locator, allowed):
    sentence = seed_sentence(locator)
    assert [m.text for m in find_places(sentence, focus=["SY", "RU"])] == allowed


@pytest.mark.parametrize("sentence", [
    "Russian Foreign Minister Sergei Lavrov spoke on Thursday.",
    "Syrian State media did report the Russian statement.",
    "The Red Cross said about 150 civilians were moved.",
    "The White House was cautious about the statement.",
    "Residents told The New York Times they were detained.",
    "The United Nations said it was deeply concerned.",
    "Free Syrian Army fighters seized control of the road.",
    "The rebels marched on Monday and again in March.",
    "Mobile phone networks were down across the area.",
    "Officials said the bab was closed.",
    "Reading the statement, he said the talks would resume.",
    "An Aleppo-based group claimed the attack.",
    "The Iranian and Afghan militiamen were captured.",
    "President Obama issued a waiver.",
    "US airstrikes supported the offensive.",
])
def test_no_place_in_written_sentence(sentence):
    assert find_places(sentence, focus=["SY"]) == []


def test_organisation_name_hides_place(seed_sentence):
    sentence = seed_sentence("Cooperation in Europe")
    assert [m.text for m in find_places(sentence, focus=["SY"])] == ["Germany"]


def test_citadel_is_not_the_city():
    found = find_places("A flag was hoisted on the Aleppo Citadel.", focus=["SY"])
    assert [(m.text, m.place.id) for m in found] == [("Aleppo Citadel", "sy-alp-citadel")]


def test_government_use_gets_a_low_score():
    (m,) = find_places("Russia vetoed a UN resolution.", focus=["SY"])
    assert m.place.id == "cc:RU" and m.score < 0.5


@pytest.mark.parametrize("sentence,places", [
    # A place name in the capitalised run after a title is part of a person's name (geoparsing mode,
    # which otherwise keeps big places inside longer names: "Air France").
    ("President Vladimir Putin met envoys in Moscow.", ["Moscow"]),
    ("Mayor Virginia Lopez met the council.", []),
    ("In 1989 President George H. W. Bush visited Houston.", ["Houston"]),
    ("Sen. Ted Cruz of Texas said the vote would wait.", ["Texas"]),
    ("Clashes hit Sheikh Saeed in Aleppo.", ["Sheikh Saeed", "Aleppo"]),
])
def test_title_makes_a_person(sentence, places):
    from sitroom.geo.document import geoparse

    assert [m.text for m in geoparse(sentence) if m.place is not None] == places


@pytest.mark.parametrize("sentence,demonyms", [
    # Each part of a hyphened pair is an adjective of its country.
    ("Talks on Turkish-Russian relations resumed.", ["Turkish", "Russian"]),
    # With no word after it, a country adjective names people or a language, not the country.
    ("None of the injured were British, officials said.", []),
    ("In the video, a man speaks in Spanish.", []),
    ("Saudi-led strikes hit the port.", []),
    ("Syrian troops advanced.", ["Syrian"]),
    # Before a landform word it names the landform: "the Korean Peninsula" is not South Korea.
    ("Tension rose on the Korean Peninsula.", []),
])
def test_country_adjectives(sentence, demonyms):
    from sitroom.geo.document import geoparse

    assert [m.text for m in geoparse(sentence, demonyms=True) if m.qualifier == "demonym"] == demonyms


@pytest.mark.parametrize("sentence,places", [
    # A big city named like a person is a place with a place cue, and a person without one.
    ("AUSTIN, Texas (AP) - Lawmakers met on Monday.", ["AUSTIN", "Texas"]),
    ("Hundreds gathered outside the church in Alexandria.", ["Alexandria"]),
    ("Austin Powers said the film was fun.", []),
])
def test_city_named_like_a_person(sentence, places):
    from sitroom.geo.document import geoparse

    assert [m.text for m in geoparse(sentence) if m.place is not None] == places


@pytest.mark.parametrize("sentence,place_id", [
    # "Al" before a name is the Arabic article, not a first name; a hospital or mosque named after a
    # town is in that town (unlike "Aleppo Media Center", an organisation).
    ("Warplanes struck Al Atarib on Monday.", "gn:174030"),
    ("Shelling hit Al-Latamneh Hospital overnight.", "sa:388"),
])
def test_syrian_place_names(sentence, place_id):
    from sitroom.geo.document import geoparse

    found = [m.place.id for m in geoparse(sentence, focus=["SY"]) if m.place is not None]
    assert found == [place_id]


def test_heading_place_and_its_province():
    # A heading that opens with a village and its province names the village, not only the province.
    from sitroom.geo.document import geoparse

    found = [m.place.id for m in geoparse("Al-Ghantu Homs: shelling hit the town at dawn", focus=["SY"]) if m.place]
    assert found[0] == "gn:173311"


@pytest.mark.parametrize("dateline,place", [
    # The state named after a town decides; when no town of the name is in it, the gazetteer lacks the
    # town and its namesakes elsewhere are no answer.
    ("TUSCALOOSA, Ala. - A man was arrested on Friday.", "gn:4094455"),
    ("TUSCALOOSA, Mo. - A man was arrested on Friday.", None),
])
def test_area_after_a_town_decides(dateline, place):
    from sitroom.geo.document import geoparse

    found = {m.text: m.place.id for m in geoparse(dateline) if m.place is not None}
    assert found.get("TUSCALOOSA") == place


@pytest.mark.parametrize("text,places", [
    # A town's name right before a speech verb, or after one and before punctuation, is a speaker; the
    # document means the person wherever else it uses the name without a place cue.
    ("Storms hit Texas. \"It was loud,\" said Tyler, a farmer. Tyler had been asleep.", ["Texas"]),
    ("Storms hit Texas. Tyler said the barn was gone.", ["Texas"]),
    ("Storms hit Texas. \"We lost it all,\" said Tyler Williams, a farmer.", ["Texas"]),
    ("Moscow said the talks would resume.", ["Moscow"]),
])
def test_speakers_are_people(text, places):
    from sitroom.geo.document import geoparse

    assert [m.text for m in geoparse(text) if m.place is not None] == places


def test_organisation_word_before_of_is_no_town():
    # GeoNames has towns called University and Alliance; "the University of Manitoba" is not one.
    from sitroom.geo.document import geoparse

    found = [m.text for m in geoparse("Storms hit Florida. She studies at the University of Manitoba.") if m.place]
    assert "University" not in found


@pytest.mark.parametrize("sentence,focus,places", [
    # A capitalised name before a landmark word names the site, not a town of that name elsewhere.
    ("Police fired on protesters at the Azadi Stadium on Friday.", ["IR"], []),
    ("Crowds broke into the Planalto palace on Sunday.", ["BR"], []),
    ("Crowds broke into the Planalto presidential palace on Sunday.", ["BR"], []),
    # ... but a city of 100,000+ people or a province before the word keeps its place.
    ("A bomb exploded outside the Kabul Stadium on Friday.", ["AF"], ["Kabul"]),
    ("Gunmen attacked the Aleppo Hotel on Friday.", ["SY"], ["Aleppo"]),
    # Near misses: the town alone, or a lowercase landmark word with no "the" before the name.
    ("Crowds marched from Azadi to the river on Sunday.", ["IR"], ["Azadi"]),
    ("Police fired on mourners in Pearl on Tuesday.", ["US"], ["Pearl"]),
    ("Police in Pearl square off with protesters.", ["US"], ["Pearl"]),
])
def test_landmark_name_is_not_a_town(sentence, focus, places):
    from sitroom.geo.document import geoparse

    assert [m.text for m in geoparse(sentence, focus=focus) if m.place is not None] == places


@pytest.mark.parametrize("sentence,focus,places", [
    # A first name before a quoted capitalised nickname and a surname is a person, not a town.
    ('Gunmen forced troops to free a son of Joaquin "El Chapo" Guzman in Culiacan.', ["MX"], ["Culiacan"]),
    ("Gunmen forced troops to free a son of Joaquin \u201cEl Chapo\u201d Guzman in Culiacan.", ["MX"], ["Culiacan"]),
    # Near misses: a quoted phrase after a town, a quoted name with no surname after it.
    ('Gunmen attacked Kutum "at dawn", residents said.', ["SD"], ["Kutum"]),
    ('Residents of Culiacan called it "Black Thursday" afterwards.', ["MX"], ["Culiacan"]),
    ('Troops reached Kutum "Old Town" on Monday.', ["SD"], ["Kutum"]),
])
def test_first_name_before_a_quoted_nickname(sentence, focus, places):
    from sitroom.geo.document import geoparse

    assert [m.text for m in geoparse(sentence, focus=focus) if m.place is not None] == places
