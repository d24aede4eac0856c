"""A taking verb whose object is a person ("took her to the capital", "seized him") moves or holds a
person; it is not ground changing hands (CODING-RULES.md, Battles: territory sub-types need territory).

Texts written for these tests; expected values checked by hand. The control keeps a real territorial
gain after the same verbs.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}


def _subs(text: str) -> list[str]:
    day = datetime(2022, 1, 8, tzinfo=timezone.utc)
    return [c.sub_event_type for c in analyze_report(make_report(text, published=day), Options()).claims]


PEOPLE = [
    ("Soldiers detained the mayor in Gao on Sunday and took her to the capital.", "Arrests"),
    ("Police arrested a union leader in Kayes on Monday and took him to a military camp.", "Arrests"),
    ("Gunmen seized him outside his home in Gao on Sunday.", None),
    ("Police stopped the opposition leader's car outside Bamako on Sunday and took him back to his house.", None),
]


@pytest.mark.parametrize("text, expected", PEOPLE, ids=[t[0][:40] for t in PEOPLE])
def test_taking_a_person_is_not_territory(text, expected):
    subs = _subs(text)
    assert not TERRITORY & set(subs), subs
    if expected:
        assert expected in subs, subs


CONTROLS = [
    ("Rebels took the town of Anefis on Sunday.", "Non-state actor overtakes territory"),
    ("Troops repelled an attack on their base in Gao on Sunday and then recaptured the nearby village of Bara.",
     "Government regains territory"),
]


@pytest.mark.parametrize("text, expected", CONTROLS, ids=[t[0][:40] for t in CONTROLS])
def test_taking_ground_is_still_territory(text, expected):
    assert expected in _subs(text)
