"""Typing rules for short multi-sentence snippets, on texts written for these tests (not from any eval set).

Each case is a general distinction of the ACLED codebook: a later sentence that tells more about the same
event, the order of the events a sentence reports, and the side that takes ground.
"""
from __future__ import annotations

import pytest

from sitroom.pipeline import classify_text

CASES = [
    # a later sentence that refers back to the attack names its weapon
    ("Police stations were hit by coordinated attacks in four districts of the province on Monday night. "
     "Officials said the attacks were carried out with hand grenades.", "Grenade"),
    ("Dozens of people were treated for breathing problems after militants fired shells into the town on Friday. "
     "Doctors suspect the shells contained chlorine gas.", "Chemical weapon"),
    # ... but an unrelated later weapon (no reference back) does not retype the first event
    ("Gunmen attacked a police checkpoint outside the town on Monday, killing two officers. "
     "Separately, warplanes struck a village further north.", "Armed clash"),
    # ground taken after the other side pulled out was handed over, not won in a fight
    ("Militants took control of the border crossing on Tuesday. "
     "They entered the post following the withdrawal of government troops overnight.",
     "Non-violent transfer of territory"),
    # the event is the one the sentence's own verb reports; an earlier attack recalled in a relative clause
    # is history
    ("Government forces captured three villages on Wednesday, moving closer to a town that was the scene of "
     "a chemical weapons attack years ago.", "Government regains territory"),
    # an army the actor lists do not know is still a state's force taking back ground
    ("After a surprise assault the country's army recovered the regions along the border that rebels had "
     "held since the spring.", "Government regains territory"),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1] + ":" + c[0][:30] for c in CASES])
