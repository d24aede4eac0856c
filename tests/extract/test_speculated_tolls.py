"""A guess about a toll ('could be high', 'may rise') gives no figure and is no voice for the event."""
import pytest

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

EVENT = "Police fired live rounds at protesters in Mbabane on Tuesday, killing two people, witnesses said. "


def voices(text: str) -> list[list[str]]:
    return [[s.name for s in e.sources] for e in fuse(analyze_text(text, "2021-06-30T09:00:00Z").claims)]


@pytest.mark.parametrize("guess", [
    "Rights groups say the number of dead could be high.",
    "Rights groups said the toll may rise.",
    "Rights groups warned that the death toll is likely to climb.",
])
def test_a_guessed_toll_adds_no_voice(guess):
    assert voices(EVENT + guess) == [["witnesses"]]


def test_a_voice_that_confirms_the_deaths_still_counts():
    assert voices(EVENT + "Rights groups said the attack had happened and that two people died.") == \
        [["witnesses", "Rights groups"]]
