"""Who speaks for an event, end to end (report text -> claims -> events): how a speaker is named and what kind
of source it is, a second voice restating an attack, a party denying its own forces' act, and the status
these give (PRODUCT.md: reported / claimed / corroborated / contested)."""
from __future__ import annotations


import pytest

from sitroom.extract.sources import resolve_source
from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text


def _events(text: str, published: str = "2022-03-14T18:00:00Z"):
    return fuse(analyze_text(text, published, outlet="test desk").claims)


def _claims(text: str, published: str):
    return analyze_text(text, published, outlet="test desk").claims


def _told(events, words):
    found = [e for e in events if any(words in x.text for x in e.evidence if x.field == "sentence")]
    assert len(found) == 1, [(e.sub_event_type, e.location and e.location.name) for e in events]
    return found[0]


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
    # a prefect is a state official; the organisers of a march are its activists
    ("the prefect", "France", "prefect", "government"),
    ("organisers", "France", "organisers", "activists"),
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


# ----------------------------------------------------------------------------- parties owning or disowning

def test_a_group_claiming_responsibility_in_the_lede_corroborates_the_attack_told_below():
    text = ("KABUL - The Khorasan Liberation Front (KLF) on Tuesday claimed responsibility for last week's "
            "bombing at a bus station in Jalalabad.\n\n"
            "On Thursday a suicide bomber blew himself up among passengers at the bus station in "
            "Jalalabad, killing nine people, local officials said.")
    events = _events(text, published="2022-03-15T18:00:00Z")
    e = _one(events, "Suicide bomb")
    assert any(s.kind == "armed group" and "KLF" in s.name for s in e.sources), [s.name for s in e.sources]
    assert e.status == "corroborated"


def test_a_responsibility_claim_with_no_such_attack_told_makes_no_event():
    text = "The Khorasan Liberation Front (KLF) on Tuesday claimed responsibility for the kidnapping of two engineers."
    assert [e for e in _events(text) if e.event_type == "Explosions/Remote violence"] == []


def test_a_group_saying_it_had_nothing_to_do_with_the_bombing_contests_it():
    text = ("A bomb exploded in a market in Quetta on Monday, killing six people, police said. "
            "The Baluch Liberation Army (BLA) said it had nothing to do with the bombing.")
    e = _one(_events(text, published="2022-03-15T18:00:00Z"), "Remote explosive/landmine/IED")
    assert e.status == "contested"


@pytest.mark.parametrize("phrase,name", [
    # (named by the group's name, not by the acronym ACLED files it under: "TTP: Tehreek-i-Taliban Pakistan")
    ("A commander of the Pakistani Taliban", "Tehreek-i-Taliban Pakistan"),
    ("one senior member of the Islamic State", "Islamic State"),
])
def test_a_member_of_an_armed_group_speaks_for_the_group(phrase, name):
    src = resolve_source(phrase, f"{phrase} said", 0, 10, None, "Pakistan")
    assert src is not None and src.kind == "armed group" and name in src.name


def test_the_groups_spokesman_is_the_group_named_before():
    text = ("Fighters of the Khorasan Liberation Front (KLF) attacked an army post near Kandahar, Afghanistan, on "
            "Monday, killing four soldiers, the governor said. The group's spokesman confirmed the attack.")
    e = _one(_events(text, published="2022-03-15T18:00:00Z"), "Armed clash")
    assert any(s.kind == "armed group" for s in e.sources), [(s.name, s.kind) for s in e.sources]


# ------------------------------------------------------------------------ two voices in one sentence

def test_the_other_side_saying_its_troops_pulled_back_corroborates_a_capture():
    text = ("- Kunduz (Sunday 8 August): The Taliban said they had seized Kunduz after a night of fighting; "
            "an army officer said troops had withdrawn to the airport outside the city.")
    e = _one(_events(text, published="2021-08-08T20:00:00Z"), "Non-state actor overtakes territory")
    assert e.status == "corroborated", [(s.name, s.kind) for s in e.sources]


def test_a_party_retelling_a_capture_by_pronoun_and_an_official_confirming_it():
    text = ("- Kunduz (Sunday 8 August): Taliban fighters took the city after clashes overnight. "
            "The Taliban said they had captured it, and a local official confirmed that the army base had fallen.")
    e = _one(_events(text, published="2021-08-08T20:00:00Z"), "Non-state actor overtakes territory")
    assert len(e.sources) >= 3 and e.status == "corroborated", [(s.name, s.kind) for s in e.sources]


