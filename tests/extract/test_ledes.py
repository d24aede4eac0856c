"""A headline and a dateline paragraph (the lede) sum up what the body then tells place by place: a
summary at country level, with no place, or at the dateline's city makes no event of its own when the
body tells the same kind of violence at a finer place that day; it stays when it is the only telling.
Texts written for these tests."""
from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

import pytest

from sitroom.fuse import fuse
from sitroom.ingest import read_inputs
from sitroom.pipeline import analyze_report


def _story(published: str, title: str, headline: str, *paragraphs: str) -> str:
    """A report file as the ingest reads it: front matter, then the headline and the paragraphs, a blank
    line apart."""
    return (f"---\npublished: {published}\noutlet: sitroom tests\ntitle: {title}\n---\n"
            + "\n\n".join((headline, *paragraphs)) + "\n")


COUNTRY_LEDE = _story(
    "2023-07-11T18:00:00Z", "Kenya fuel protests", "Seven dead in Kenya as fuel price protests turn violent",
    "NAIROBI, July 11 (sitroom tests) - Seven people were killed in clashes between police and protesters across "
    "Kenya on Monday, the interior ministry said.",
    "In Kisumu, protesters threw stones at police and burned tyres on the main road on Monday, witnesses said.",
    "In Mombasa, police fired live rounds at marchers near the port on Monday, killing two of them, a hospital "
    "official said.")

ONLY_TELLING = _story(
    "2022-03-03T18:00:00Z", "Hotel attack", "Gunmen storm hotel in Somali capital",
    "MOGADISHU, March 3 (sitroom tests) - Gunmen stormed a hotel in the centre of Mogadishu on Thursday, killing "
    "at least four guards, police said.",
    "The hotel is popular with officials and lawmakers. A similar attack on another hotel last year killed 12 "
    "people.")

UNPLACED_LEDE = _story(
    "2021-05-04T18:00:00Z", "Minister dies", "Defence minister dies of wounds, army says",
    "BAMAKO, May 4 (sitroom tests) - Mali's defence minister has died of wounds he suffered while leading troops "
    "against rebels, the army said on Tuesday.",
    "On Saturday soldiers fought rebels near Kidal for several hours, the army said, and killed 20 of them.")

CITY_LEDE = _story(
    "2022-08-06T10:00:00Z", "Mosque bombing", "Bomb kills worshippers at Kabul mosque",
    "KABUL, Aug 6 (sitroom tests) - A bomb hidden in a bag killed at least 12 people at a mosque in Kabul on "
    "Friday, officials said.",
    "The bomb went off in the mosque during evening prayers, witnesses said.")

# the lede's "said on Thursday" is the statement's day: the headline's ambush may be Wednesday's shelling
UNDATED_AGENCY_LEDE = _story(
    "2024-04-11T11:00:00Z", "Convoy ambush", "Insurgents kill six soldiers in Niger ambush",
    "NIAMEY, Niger (sitroom tests) - Insurgents killed six soldiers in an ambush in western Niger, two security "
    "sources said on Thursday.",
    "The fighters shelled an army convoy with mortars near the town of Tera on Wednesday, one of the sources said.")

HEADLINE_OF_ANOTHER_DAY = _story(
    "2024-04-11T11:00:00Z", "Convoy ambush", "Insurgents kill six soldiers in Niger ambush",
    "NIAMEY, April 11 (sitroom tests) - Insurgents killed six soldiers in an ambush in western Niger on Thursday, "
    "two security sources said.",
    "Last Sunday the fighters attacked an army convoy near the town of Tera, one of the sources said.")

HEADLINE_AT_CITY_LEDE_AT_DISTRICT = _story(
    "2024-07-18T18:00:00Z", "Market bomb", "Car bomb kills nine in Baghdad",
    "BAGHDAD (sitroom tests) - A car bomb killed nine shoppers at a market in Baghdad on Thursday, police said.",
    "The bomb went off outside a crowded market in Sadr City on Thursday afternoon, a police officer said.")

# "MOGADISHU (Agency) -": the lede's "near the capital" is the town the body names
UNDATED_DATELINE = _story(
    "2024-03-05T15:00:00Z", "Base attack", "Ten soldiers killed in attack on Somali base",
    "MOGADISHU (sitroom tests) - Al Shabaab fighters attacked an army base near the Somali capital on Tuesday, "
    "killing ten soldiers, an officer said.",
    "The militants stormed the base in Afgoye at dawn on Tuesday and fought the garrison for two hours, the "
    "officer said.")

TWO_CITIES_UNDATED_DATELINE = _story(
    "2024-03-05T15:00:00Z", "Two attacks", "Attacks in Somalia",
    "MOGADISHU (sitroom tests) - Al Shabaab fighters attacked an army base in Mogadishu on Tuesday, killing ten "
    "soldiers, an officer said.",
    "In Kismayo, militants fought police at a checkpoint on Tuesday, residents said.")

