"""Fighters or soldiers who give themselves up to the police are taken into custody (Arrests), not a
party to an agreement; a surrender negotiated with the army under a deal stays an Agreement.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from sitroom.pipeline import classify_text

CASES = [
    ("Around 30 soldiers who had seized the state broadcaster surrendered to police at dawn on Sunday.", "Arrests"),
    ("A group of deserters surrendered to riot police outside the barracks on Thursday.", "Arrests"),
    ("The suspect surrendered himself to the gendarmerie on Monday.", "Arrests"),
    ("Some 300 rebel fighters surrendered to the army under an amnesty deal on Friday.", "Agreement"),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1] + ":" + c[0][:30] for c in CASES])
def test_sub_event_type(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected
