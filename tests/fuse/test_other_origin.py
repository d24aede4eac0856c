"""A voice putting forward another origin of the fire ("the shots may have come from a private guard") beside
another voice that tells the act makes the event contested: accounts that disagree on who did it (README "Data
model"; `fuse.OTHER_ORIGIN`). Near misses: the same words as the only account, and fire said to come from a place."""
from __future__ import annotations

from sitroom.fuse import OTHER_ORIGIN, fuse


def _events(text: str):
    from sitroom.pipeline import analyze_text

    return fuse(analyze_text(text, "2012-10-05T18:00:00Z", outlet="test desk").claims)


def test_a_hedged_other_origin_beside_witnesses_contests_the_shooting():
    text = ("Soldiers opened fire on protesters blocking a highway near the town of Totonicapan on Thursday, killing "
            "six people, witnesses said. The human rights ombudsman said his investigators had found evidence that "
            "soldiers fired on the protesters. The president said on Thursday evening that the soldiers had been "
            "sent without rifles to support the police and that the shots may have come from a private security "
            "guard.")
    events = [e for e in _events(text) if e.event_type in ("Protests", "Riots", "Violence against civilians")]
    assert events and any(e.status == "contested" for e in events), [(e.sub_event_type, e.status) for e in events]


def test_the_words_alone_or_fire_from_a_place_dispute_nothing():
    assert OTHER_ORIGIN.search("the shots may have come from a private security guard")
    assert OTHER_ORIGIN.search("the blast might have been caused by a gas cylinder")
    assert not OTHER_ORIGIN.search("the shots came from the roof of the ministry")  # told, not put forward
    assert not OTHER_ORIGIN.search("the fire may have spread from the kitchen")
    text = ("Shots fired near a market in the town of Totonicapan on Thursday wounded two people; the shots may have "
            "come from a private security guard, police said.")
    assert all(e.status != "contested" for e in _events(text))
