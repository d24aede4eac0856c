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


# ACLED's mutiny convention: soldiers who turn on their government are a rebel side (inter 2),
# "Mutiny of Military Forces of X", not the state forces they broke from
MUTINY = """---
published: 2022-01-24T18:00:00Z
outlet: sitroom tests
title: Mutiny in the capital
---
Later, coup plotters attacked the police headquarters in Ouagadougou, killing three officers.

A faction of the army shelled the state television building in Ouagadougou on Monday morning.

Loyal troops arrested five mutineers at the Lamizana barracks in Ouagadougou on Monday evening.
"""


def test_mutinous_units_are_a_rebel_side(tmp_path):
    from sitroom.ingest import read_inputs
    from sitroom.pipeline import analyze_report

    path = tmp_path / "mutiny.txt"
    path.write_text(MUTINY, encoding="utf-8")
    claims = analyze_report(list(read_inputs([str(path)]))[0].report).claims
    by_type = {c.sub_event_type: c for c in claims}
    assert set(by_type) >= {"Armed clash", "Shelling/artillery/missile attack", "Arrests"}
    for sub in ("Armed clash", "Shelling/artillery/missile attack"):
        actor = by_type[sub].actor1
        assert actor is not None and actor.name.startswith("Mutiny of Military Forces of Burkina Faso")
        assert actor.inter == 2 and actor.side == "opposition"
    arrested = by_type["Arrests"]
    assert arrested.actor1 is not None and arrested.actor1.side == "government"
    assert arrested.actor2 is not None and arrested.actor2.side == "opposition"
