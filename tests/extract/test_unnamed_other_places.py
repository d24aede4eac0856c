"""Acts at places a text counts but does not name ("on several other islands", "in a number of other villages",
"in several other southern provinces") and a wave named by how long it lasted ("after weeks of opposition
protests") tell no event of their own; an act at a named place, or a march told beside the wave, still does.
Texts written for these tests."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def subs(text: str):
    day = datetime(2024, 3, 20, 18, tzinfo=timezone.utc)
    return [c.sub_event_type for c in analyze_report(make_report(text, published=day), Options()).claims]


@pytest.mark.parametrize("text", [
    "Government offices were also attacked on several other islands, but there were few details.",
    "Gunmen also burned houses in a number of other villages, residents said.",
    "Smaller protests were reported in several other southern provinces this week.",
    "Rallies were also held in many other towns, organisers said.",
    "The president announced his resignation on Tuesday, after a revolt by part of the army that followed weeks of "
    "opposition protests.",
    "After months of demonstrations, the minister resigned on Tuesday.",
])
def test_unnamed_places_and_spells_tell_no_event(text):
    assert subs(text) == [], subs(text)


@pytest.mark.parametrize("text", [
    "Gunmen burned houses in Kutaya and two other villages on Tuesday, killing five people, residents said.",
    "Thousands of people marched in Male on Tuesday after weeks of protests against the president.",
    "Students held protests in Male on Tuesday.",
    "Protesters set fire to the police station in Hithadhoo on Tuesday, residents said.",
])
def test_a_named_place_or_an_act_still_tells_one(text):
    assert subs(text), text
