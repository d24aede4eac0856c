"""Where a statement was made is not where the event it tells happened, and its day is not the event's."""
from datetime import date, datetime, timezone

import pytest

from sitroom.analyze.cues import STATEMENT_DAY
from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2015, 1, 7, 9, tzinfo=timezone.utc)  # a Wednesday


def events_of(text: str):
    return fuse(analyze_report(make_report(text, published=PUBLISHED)).claims)


@pytest.mark.parametrize("text, place", [
    ("Gunmen stormed the village of Gajiram on Saturday and killed five farmers, a local official told our "
     "correspondent in Maiduguri on Monday.", "Gajiram"),
    ("Two soldiers were killed when militants attacked a checkpoint in Bunia, an army spokesman told "
     "reporters in Kinshasa.", "Bunia"),
    ("A roadside bomb killed three police officers in Baidoa on Tuesday, a police officer told AFP from "
     "Mogadishu.", "Baidoa"),
])
def test_the_place_a_statement_was_heard_in_is_not_an_event_place(text, place):
    events = events_of(text)
    assert [e.location.name for e in events if e.location] == [place]


def test_a_place_after_told_that_is_the_event_s_own_stays():
    # "told" here is the event's verb phrase's neighbour, not a statement's recipient and place
    events = events_of("Militants attacked an army post in Bunia on Tuesday, killing four soldiers, officials said.")
    assert [e.location.name for e in events if e.location] == ["Bunia"]


@pytest.mark.parametrize("before_the_day", [
    "a local official told our correspondent in Maiduguri on ",
    "the army spokesman told reporters late on ",
    "the ministry said on ",
    "the group claimed on ",
    "the defence ministry said in a statement on ",
    "the rebels announced in a short video late on ",
    "the governor said on state television on ",
    "a police spokesman said to reporters on ",
])
def test_words_that_make_a_day_the_day_of_a_statement(before_the_day):
    assert STATEMENT_DAY.search(before_the_day)


@pytest.mark.parametrize("before_the_day", [
    "Gunmen stormed the village on ",
    "The army retook the town late on ",
    "The militants fired on a statement-reading crowd on ",
    "Soldiers said to be loyal to the colonel seized the radio station on ",
])
def test_words_that_leave_a_day_to_the_event(before_the_day):
    assert not STATEMENT_DAY.search(before_the_day)


def test_the_event_keeps_its_own_day_when_the_statement_has_another():
    (event,) = events_of("Gunmen stormed the village of Gajiram on Saturday and killed five farmers, a local "
                         "official told our correspondent in Maiduguri on Monday.")
    assert event.event_date == date(2015, 1, 3)


def test_a_statements_retelling_at_a_province_joins_the_incident_the_day_before():
    # "said in a statement on Thursday": Thursday is the statement's day, not the attack's
    events = events_of("Gunmen attacked an army post in Bunia on Tuesday and fought soldiers for two hours.\n\n"
                       "The army said in a statement on Wednesday that militants had attacked its positions in Ituri "
                       "province and that troops had repelled them.")
    assert len(events) == 1 and events[0].event_date == date(2015, 1, 6)
