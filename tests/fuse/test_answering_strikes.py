"""Each side's strike of the day is its own event (ACLED: incidents that differ in actor are separate), even at
one place; one side's strike told twice is one. Texts written for this test."""
from __future__ import annotations

from datetime import datetime, timezone

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 3, 20, 18, tzinfo=timezone.utc)


def events_of(text: str):
    return fuse(analyze_report(make_report(text, published=PUBLISHED)).claims)


def test_a_strike_and_the_other_sides_strike_are_two_events():
    text = ("KURSK, Russia, March 20 - The defence ministry said Russian aircraft struck Ukrainian units near Sudzha "
            "on Tuesday.\n\nThe regional governor said a Ukrainian drone struck an ambulance near Sudzha on Tuesday, "
            "killing its driver.")
    strikes = [e for e in events_of(text) if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 2, [(e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) for e in strikes]
    by_civilians = [e for e in strikes if e.actor2 is not None and e.actor2.inter == 7]
    assert len(by_civilians) == 1 and "Ukraine" in by_civilians[0].actor1.name
    assert by_civilians[0].fatalities is not None and by_civilians[0].fatalities.best == 1


def test_one_sides_strike_told_twice_is_one_event():
    text = ("KURSK, Russia, March 20 - Russian aircraft struck Ukrainian units near Sudzha on Tuesday, the defence "
            "ministry said.\n\nThe ministry said in a later statement that Russian aircraft had struck Ukrainian "
            "units near Sudzha on Tuesday.")
    strikes = [e for e in events_of(text) if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
