"""The day a statement was read, issued or broadcast ("said in a statement read on state radio on Saturday that
...") dates the telling; the day inside the reported clause dates the event, however far from the verb an aside
puts it. Texts written for these tests."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def _dates(text: str):
    day = datetime(2024, 3, 16, 18, tzinfo=timezone.utc)  # a Saturday
    return [c.event_date for c in analyze_report(make_report(text, published=day), Options()).claims]


@pytest.mark.parametrize("text", [
    "The government said in a statement read on state radio on Saturday that jets had attacked Asmara airport, "
    "which also serves as the country's main air base, on Friday afternoon.",
    "The army said in a statement issued by its press office on Saturday that rebels had shelled the town of Kidal, "
    "which lies near the border, on Friday.",
    "The ministry said in a communique broadcast on national television on Saturday that gunmen had attacked a "
    "village near Gao, a market town on the river, on Friday night.",
])
def test_the_reported_clause_dates_the_event(text):
    assert _dates(text) and set(_dates(text)) == {date(2024, 3, 15)}, _dates(text)


def test_a_statement_day_alone_still_dates_it():
    # near miss: no other day in the sentence
    text = "The army said in a statement read on state radio on Saturday that rebels shelled the town of Kidal."
    assert set(_dates(text)) == {date(2024, 3, 16)}, _dates(text)
