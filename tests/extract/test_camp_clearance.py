"""Security forces taking down a crowd's tents clear a protest camp: a protest with intervention (ACLED), not
a place taken back; "taking down" is no capture. Others taking down tents, or anyone taking a town, are not."""
from __future__ import annotations

import pytest

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _subs(text: str, published: str = "2023-01-10") -> list[str]:
    return [e.sub_event_type for e in fuse(analyze_text(text, published).claims)]


CLEARED = [
    "Police in Nairobi tore down the protesters' tents outside parliament on Tuesday.",
    "Riot police in Lima were taking down the tents outside the congress building on Monday morning.",
    "Soldiers pulled down the tents of the sit-in outside the governor's office in Kano, Nigeria on Monday.",
]


@pytest.mark.parametrize("text", CLEARED, ids=[t[:30] for t in CLEARED])
def test_forces_taking_down_tents_clear_a_protest_camp(text):
    assert _subs(text) == ["Protest with intervention"]


def test_arrests_at_the_cleared_camp_are_its_intervention():
    text = ("Soldiers and police are taking down the tents outside the army barracks in Lima, Peru this morning. "
            "Hundreds of people from the camp have been detained, the interior ministry says.")
    assert _subs(text) == ["Protest with intervention"]


def test_aid_workers_taking_down_tents_are_no_event():
    assert _subs("Aid workers in Kenya took down the tents at the Dadaab camp on Monday as families left.") == []


def test_taking_a_town_is_still_a_capture():
    assert _subs("Al-Shabaab fighters took over the town of Bulo Burde in Somalia on Monday.") == \
        ["Non-state actor overtakes territory"]
