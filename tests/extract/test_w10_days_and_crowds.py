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
