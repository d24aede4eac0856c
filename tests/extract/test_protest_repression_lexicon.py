"""Broad protest, repression, riot and air-strike phrasings, on sentences written for these tests (not
taken from any eval set). Each group covers a family of wordings named by CODING-RULES.md: force turned
on a gathering is excessive force, tear gas at a march is intervention, a crowd fighting the police is a
riot, a crowd attacking the police is mob violence, and bombs from an aircraft are an air strike."""
from __future__ import annotations

import pytest

from sitroom.pipeline import classify_text

CASES = [
    # shooting at a gathering, however the gathering is named
    ("Riot police fired on hundreds of miners who were marching to the regional capital on Tuesday.",
     "Excessive force against protesters"),
    ("Soldiers opened fire on a march of teachers outside the ministry, witnesses said.",
     "Excessive force against protesters"),
    ("A procession of students heading to the square came under heavy fire from plain-clothes gunmen on Sunday.",
     "Excessive force against protesters"),
    # tear gas at a march or a funeral procession: intervention, not an attack on civilians
    ("Police fired tear gas at a funeral procession in the old town on Friday.", "Protest with intervention"),
    ("Officers used tear gas to break up a march by nurses in the capital.", "Protest with intervention"),
    # a crowd fighting the police in the street: a riot
    ("Residents were throwing rocks at the gendarmes and burning tyres on the main avenue on Thursday.",
     "Violent demonstration"),
    ("Demonstrators tried to break through police lines near the presidential palace.", "Violent demonstration"),
    # "young men" / "young people" as the crowd that fights the police: a riot
    ("In Accra, young men hurled rocks at riot police and blocked the highway with burning tyres on Tuesday.",
     "Violent demonstration"),
    ("Young people set fire to a police post and threw stones at officers in the market town on Sunday.",
     "Violent demonstration"),
    ("In the port city, young men put up barricades of burning tyres and fought the gendarmes until dawn.",
     "Violent demonstration"),
    # a crowd attacking the police or their station: mob violence
    ("A crowd attacked the police station in the market town on Sunday, killing four officers.", "Mob violence"),
    # gunmen firing on unarmed people: an attack, not a battle
    ("Masked men opened fire on the group as it left a restaurant in the suburb on Saturday night.", "Attack"),
    ("Gunmen on motorbikes shot at supporters of the mayor outside a school, killing two.", "Attack"),
    # aircraft named without "air strike"
    ("The air force carried out several raids on rebel positions near the border on Tuesday.", "Air/drone strike"),
    ("A market in the town was hit by bombs dropped from a military aircraft on Sunday.", "Air/drone strike"),
    ("Army helicopters opened fire on a convoy of the insurgents north of the city.", "Air/drone strike"),
    # the month is not a march
    ("Heavy fighting was reported on 3 March in the north of the province.", "Armed clash"),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1] + ":" + c[0][:30] for c in CASES])
def test_sub_event_type(text, expected):
    found = classify_text(text)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected
