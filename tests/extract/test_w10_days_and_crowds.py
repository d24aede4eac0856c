"""Event days under a weekday dateline, and what a force's fire on a crowd at a demonstration is. Texts
written for these tests; every expected value was worked out by hand from the sentence."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 3, 20, 18, tzinfo=timezone.utc)  # a Wednesday


def events_of(text: str, published: datetime = PUBLISHED):
    return fuse(analyze_report(make_report(text, published=published)).claims)


# ------------------------------------------------------------------------------- weekday datelines

@pytest.mark.parametrize("text, day", [
    # a dateline naming only the filing weekday is not the event's day: the day the sentence gives is
    ("GAROUA, Wednesday - Gunmen killed five traders at a market in Garoua on Monday night, police said.",
     date(2024, 3, 18)),
    ("GAROUA, Cameroon, Wednesday - Gunmen killed five traders at a market in Garoua on Monday, police said.",
     date(2024, 3, 18)),
    # near-miss: with no day in the sentence the filing day stands
    ("GAROUA, Wednesday - Police said gunmen killed five traders at a market in Garoua.", date(2024, 3, 20)),
])
def test_a_weekday_dateline_is_the_filing_day_not_the_event_day(text, day):
    events = [e for e in events_of(text) if e.location is not None and e.location.name == "Garoua"]
    assert [e.event_date for e in events] == [day]


# ------------------------------------------------------------------- a force's fire on a gathered crowd

@pytest.mark.parametrize("text", [
    # live fire on a crowd by a state force, no protest noun in the sentence
    "Witnesses said soldiers opened fire on the crowd in Garoua on Monday, killing four people.",
    "Trucks drove towards the crowd in Garoua on Monday and soldiers opened fire, killing four people.",
    # people who had gathered are a crowd too
    "Police fired on unarmed villagers who had gathered on the road in Garoua on Monday, killing four.",
])
def test_a_force_firing_on_a_gathered_crowd_is_excessive_force(text):
    subs = {e.sub_event_type for e in events_of(text)}
    assert "Excessive force against protesters" in subs, subs


@pytest.mark.parametrize("text", [
    # near-misses: no crowd was there, and people at a market were not gathered as a crowd
    "Trucks drove towards the village of Garoua on Monday and soldiers opened fire, killing four people.",
    "Soldiers opened fire on people at the market in Garoua on Monday, killing four.",
])
def test_fire_with_no_crowd_or_on_people_not_gathered_is_no_demonstration(text):
    subs = {e.sub_event_type for e in events_of(text)}
    assert subs and not subs & {"Excessive force against protesters", "Peaceful protest",
                                "Protest with intervention", "Violent demonstration"}, subs
