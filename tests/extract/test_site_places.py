"""Where an event at a named site happened: the town a site is named after or put in, the capital a state's
seat of government is in, and a crowd's place rather than the place of its demands. Sentences and reports
written for these tests; the last tests run the open world5 reports."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.fuse import fuse
from sitroom.geo import find_places
from sitroom.geo.link import event_place
from sitroom.ingest import read_inputs
from sitroom.pipeline import analyze_report, analyze_text

REPORTS = Path(__file__).resolve().parents[2] / "examples" / "reports"


def _linked(sentence: str, verb: str, focus: list[str]) -> str | None:
    start = sentence.index(verb)
    chosen = event_place(sentence, find_places(sentence, focus=focus), start, start + len(verb), focus=focus)
    return chosen.text if chosen else None


def _places(text: str, published: str = "2023-05-10") -> list[tuple[str, str | None]]:
    claims = analyze_text(text, published, outlet="test desk").claims
    return [(c.sub_event_type, c.location.name if c.location else None) for c in claims]


@pytest.mark.parametrize("sentence,verb,focus,expected", [
    # what a crowd calls for names the place of its cause, not of the march
    ("In Tbilisi, thousands of people marched through the city centre on Sunday carrying flags and calling on "
     "the government to take back Sukhumi.", "marched", ["GE"], "Tbilisi"),
    ("In Yerevan, crowds rallied on Monday demanding the return of Shusha.", "rallied", ["AM"], "Yerevan"),
    # ... while a place the march itself is told at, before the demand, stays
    ("Students marched in Kumasi on Friday, calling for the reopening of the university in Accra.", "marched",
     ["GH"], "Kumasi"),
    # a place after the verb that is not inside a demand is still the verb's own
    ("In Kaduna, gunmen abducted 20 worshippers from a church in Kajuru.", "abducted", ["NG"], "Kajuru"),
])
def test_a_crowds_demands_do_not_place_it(sentence, verb, focus, expected):
    assert _linked(sentence, verb, focus) == expected


def test_a_site_named_after_a_town_the_report_names_is_in_that_town():
    text = ("Gunmen stormed Mandera College in north-eastern Kenya before dawn on Monday, killing 12 students, "
            "police said. A curfew was declared in Mandera from Tuesday.")
    assert ("Attack", "Mandera") in _places(text)


def test_a_site_named_after_a_town_the_report_never_names_as_a_place_keeps_the_country():
    # nothing but the site's name says that "Lamu" is the town meant here
    text = "Gunmen stormed Lamu College in coastal Kenya before dawn on Monday, killing 12 students, police said."
    places = [p for t, p in _places(text) if t == "Attack"]
    assert places and "Lamu" not in places


def test_the_site_named_by_its_kind_alone_is_the_one_the_report_placed():
    text = ("Militants attacked the Tasfirat prison in the northern city of Kirkuk on Sunday, police said.\n\n"
            "A suicide bomber drove a truck into the prison's gate, killing four guards, an official said.")
    assert ("Suicide bomb", "Kirkuk") in _places(text)


def test_a_kind_two_named_sites_share_gives_no_town():
    # two prisons in two towns: "the prison" alone cannot say which
    text = ("Officials inspected the Tasfirat prison in the city of Kirkuk and the Badush prison in the city of Mosul "
            "on Saturday.\n\n"
            "On Sunday a suicide bomber drove a truck into the prison's gate, killing four guards, an official said.")
    assert all(p not in ("Kirkuk", "Mosul") for t, p in _places(text) if t == "Suicide bomb")


def test_a_parliament_building_is_in_the_capital():
    text = ("Protesters broke into the parliament building on Tuesday night and set fire to offices before police "
            "cleared them with tear gas, the interior ministry of Georgia said.")
    assert ("Violent demonstration", "Tbilisi") in _places(text)


def test_the_us_capitol_is_in_washington_but_a_state_capitol_is_not():
    text = "A crowd forced its way into the US Capitol on Wednesday, fighting with police and smashing windows."
    assert any(p == "Washington" for _, p in _places(text, "2021-01-07"))
    text = ("A crowd of protesters forced its way into the state Capitol in Lansing, Michigan, on Thursday, "
            "fighting with police and smashing windows.")
    assert all(p != "Washington" for _, p in _places(text, "2021-01-07"))


def test_a_regional_parliament_is_not_the_capital():
    text = ("Protesters stormed the regional parliament on Monday and set fire to offices before police dispersed "
            "them, officials in Iraq said.")
    assert all(p != "Baghdad" for _, p in _places(text))


def _events(name: str):
    report = list(read_inputs([str(REPORTS / name)]))[0].report
    return fuse(analyze_report(report).claims)


def test_world5_garissa_events_are_in_garissa_not_kenya():
    places = {e.location.name for e in _events("kenya-2015-04-02.txt") if e.location}
    assert places == {"Garissa"}


def test_world5_ghwayran_prison_events_are_in_hasakah():
    events = _events("syria-2022-01-22.txt")
    assert events and all(e.location is not None and e.location.name == "Hasakah" for e in events)


def test_world5_baku_riot_is_in_baku_and_capitol_riot_in_washington():
    # (the march and the break-in by some of its marchers are one riot: event type Riots)
    baku = [e for e in _events("azerbaijan-2020-07-15.txt") if e.event_type in ("Protests", "Riots")]
    assert baku and all(e.location.name == "Baku" for e in baku)
    capitol = [e for e in _events("usa-2021-01-07.txt") if e.sub_event_type == "Violent demonstration"]
    assert capitol and all(e.location is not None and e.location.name == "Washington" for e in capitol)


# a Kenyan story that names Somalia, where the attackers came from, more often than Kenya
_NAIROBI_STORY = """NAIROBI - Gunmen killed 12 people at a bus station in Thika on Sunday, police said.

