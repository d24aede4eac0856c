"""A "strike" that hits something is delivered from the air, not a planted device (CODING-RULES.md:
Air/drone strike vs Remote explosive/landmine/IED). Texts written for these tests; expected values checked
by hand. Controls: a roadside bomb stays an IED, and a labour strike stays a protest.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def _subs(text: str) -> list[str]:
    day = datetime(2022, 1, 8, tzinfo=timezone.utc)
    return [c.sub_event_type for c in analyze_report(make_report(text, published=day), Options()).claims]


CASES = [
    ("A second, smaller American strike hit Hodeidah early on Saturday.", "Air/drone strike"),
    ("A British strike hit a radar site near Hodeidah on Friday night.", "Air/drone strike"),
    ("A strike hit a wedding party in Kandahar province on Saturday.", "Air/drone strike"),
    ("A roadside bomb hit a police convoy in Kandahar on Saturday.", "Remote explosive/landmine/IED"),
    ("Workers went on strike in Lagos on Monday.", "Peaceful protest"),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[t[0][:40] for t in CASES])
def test_strike_sub_event(text, expected):
    assert _subs(text) == [expected]
