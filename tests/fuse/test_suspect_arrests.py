"""The arrest of one unnamed person at the place of an attack or a bombing, on its day or the next, is the hunt
for its author: part of the attack's story, not an Arrests event, and the police who made it are no actor of the
attack. The arrest of someone named, of many people, or elsewhere stays its own event. Texts written for these
tests."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def _events(text: str, published: str = "2024-03-20"):
    day = datetime.fromisoformat(published).replace(tzinfo=timezone.utc)
    return fuse(analyze_report(make_report(text, published=day), Options()).claims)


FOLDED = [
    "A gunman opened fire at a youth camp near Tromso on Tuesday, killing ten people, police said. "
    "Police arrested a man at the camp.",
    "A bomb exploded in a market in Kano on Tuesday, killing ten people, police said. "
    "A 25-year-old man was detained in Kano on Wednesday.",
    "A bomb exploded in a market in Kano on Tuesday, killing ten people, police said. "
    "Officers later caught the suspected bomber in Kano, police said.",
]


@pytest.mark.parametrize("text", FOLDED, ids=[t[:40] for t in FOLDED])
def test_arrest_of_the_unnamed_author_is_part_of_the_attack(text):
    events = _events(text)
    subs = [e.sub_event_type for e in events]
    assert "Arrests" not in subs, subs
    assert len(events) == 1, subs
    assert events[0].actor1 is not None and events[0].actor1.side == "unknown", events[0].actor1
    assert events[0].status == "reported"


@pytest.mark.parametrize("text", [
    # someone named
    "A bomb exploded in a market in Kano on Tuesday, killing ten people, police said. "
    "Police arrested the opposition leader Musa Bello in Kano on Tuesday.",
    # elsewhere
    "A bomb exploded in a market in Kano on Tuesday, killing ten people, police said. "
    "Police arrested a man in Abuja on Tuesday.",
    # many people
    "A bomb exploded in a market in Kano on Tuesday, killing ten people, police said. "
    "Police arrested 40 people in Kano on Tuesday.",
])
def test_other_arrests_stay_their_own_event(text):
    assert "Arrests" in [e.sub_event_type for e in _events(text)]
