"""ACLED's mutiny convention across a report: soldiers who turn on their government are
"Mutiny of Military Forces of X" (inter 2); the forces that stay loyal remain the government's.
Sentences written for these tests (not taken from any eval set); expected values checked by hand."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract import Options
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report


def _claims(text: str, published: str = "2022-03-10"):
    day = datetime.fromisoformat(published).replace(tzinfo=timezone.utc)
    return analyze_report(make_report(text, published=day), Options()).claims


def _from_sentence(text: str, sentence: str):
    start = text.index(sentence)
    return [c for c in _claims(text)
            if any(e.field == "sentence" and e.start <= start < e.end for e in c.evidence)]


def _mutiny(actor) -> bool:
    return actor is not None and actor.name.startswith("Mutiny of Military Forces") and actor.inter == 2


# ------------------------------------------------------------------ two units of one state's forces fighting

CLASHES = [
    "Soldiers clashed with the presidential guard outside the palace in Niamey on Wednesday.",
    "Army units exchanged fire with members of the republican guard near the airport in Bamako on Tuesday.",
    "Soldiers from the Kati camp fought loyal troops for several hours in Bamako on Monday.",
]


@pytest.mark.parametrize("text", CLASHES, ids=[t[:40] for t in CLASHES])
def test_a_unit_fighting_the_loyal_forces_is_a_mutiny(text):
    clashes = [c for c in _claims(text) if c.sub_event_type == "Armed clash"]
    assert clashes, f"no clash for: {text}"
    c = clashes[0]
    assert _mutiny(c.actor1), c.actor1
    assert c.actor2 is not None and c.actor2.inter == 1 and c.actor2.side == "government"


def test_rival_units_with_no_loyal_side_are_not_guessed():
    text = "Rival army units clashed in Khartoum on Saturday."
    assert not any(_mutiny(c.actor1) or _mutiny(c.actor2) for c in _claims(text))


# ------------------------------------------------------------------ the report keeps the mutineers' side

CARRIED = [
    ("Troops led by Colonel Amadou Diallo seized power in Niamey on Sunday.",
     "The troops detained the prime minister at his residence in Niamey on Sunday evening."),
    ("Mutinous soldiers attacked the state broadcaster in Ouagadougou on Monday.",
     "Soldiers later shelled the headquarters of the national police in Ouagadougou."),
    ("Soldiers clashed with the presidential guard in Conakry on Sunday morning.",
     "By the afternoon the soldiers had stormed the presidential palace in Conakry."),
]


@pytest.mark.parametrize("first, later", CARRIED, ids=[t[1][:40] for t in CARRIED])
def test_later_mentions_of_the_mutinous_unit_keep_the_mutiny_side(first, later):
    text = f"{first} {later}"
    found = [c for c in _from_sentence(text, later) if "anaphoric" not in c.flags]
    assert found, f"no event for: {later}"
    assert _mutiny(found[0].actor1), found[0].actor1


def test_loyal_troops_stay_government_in_a_mutiny_report():
    text = ("Mutinous soldiers attacked the state broadcaster in Ouagadougou on Monday. "
            "Loyal troops arrested five mutineers at the barracks in Ouagadougou on Monday evening.")
    arrests = [c for c in _claims(text) if c.sub_event_type == "Arrests"]
    assert arrests and arrests[0].actor1 is not None and arrests[0].actor1.side == "government"
    assert _mutiny(arrests[0].actor2)


def test_soldiers_in_a_report_with_no_mutiny_stay_government():
    text = ("Soldiers attacked a rebel camp near Kidal on Monday. "
            "Soldiers later arrested ten suspects in Kidal.")
    assert not any(_mutiny(c.actor1) or _mutiny(c.actor2) for c in _claims(text))
