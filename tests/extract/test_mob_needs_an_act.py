"""ACLED's mob violence needs violence: a mob's or vigilantes' name alone is no event."""
import pytest

from sitroom.pipeline import analyze_text


def types_of(text: str) -> list[str]:
    return [c.sub_event_type for c in analyze_text(text, "2014-04-17T09:00:00Z").claims if c.polarity == "supports"]


@pytest.mark.parametrize("text", [
    "A mob gathered outside the police station in Kano on Monday.",
    "Vigilantes patrolled the streets of Maiduguri on Monday night.",
    "Local vigilantes and some parents have gone into the forest on their own to look for the girls, residents said.",
])
def test_no_violence_told_no_event(text):
    assert types_of(text) == []


@pytest.mark.parametrize("text", [
    "A mob lynched a suspected thief in Kano on Monday.",
    "Vigilantes beat a suspected thief to death in Kano on Monday.",
    "A mob killed two men accused of blasphemy in Sokoto on Monday.",
])
def test_a_mob_s_violence_is_mob_violence(text):
    assert types_of(text) == ["Mob violence"]
