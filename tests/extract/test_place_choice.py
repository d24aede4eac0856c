"""Which place an event is coded to when a sentence names places it did not happen at, or names none.
Sentences and reports written for these tests."""
from __future__ import annotations

import pytest

from sitroom.extract.coding import event_places
from sitroom.geo import find_places
from sitroom.geo.link import event_place
from sitroom.ingest import read_inputs
from sitroom.pipeline import analyze_report


def _linked(sentence: str, verb: str, focus: list[str]):
    start = sentence.index(verb)
    chosen = event_place(sentence, find_places(sentence, focus=focus), start, start + len(verb), focus=focus)
    return (chosen.text, chosen.precision) if chosen else None


@pytest.mark.parametrize("sentence,verb,focus,expected", [
    # where the victims come from is not where they were attacked
    ("Rioters beat traders from other parts of Kenya who ran stalls in the town.", "beat", ["KE"], None),
    ("Police detained 30 migrants from Ethiopia in Nairobi on Tuesday.", "detained", ["KE"], ("Nairobi", 1)),
    # "around X, in Y province": the province only says where X is; X at precision 2
    ("Clashes broke out around Beni, in North Kivu province, on Sunday.", "Clashes", ["CD"], ("Beni", 2)),
    # a province named as an adjective of the town meant
    ("Gunmen looted warehouses in the Red Sea port city on Monday.", "looted", ["SD"], None),
    # a background clause ("since they began ...") is not the event's
    ("Jets struck the port on Friday, the first strikes since they began attacking ships near Hodeidah.",
     "struck", ["YE"], None),
    # ... but a clause of time naming no actor leaves the places after it alone
    ("Shells fell on Idlib on Monday, three years since the government took Maarat al-Numan.", "fell", ["SY"],
     ("Idlib", 1)),
    # ", during clashes near X": a preposition ending in -ing does not end the verb's clause
    ("Eleven fighters were killed on Monday, during clashes near Deir ez-Zor, a monitor said.", "killed", ["SY"],
     ("Deir ez-Zor", 2)),
    # ", and in Y ...": the next clause's place, not this verb's
    ("In Kirkuk, a shopkeeper was shot dead by gunmen, and in the Tuz Khurmatu area a bomb wounded two.", "shot",
     ["IQ"], ("Kirkuk", 1)),
    # "near Riad al-Solh": the first word of a longer Arabic name is not Riyadh
    ("Protesters burned tyres near Riad al-Solh on Sunday evening.", "burned", ["LB"], None),
    # ... while a name the gazetteer has whole stays
    ("Gunmen shot a trader in Mosul al-Jadida on Monday.", "shot", ["IQ"], ("Mosul al-Jadida", 1)),
])
def test_event_place(sentence, verb, focus, expected):
    assert _linked(sentence, verb, focus) == expected


def test_town_named_after_a_locating_title_is_not_a_second_place():
    s = "Bandits raided Funtua, about 70 km from the state capital, Katsina, on Friday."
    found = [m for m in find_places(s, focus=["NG"]) if m.place is not None]
    assert [m.text for m in event_places(found, s, 0, ["NG"])] == ["Funtua"]


def _claims(tmp_path, body: str):
    path = tmp_path / "story.txt"
    path.write_text("---\npublished: 2023-03-07T12:00:00Z\noutlet: sitroom tests\ntitle: test story\n---\n" + body,
                    encoding="utf-8")
    report = list(read_inputs([str(path)]))[0].report
    return analyze_report(report).claims


def _at(claims, words: str):
    return [c for c in claims if words in next(e.text for e in c.evidence if e.field == "sentence")]


def test_the_town_refers_to_the_town_named_before(tmp_path):
    claims = _claims(tmp_path, (
        "Traders in Kisumu said business had been slow for weeks as prices rose.\n\n"
        "On Tuesday a grenade exploded at a bus stop in the centre of the town, killing two people, police said.\n"))
    hit = _at(claims, "grenade exploded")
    assert hit and hit[0].location is not None and hit[0].location.name == "Kisumu"


def test_event_with_no_place_is_in_the_dateline_town(tmp_path):
    claims = _claims(tmp_path, (
        "NAIROBI, March 7 (sitroom tests) - Kenya's opposition said on Tuesday it would keep up its protests.\n\n"
        "Police detained the opposition leader at his home on Monday evening, his lawyer said.\n\n"
        "Separately, soldiers clashed with cattle raiders in the north of the country on Sunday, the army said.\n"))
    detained = _at(claims, "detained the opposition leader")
    assert detained and detained[0].location is not None and detained[0].location.name == "Nairobi"
    assert detained[0].location.geo_precision == 2
    # "in the north": somewhere the sentence does not name, so not the dateline's town
    raid = _at(claims, "cattle raiders")
    assert raid and all(c.location is None or c.location.name != "Nairobi" for c in raid)


def test_later_sentence_happens_where_the_paragraph_put_things(tmp_path):
    claims = _claims(tmp_path, (
        "Opposition supporters have marched every night for a week.\n\n"
        "Officers searched the offices of two opposition parties in Bishkek on Wednesday. A party leader was "
        "dragged out of the building and arrested, his lawyer said.\n\n"
        "Separately, a village in Chuy province was attacked by armed men on Thursday, officials said.\n"))
    arrested = _at(claims, "dragged out of the building")
    assert arrested and arrested[0].location is not None and arrested[0].location.name == "Bishkek"
    assert arrested[0].location.geo_precision == 2


def test_numbered_incident_heading_places_its_lines(tmp_path):
    claims = _claims(tmp_path, (
        "PROTEST MONITOR\n\nINCIDENTS\n\n"
        "1. Kisumu (Kisumu county), Tuesday 7 March. Hundreds of traders marched to the county offices and left "
        "peacefully.\n\n"
        "2. Nakuru (Nakuru county), Monday 6 March. Police fired tear gas at a crowd of youths outside the county "
        "offices, witnesses said.\n"))
    gassed = _at(claims, "fired tear gas")
    assert gassed and gassed[0].location is not None and gassed[0].location.name == "Nakuru"


def test_landmark_the_report_puts_in_a_town(tmp_path):
    claims = _claims(tmp_path, (
        "ABUJA, March 7 (sitroom tests) - Students marched to the governor's office in Kaduna on Monday to protest "
        "against fee rises.\n\n"
        "Gunmen fired on worshippers outside the Central Mosque in Kano on Friday, killing three, police said.\n\n"
        "On Saturday police arrested five men near the Central Mosque, a police spokesman said.\n"))
    arrests = _at(claims, "arrested five men")
    assert arrests and arrests[0].location is not None and arrests[0].location.name == "Kano"


@pytest.mark.parametrize("body,expected", [
    # "the <country adjective> capital" is that country's capital
    ("Riot police fired tear gas at protesters in the Kenyan capital on Monday.", "Nairobi"),
    ("Troops opened fire on a crowd in the Sudanese capital on Monday.", "Khartoum"),
])
def test_capital_named_by_a_country_adjective(tmp_path, body, expected):
    claims = _claims(tmp_path, body)
    assert claims and all(c.location is not None and c.location.name == expected for c in claims)


def test_capital_of_a_people_without_a_country_is_no_national_capital(tmp_path):
    # near miss: "the Kurdish capital" is no national capital: not Baghdad
    claims = _claims(tmp_path, "Gunmen attacked a checkpoint in the Kurdish capital on Monday, Iraqi police said.")
    assert all(c.location is None or c.location.name != "Baghdad" for c in claims)
