"""ACLED typing precedence on sentences written for these tests (not taken from any eval set).

Each case is one of the codebook distinctions the extractor draws; `classify_text` is the triage entry
point, so these check the main event a short text reports.
"""
from __future__ import annotations

import pytest

from sitroom.pipeline import classify_text

CASES = [
    # weapons found, seized or defused: the weapon is the object, not the event
    ("Border police seized 40 assault rifles and 3,000 rounds of ammunition near Zakho on Tuesday.",
     "Disrupted weapons use"),
    ("Army engineers defused two roadside bombs planted on the road to Tal Afar, officials said.",
     "Disrupted weapons use"),
    ("A cache of mortar shells and explosives was discovered by troops in a farmhouse outside Baqubah.",
     "Disrupted weapons use"),
    # bases and posts
    ("Turkish troops set up a new observation post east of Saraqib on Sunday.",
     "Headquarters or base established"),
    # transfers and changes to a group's activity
    ("Government troops withdrew from the border crossing, leaving it in the hands of the militia.",
     "Non-violent transfer of territory"),
    ("The army deployed hundreds of troops and armoured vehicles to the outskirts of the city on Monday.",
     "Change to group/activity"),
    ("Some 300 fighters of the brigade defected to the government side in the south, a commander said.",
     "Change to group/activity"),
    # agreements, including surrenders and prisoner exchanges (ACLED's Agreement covers both)
    ("Forty rebels surrendered to the army in the province on Friday, the military announced.", "Agreement"),
    ("The two sides exchanged prisoners at a checkpoint north of the city under a deal brokered by tribal elders.",
     "Agreement"),
    # an agreement mentioned after the violence does not replace it
    ("Warplanes struck two villages on Thursday, hours after a ceasefire had been declared.", "Air/drone strike"),
    # protests: a violent crowd makes a riot whatever the response; lethal force against a peaceful crowd is
    # excessive force; tear gas or arrests are intervention
    ("Protesters threw stones at police and set tyres on fire in the capital; police answered with tear gas.",
     "Violent demonstration"),
    ("Soldiers opened fire on peaceful demonstrators in the town square, killing four of them.",
     "Excessive force against protesters"),
    ("Police fired tear gas to disperse hundreds of students marching on the parliament on Monday.",
     "Protest with intervention"),
    ("Thousands of teachers marched peacefully through the city centre on Saturday to demand higher pay.",
     "Peaceful protest"),
    # a demonstration told over two sentences takes its most severe type
    ("Several thousand people rallied outside the governor's office on Tuesday. Riot police later detained "
     "dozens of the protesters.", "Protest with intervention"),
    # arrests made in raids are arrests; an explosion with no weapon named is a planted explosive
    ("Security forces detained 15 suspects in overnight raids across the province, the ministry said.", "Arrests"),
    ("A blast ripped through a market in the town on Friday, killing six people.", "Remote explosive/landmine/IED"),
    ("Militants threw a grenade at a police post, causing an explosion that wounded two officers.", "Grenade"),
    # territory: the taking side decides the sub-type
    ("The Somali National Army seized control of the town from al-Shabaab on Wednesday.",
     "Government regains territory"),
    # sexual violence takes precedence over the injuries it caused
    ("Soldiers raped at least ten women in the village, leaving several with serious injuries, a rights group said.",
     "Sexual violence"),
]

NO_EVENT = [
    "A powerful earthquake struck the region on Monday, killing at least 30 people and destroying hundreds of homes.",
    "Four workers were injured when a gas tank exploded at a fertiliser plant on Thursday night.",
    "Police arrested three men suspected of smuggling cocaine through the port, customs officials said.",
    "The government imposed new sanctions over the country's ballistic missile tests.",
    "The group claimed responsibility for the bombing in a statement posted online.",
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1] + ":" + c[0][:30] for c in CASES])
def test_main_event_type(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected


@pytest.mark.parametrize("text", NO_EVENT, ids=[t[:40] for t in NO_EVENT])
def test_not_political_violence(text):
    assert classify_text(text) is None
