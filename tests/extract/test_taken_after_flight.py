"""A place taken after the force holding it left, abandoned or fled it, with no fighting told, changed hands
without violence (ACLED: Non-violent transfer of territory); a taking while civilians fled, or after fighting,
is a capture."""
from __future__ import annotations

import pytest

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _subs(text: str) -> set[str]:
    return {e.sub_event_type for e in fuse(analyze_text(text, "2014-06-13").claims)}


@pytest.mark.parametrize("text", [
    "Kurdish Peshmerga forces took over the oil city of Kirkuk, Iraq on Thursday after Iraqi army units left their bases there.",
    "Rebels took over the town of Kidal in Mali on Thursday after soldiers abandoned their positions.",
])
def test_taking_after_the_holders_left_is_a_transfer(text):
    assert _subs(text) == {"Non-violent transfer of territory"}


@pytest.mark.parametrize("text", [
    "Rebels took over the town of Kidal in Mali on Thursday as thousands of residents fled.",
    "Rebels seized the town of Kidal in Mali on Thursday after heavy fighting with soldiers.",
])
def test_taking_while_civilians_fled_or_after_fighting_is_a_capture(text):
    assert _subs(text) == {"Non-state actor overtakes territory"}


def test_the_transfer_is_at_the_place_taken():
    text = ("BAGHDAD, June 12 - Kurdish Peshmerga forces took over the oil city of Kirkuk on Thursday after Iraqi army "
            "units left their bases there, a spokesman for the Peshmerga ministry said.")
    events = fuse(analyze_text(text, "2014-06-12").claims)
    assert [(e.sub_event_type, e.location.name) for e in events] == [("Non-violent transfer of territory", "Kirkuk")]