def test_main_event_type(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected


DISRUPTED = [
    # a weapon word right before the found object belongs to it ("mortar bombs were found")
    ("Mortar bombs have been discovered by farmers in a field near the river on Sunday.", "Disrupted weapons use"),
    # a toll told in a clause about other blasts leaves the find a find
    ("An improvised explosive device has been found near the bus station and defused, police said after blasts killed "
     "eleven people in the city.", "Disrupted weapons use"),
    # ... while the fragments of an intercepted missile that kill someone still make an attack
    ("Air defences intercepted a ballistic missile over the city; its debris killed a man.",
     "Shelling/artillery/missile attack"),
    # people intercepted are arrested, and planning attacks is no attack
    ("Police intercepted 12 suspected members of an armed group planning attacks on the capital.", "Arrests"),
]


@pytest.mark.parametrize("text, expected", DISRUPTED, ids=[c[1] + ":" + c[0][:30] for c in DISRUPTED])
def test_disrupted_or_not(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected


ONE_SIDED = [
    # "leaving 14 people dead": the toll word says nothing of who the dead were; a militia quoted as the
    # source is no side in the fighting
    ("Militants attacked two villages in the district on Sunday, leaving 14 people dead, according to local "
     "vigilantes.", "Attack"),
    # ... while soldiers among the dead still make a battle
    ("Militants attacked an army post near the village on Sunday, killing four soldiers.", "Armed clash"),
]


@pytest.mark.parametrize("text, expected", ONE_SIDED, ids=[c[1] + ":" + c[0][:30] for c in ONE_SIDED])
def test_attack_or_clash(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected


BACKGROUND_DATES = [
    # a date that dates a noun ("last month's price rise") or a relative clause ("which was built in 1890")
    # does not make the sentence history
    ("Angry students blocked roads in the capital over last month's rise in fuel prices.", "Violent demonstration"),
    ("Armed men looted the town museum, which was built in 1890, and carried off its collection.",
     "Looting/property destruction"),
]


@pytest.mark.parametrize("text, expected", BACKGROUND_DATES, ids=[c[1] + ":" + c[0][:30] for c in BACKGROUND_DATES])
def test_old_date_of_a_noun(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected


def test_old_date_of_the_event_is_history():
    assert classify_text("Armed men looted the town museum in 1890 and carried off its collection.") is None


LEXICON = [
    # an acronym is no participle: "an IED" is the weapon
    ("Three soldiers were wounded when an IED planted by militants exploded under their patrol on 2 May.",
     "Remote explosive/landmine/IED"),
    # the weapon, an aside between commas, then the blast
    ("A mine, which had been laid by insurgents, exploded under a minibus on the road to the market.",
     "Remote explosive/landmine/IED"),
    # "kamikazes" as a noun are suicide bombers
    ("Two teenage kamikazes blew up near a crowded market on Sunday, killing five people.", "Suicide bomb"),
    # "drove back the militants from": the army took the ground back
    ("The army drove back the militants from two villages in the north of the province on Monday.",
     "Government regains territory"),
    # "a man accused of theft" reports no speech: the mob is the event
    ("A mob lynched a young man accused of stealing cattle in the village on Monday.", "Mob violence"),
]


@pytest.mark.parametrize("text, expected", LEXICON, ids=[c[1] + ":" + c[0][:30] for c in LEXICON])
def test_lexicon_patterns(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected


def test_snippet_naming_only_a_month_is_news_of_that_month():
    text = "Government forces used sulphur mustard in a June 2017 attack on the town, inspectors have found."
    assert classify_text(text) == ("Explosions/Remote violence", "Chemical weapon")


ARRESTS_AND_MISSIONS = [
    # surrounding a house is how an arrest is made, not a battle
    ("Police surrounded the house of the opposition leader and placed him under house arrest on Friday.", "Arrests"),
    # "fighters of <a group> were detained": the fighters are the detained, so the state arrested them
    ("Dozens of militants of the Kurdistan Workers Party (PKK) were detained in operations across three provinces.",
     "Arrests"),
    # a mission describes the actor: the news is the withdrawal and the handover
    ("The international force tasked with fighting the insurgents withdrew from the airbase on Monday. "
     "It handed control of the base over to the national army.", "Non-violent transfer of territory"),
]


@pytest.mark.parametrize("text, expected", ARRESTS_AND_MISSIONS,
                         ids=[c[1] + ":" + c[0][:30] for c in ARRESTS_AND_MISSIONS])
def test_arrests_and_missions(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected


TRANSFER_AND_LOOTING = [
    # armed men leaving the place they held under a deal hand it over; the deal itself is not the news
    ("Rebels and their families began leaving the besieged district on Thursday under an evacuation deal "
     "with the government.", "Non-violent transfer of territory"),
    # ... while civilians leaving under the same kind of deal do not transfer ground
    ("Thousands of civilians were evacuated from the district on Thursday under a deal agreed between the two "
     "sides.", "Agreement"),
    # "attacks" with no armed side in which shops were looted are the looting
    ("Several towns were gripped by attacks on foreigners overnight, during which about thirty shops were looted.",
     "Looting/property destruction"),
]


@pytest.mark.parametrize("text, expected", TRANSFER_AND_LOOTING,
                         ids=[c[1] + ":" + c[0][:30] for c in TRANSFER_AND_LOOTING])
def test_transfer_and_looting(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected


def test_snippet_about_gang_crime_reports_no_event():
    text = ("Two men were killed when a grenade exploded in a bar in the city centre on Saturday. "
            "Police said the blast followed a dispute between members of a drug gang.")
    assert classify_text(text) is None


def test_snippet_about_an_accident_reports_no_event():
    text = ("Residents heard several blasts at the flooded chemical plant on Tuesday. "
            "The floods had cut the plant's power supply.")
    assert classify_text(text) is None


def test_attack_on_police_in_a_crime_story_is_still_an_event():
    text = ("A police officer was wounded when a hand grenade exploded outside a school on Monday, in what "
            "investigators called a case of extortion.")
    assert classify_text(text) == ("Explosions/Remote violence", "Grenade")


@pytest.mark.parametrize("second", [
    "The attack came hours after warplanes struck a rebel base nearby.",
    "Officials said the attack followed an air strike on a rebel base nearby.",
])
def test_a_weapon_of_another_attack_does_not_retype_the_first(second):
    text = "Gunmen attacked a checkpoint outside the town on Monday, killing three soldiers. " + second
    assert classify_text(text) == ("Battles", "Armed clash")
