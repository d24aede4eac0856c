"""Who speaks for an event, end to end (report text -> claims -> events): how a speaker is named and what kind
of source it is, a second voice restating an attack, a party denying its own forces' act, and the status
these give (PRODUCT.md: reported / claimed / corroborated / contested)."""
from __future__ import annotations

import pathlib
import tempfile

import pytest

from sitroom.extract.sources import resolve_source
from sitroom.fuse import fuse


def _events(text: str, published: str = "2022-03-14T18:00:00Z"):
    from sitroom.ingest import read_inputs
    from sitroom.pipeline import analyze_report

    with tempfile.TemporaryDirectory() as d:
        path = pathlib.Path(d) / "r.txt"
        path.write_text(f"---\npublished: {published}\noutlet: test desk\n---\n{text}\n", encoding="utf-8")
        report = list(read_inputs([str(path)]))[0].report
        return fuse(analyze_report(report).claims)


def _one(events, sub):
    found = [e for e in events if e.sub_event_type == sub]
    assert len(found) == 1, [(e.sub_event_type, e.location and e.location.name, e.status) for e in events]
    return found[0]


# ------------------------------------------------------------------ how a speaker is named, what kind it is

@pytest.mark.parametrize("phrase,country,name,kind", [
    # a state's army or police speaks under the report's words, not under its ACLED actor label
    ("the army", "Sudan", "army", "military"),
    ("Kenya's police", "Kenya", "Kenya police", "police"),
    # a government keeps its canonical name
    ("the transitional government", "Mali", "Government of Mali", "government"),
    # an attorney general is a state prosecutor, not a family's lawyer
    ("the attorney general's office", "Colombia", "attorney general's office", "government"),
    # paramedics and rescuers are medical sources
    ("paramedics", "Israel", "paramedics", "medical"),
    ("rescue workers", "Turkey", "rescue workers", "medical"),
])
def test_speaker_names_and_kinds(phrase, country, name, kind):
    src = resolve_source(phrase, f"{phrase} said", 0, len(phrase), None, country)
    assert src is not None
    assert src.name.lower().startswith(name.lower())
    assert src.kind == kind


def test_an_army_speaking_is_still_its_state_party():
    src = resolve_source("the army", "the army said", 0, 8, None, "Sudan")
    assert src.party == "state_forces:SDN"


# ------------------------------------------------------------------------------------- second voices

def test_survivors_restating_the_attack_corroborate_the_governments_toll():
    # the government's toll and the survivors' account: two independent voices on one massacre
    text = ("Gunmen on motorbikes killed villagers in Tillaberi on Sunday night, the government said. "
            "Survivors who fled to the town said the attackers went from house to house.")
    e = _one(_events(text), "Attack")
    assert e.status == "corroborated", [s.name for s in e.sources]
    assert any(s.kind == "witnesses" for s in e.sources)


def test_a_second_sentence_about_something_else_adds_no_voice():
    text = ("Gunmen on motorbikes killed villagers in Tillaberi on Sunday night, the government said. "
            "Survivors said the harvest had already failed.")
    e = _one(_events(text), "Attack")
    assert not any(s.kind == "witnesses" for s in e.sources)


def test_the_lede_does_not_corroborate_the_source_it_rests_on():
    text = ("Militiamen torched the market in Bunia on Saturday.\n\n"
            "The militiamen set fire to the market in Bunia on Saturday and looted shops, residents said.")
    e = _one(_events(text, published="2022-03-13T18:00:00Z"), "Looting/property destruction")
    assert e.status == "reported"


# ------------------------------------------------------------------------- a party denying its own act

def test_a_minister_saying_the_army_did_not_fire_contests_the_shooting():
    text = ("Soldiers fired on protesters at a roadblock in Oruro on Monday, killing three, witnesses said. "
            "The defence minister said on Tuesday that the army had not fired a single shot and blamed armed "
            "men in the crowd.")
    e = _one(_events(text, published="2022-03-15T18:00:00Z"), "Excessive force against protesters")
    assert e.status == "contested"


def test_a_witness_saying_police_did_not_fire_back_is_no_denial():
    # only a party disputing what its own forces did contests the event; a witness' detail does not
    text = ("Gunmen attacked a checkpoint in Mopti on Monday and the police did not fire back, witnesses said.")
    events = _events(text, published="2022-03-15T18:00:00Z")
    assert events and all(e.status != "contested" for e in events)