def test_a_second_speaker_on_something_else_adds_no_voice():
    text = ("- Kunduz (Sunday 8 August): The Taliban said they had seized Kunduz after a night of fighting; "
            "an army officer said the weather had grounded aircraft.")
    e = _one(_events(text, published="2021-08-08T20:00:00Z"), "Non-state actor overtakes territory")
    assert e.status == "claimed", [(s.name, s.kind) for s in e.sources]


# ------------------------------------------------------------ an eyewitness attribution closing a paragraph

def test_witnesses_closing_a_line_speak_for_the_scene_told_just_before():
    text = ("4.10pm - In Nairobi, supporters of the ruling party armed with clubs attacked a group of students. "
            "Police fired tear gas at the crowd near the parliament, witnesses said.")
    riot = _told(_events(text, published="2022-03-14T18:00:00Z"), "armed with clubs attacked")
    assert any(s.name == "witnesses" for s in riot.sources), [s.name for s in riot.sources]
    assert riot.status == "reported"


def test_an_official_closing_a_line_does_not_take_over_the_sentence_before():
    # only an eyewitness voice covers the scene before it; a ministry's word covers its own sentence
    text = ("4.10pm - In Nairobi, supporters of the ruling party armed with clubs attacked a group of students. "
            "Police fired tear gas at the crowd near the parliament, the interior ministry said.")
    first = [c for c in _claims(text, published="2022-03-14T18:00:00Z")
             if any("armed with clubs" in e.text for e in c.evidence if e.field == "sentence")]
    assert first and not any("ministry" in c.source.name for c in first), [c.source.name for c in first]
    witnessed = text.replace("the interior ministry said", "witnesses said")
    first = [c for c in _claims(witnessed, published="2022-03-14T18:00:00Z")
             if any("armed with clubs" in e.text for e in c.evidence if e.field == "sentence")]
    assert any(c.source.name == "witnesses" for c in first)


def test_the_council_set_up_by_coup_leaders_speaks_for_them():
    text = ("NIAMEY - Soldiers who seized power in a coup on Wednesday read a statement on state television announcing "
            "a National Council for the Defence of the Republic (CNDR).\n\n"
            "The presidential guard detained the president at his residence on Wednesday, the CNDR said.")
    arrest = _one(_events(text, published="2023-07-27T18:00:00Z"), "Arrests")
    assert arrest.status == "claimed", [(s.name, s.kind, s.party) for s in arrest.sources]


def test_a_council_defined_without_a_coup_is_no_party():
    text = ("NIAMEY - Aid groups formed a National Council for Relief Coordination (CNCR) on Wednesday.\n\n"
            "Police detained two journalists at their office on Wednesday, the CNCR said.")
    arrest = _one(_events(text, published="2023-07-27T18:00:00Z"), "Arrests")
    assert arrest.status == "reported", [(s.name, s.kind, s.party) for s in arrest.sources]


def test_another_outlet_also_reporting_a_strike_is_a_voice_for_the_strike_just_told():
    text = ("- Hodeidah, Saturday: A British warship fired missiles at a Houthi radar site in Hodeidah early on "
            "Saturday, British officials said. Al-Masirah also reported a strike near the port.")
    e = _told(_events(text, published="2024-01-13T13:00:00Z"), "fired missiles")
    assert e.status == "corroborated", [(s.name, s.kind) for s in e.sources]


def test_without_also_an_indefinite_strike_is_not_the_one_just_told():
    text = ("- Hodeidah, Saturday: A British warship fired missiles at a Houthi radar site in Hodeidah early on "
            "Saturday, British officials said. Al-Masirah reported a different incident, a fire at a warehouse.")
    e = _told(_events(text, published="2024-01-13T13:00:00Z"), "fired missiles")
    assert not any("Masirah" in s.name for s in e.sources) and e.status != "corroborated", \
        [(s.name, s.kind) for s in e.sources]


def test_the_people_around_a_leader_are_a_source():
    src = resolve_source("a member of the cleric's entourage", "a member of the cleric's entourage said", 0, 10,
                         None, "Mali")
    assert src is not None and "entourage" in src.name and src.kind == "family"