The Somali militant group al-Shabaab said it carried out the attack in revenge for the presence of troops in
Somalia. The group has fought the government in Somalia for years and controls much of southern Somalia.
"""


def test_a_dateline_town_whose_opening_places_the_events_decides_the_report_country():
    from sitroom.extract.claims import _dateline_focus

    assert _dateline_focus(_NAIROBI_STORY, ["SO", "KE"]) == ["KE", "SO"]
    claims = analyze_text(_NAIROBI_STORY, "2023-05-08", outlet="test desk").claims
    assert any(c.actor2 is not None and c.actor2.name == "Civilians (Kenya)" for c in claims)


@pytest.mark.parametrize("text,focus", [
    # a wire story filed from a regional hub about events in the country it names
    ("NAIROBI - Al Shabaab fighters attacked an army base near Kismayo in southern Somalia on Sunday, killing "
     "nine soldiers, a military officer said.\n\nKenya has troops in Somalia.\n", ["SO", "KE"]),
    ("BEIRUT - Government jets struck Idlib on Monday, killing 14 people, rescue workers said.\n\nLebanon has "
     "taken in a million refugees from Syria.\n", ["SY", "LB"]),
    # an opening that places nothing but the dateline itself says nothing about where the events were
    ("NAIROBI - Al Shabaab fighters killed nine soldiers on Sunday, a military officer said.\n\n"
     "The group controls much of southern Somalia.\n", ["SO", "KE"]),
])
def test_a_regional_hub_dateline_leaves_the_report_country(text, focus):
    from sitroom.extract.claims import _dateline_focus

    assert _dateline_focus(text, focus) == focus


def test_world5_a_namesake_abroad_in_a_country_the_report_never_names_is_no_place():
    # "near Bule" in the Ituri summary is also a spelling of Bulle, Switzerland, which the report never names
    events = _events("drc-2022-02-03.txt")
    assert events and all(e.location is None or e.location.country != "Switzerland" for e in events)


def test_a_town_abroad_in_a_country_the_report_names_stays():
    text = ("Government jets struck Idlib, Saraqib and Ariha in Syria on Monday, killing 14 people, rescue workers "
            "said.\n\nIn Lebanon, gunmen shot dead two men in Tripoli on Monday, police said.")
    assert any(p == "Tripoli" for _, p in _places(text, "2022-02-03"))