HEADLINE_OVER_A_DATED_LEDE = _story(
    "2022-06-20T10:00:00Z", "Village attacks", "Gunmen kill 20 in central Mali villages",
    "BAMAKO, June 19 (sitroom tests) - Gunmen killed at least 20 civilians in attacks on villages in central Mali "
    "on Sunday, local officials said on Monday.",
    "Gunmen attacked the village of Diallassagou late on Saturday night, killing 13 people, a local official said.")


@lru_cache(maxsize=None)
def _events(text: str):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "story.txt"
        path.write_text(text, encoding="utf-8")
        report = list(read_inputs([str(path)]))[0].report
    return tuple(fuse(analyze_report(report).claims))


# (story, the place names of its events, sorted: every event has a place)
PLACES = [
    pytest.param(COUNTRY_LEDE, ["Kisumu", "Mombasa"], id="country-level-headline-and-lede-fold-into-the-cities"),
    pytest.param(ONLY_TELLING, ["Mogadishu"], id="a-lede-that-is-the-only-telling-stays"),
    pytest.param(UNPLACED_LEDE, ["Kidal"], id="unplaced-lede-is-the-story-the-body-places"),
    pytest.param(HEADLINE_AT_CITY_LEDE_AT_DISTRICT, ["Sadr City"], id="a-headline-at-the-city-goes-where-its-lede-goes"),
    pytest.param(TWO_CITIES_UNDATED_DATELINE, ["Kismayo", "Mogadishu"],
                 id="a-lede-at-an-undated-datelines-city-and-a-body-incident-far-from-it-stay-two"),
]


@pytest.mark.parametrize("story, places", PLACES)
def test_the_events_are_at(story, places):
    events = _events(story)
    assert all(e.location is not None for e in events)
    assert sorted(e.location.name for e in events) == places


# (story, how many events it makes)
COUNTS = [
    pytest.param(UNPLACED_LEDE, 1, id="unplaced-lede-is-the-one-story-of-the-body"),
    pytest.param(UNDATED_AGENCY_LEDE, 1, id="a-country-headline-over-a-lede-dated-by-its-report-is-the-bodys-incident"),
    pytest.param(HEADLINE_OF_ANOTHER_DAY, 2, id="a-country-headline-over-a-lede-that-states-its-day-keeps-that-day"),
    pytest.param(UNDATED_DATELINE, 1, id="a-dateline-with-no-date-is-a-dateline"),
]


@pytest.mark.parametrize("story, count", COUNTS)
def test_the_number_of_events(story, count):
    assert len(_events(story)) == count


# (story, the day of its one event)
DAYS = [
    pytest.param(UNPLACED_LEDE, "2021-05-01", id="unplaced-lede-is-the-story-the-body-dates"),
    pytest.param(UNDATED_AGENCY_LEDE, "2024-04-10",
                 id="a-country-headline-over-a-lede-dated-by-its-report-tells-the-bodys-incident-of-the-day-before"),
]


@pytest.mark.parametrize("story, day", DAYS)
def test_the_day_of_the_one_event(story, day):
    events = _events(story)
    assert len(events) == 1
    assert events[0].event_date.isoformat() == day


# (story, the place of its one event with a toll, the toll)
TOLLS = [
    pytest.param(ONLY_TELLING, "Mogadishu", 4, id="a-lede-that-is-the-only-telling-keeps-its-figure"),
    pytest.param(CITY_LEDE, "Kabul", 12, id="lede-at-the-dateline-city-keeps-its-figure"),
]


@pytest.mark.parametrize("story, place, toll", TOLLS)
def test_the_one_event_at_the_place_keeps_the_toll(story, place, toll):
    there = [e for e in _events(story) if e.location is not None and e.location.name == place]
    assert len(there) == 1
    assert there[0].fatalities is not None and there[0].fatalities.best == toll


def test_the_national_toll_is_not_copied_onto_either_city():
    assert all(e.fatalities is None or e.fatalities.best != 7 for e in _events(COUNTRY_LEDE))


def test_a_country_headline_over_a_lede_dated_by_its_report_is_placed_at_a_town_in_the_country():
    event = _events(UNDATED_AGENCY_LEDE)[0]
    assert event.location.country == "Niger" and event.location.geo_precision == 1


def test_a_dateline_with_no_date_is_not_the_place():
    events = _events(UNDATED_DATELINE)
    assert events[0].location.name != "Mogadishu"


def test_an_undated_headline_the_body_does_not_retell_goes_where_its_lede_goes():
    events = _events(HEADLINE_OVER_A_DATED_LEDE)
    # the headline ("kill 20", dated only by the report) is the lede's story, not a fight on the report's day
    assert not any(e.event_date.isoformat() == "2022-06-20" for e in events)
    assert not any(e.sub_event_type == "Armed clash" for e in events)
