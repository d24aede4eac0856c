"""Arrests of many people told a day apart from a riot at its place are the riot's (ACLED codes the arrests made
at a demonstration, or in its wake, as part of it), and the riot keeps its own sides; a rally the text says passed
off peacefully takes no arrests. Texts written for these tests."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def _events(text: str, published: str = "2022-03-10"):
    day = datetime.fromisoformat(published).replace(tzinfo=timezone.utc)
    return fuse(analyze_report(make_report(text, published=day), Options()).claims)


NEXT_DAY = [
    "Rioters burned shops and cars in Kisumu on Tuesday, residents said. "
    "Police said on Wednesday they had detained more than 200 people in the town.",
    "Crowds set fire to the market and several offices in Kisumu on Tuesday. "
    "Police said dozens of people had been arrested by Wednesday morning.",
    "Youths threw stones at police and burned tyres in Kisumu on Tuesday, witnesses said. "
    "On Wednesday police said they had arrested 150 people in Kisumu.",
]


@pytest.mark.parametrize("text", NEXT_DAY, ids=[t[:30] for t in NEXT_DAY])
def test_arrests_told_the_next_day_are_the_riots(text):
    events = _events(text)
    subs = [e.sub_event_type for e in events]
    assert "Arrests" not in subs, subs
    riot = next(e for e in events if e.sub_event_type in ("Violent demonstration", "Mob violence"))
    assert riot.actor1 is not None and riot.actor1.side == "protesters", riot.actor1
    assert str(riot.event_date) == "2022-03-08"


def test_arrests_in_another_town_stay_their_own_event():
    text = ("Rioters burned shops and cars in Kisumu on Tuesday, residents said. "
            "Police said on Wednesday they had detained more than 200 people in Mombasa.")
    assert "Arrests" in [e.sub_event_type for e in _events(text)]


def test_arrests_days_later_stay_their_own_event():
    text = ("Rioters burned shops and cars in Kisumu on Monday, residents said. "
            "Police said on Thursday they had detained more than 200 people in Kisumu on Thursday.")
    assert "Arrests" in [e.sub_event_type for e in _events(text)]


def test_a_rally_said_to_be_peaceful_takes_no_arrests():
    text = ("Thousands of people rallied in the centre of Kisumu on Tuesday evening, where the rally passed off "
            "peacefully, organisers said. Police said officers had detained several people.")
    subs = [e.sub_event_type for e in _events(text)]
    assert "Peaceful protest" in subs, subs
    assert "Protest with intervention" not in subs, subs
