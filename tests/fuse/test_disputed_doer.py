"""Accounts that disagree on who did it make the event contested (README "Data model": contested is sources
in conflict; `extract.claims._mark_disputed_doers`): a group claims an attack and another voice names another
doer or says it did not come from the claimant's country; a voice blames a group and the group denies it.
Near misses: a second voice naming the claimant itself, a sponsor accused behind the claimant, a blame for an
attack of years ago, a blame nobody answers, and a riot when the blamed group is said to be behind gunmen."""
from __future__ import annotations

from sitroom.fuse import fuse


def _events(text: str, published: str = "2023-05-14T18:00:00Z"):
    from sitroom.pipeline import analyze_text

    return fuse(analyze_text(text, published, outlet="test desk").claims)


def _statuses(events):
    return [(e.sub_event_type, e.status) for e in events]


CLAIMED = ("Gunmen stormed a hotel in the northern town of Kidal on Saturday night and killed 12 guests, police said. "
           "Islamic State said in a statement on its Amaq agency that its fighters had carried out the attack. ")


def test_a_minister_naming_another_group_as_the_attackers_contests_the_claimed_attack():
    text = CLAIMED + ("The security minister said the attackers were members of the Macina Liberation Front and "
                      "that Islamic State had no fighters in the region.")
    events = _events(text)
    assert events and all(e.status == "contested" for e in events), _statuses(events)


def test_a_minister_naming_the_claimant_as_the_attackers_does_not_contest_it():
    text = CLAIMED + "The security minister said the attackers were members of Islamic State."
    events = _events(text)
    assert events and all(e.status != "contested" for e in events), _statuses(events)


def test_no_evidence_the_attack_came_from_the_claimants_country_contests_it():
    text = ("Drones struck an oil terminal near the port of Yanbu early on Saturday and set storage tanks on fire, the "
            "energy ministry said. Yemen's Houthi movement said it had carried out the attack. A US official said "
            "there was no evidence the attack had come from Yemen.")
    events = _events(text)
    assert events and all(e.status == "contested" for e in events), _statuses(events)


def test_a_sponsor_accused_behind_the_claimant_or_an_old_blame_contests_nothing():
    text = CLAIMED + ("The government accused a neighbouring state of having a hand in the attack. In 2017 the "
                      "government blamed Ansar Dine militants and later said its troops had raided their camps.")
    events = _events(text)
    assert events and all(e.status != "contested" for e in events), _statuses(events)


UNREST = ("A group of armed men attacked a police station in the town of Osh on Friday and seized weapons, officials "
          "said. On Saturday, residents of a nearby town set fire to the mayor's office, residents said. "
          "The government blamed the banned Islamic Renewal Party for organising the unrest.")


def test_a_blamed_group_denying_any_role_contests_the_unnamed_gunmens_attack_not_the_riot():
    events = _events(UNREST + " The Islamic Renewal Party denied any role.")
    gunmen = [e for e in events if e.actor1 is not None and e.actor1.name.startswith("Unidentified")]
    riots = [e for e in events if e.event_type == "Riots"]
    assert gunmen and all(e.status == "contested" for e in gunmen), _statuses(events)
    assert all(e.status != "contested" for e in riots), _statuses(events)


def test_a_blame_nobody_answers_contests_nothing():
    events = _events(UNREST)
    assert events and all(e.status != "contested" for e in events), _statuses(events)


def test_a_blamed_group_denying_the_charge_contests_a_riot_told_without_gunmen():
    text = ("Rioters set fire to shops and cars in the centre of Urumqi on Sunday, police said. The regional governor "
            "accused the Free Highland Congress of planning the riot. The Free Highland Congress denied the charge.")
    events = [e for e in _events(text) if e.event_type == "Riots"]
    assert events and all(e.status == "contested" for e in events), _statuses(events)
    # near miss: another voice's denial of something else answers no blame
    text = text.replace("The Free Highland Congress denied the charge.", "Police denied the charge of brutality.")
    events = [e for e in _events(text) if e.event_type == "Riots"]
    assert events and all(e.status != "contested" for e in events), _statuses(events)
