"""Statements, decisions, totals and history are not events; texts written for these tests (no eval text).

Each case is a small report run through the whole extraction (strict mode, as for real reports); the
expectation is which sub-event types come out of it.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 3, 20, 12, tzinfo=timezone.utc)  # a Wednesday


def subtypes(text: str) -> list[str]:
    report = make_report(text, published=PUBLISHED)
    return [c.sub_event_type for c in analyze_report(report).claims if c.polarity == "supports"]


NO_EVENT = [
    # a demand that someone be arrested, and a warrant, report no arrest
    "The opposition leader said the officers responsible for the killings must be arrested.",
    "The prosecutor reissued arrest warrants for three former ministers on Tuesday.",
    # deciding to end talks, or to end a truce, makes no agreement
    "The president said on Monday that he was ending peace talks with the rebel alliance.",
    "The militia ended a ceasefire with the government on Tuesday.",
    # an old truce named as the time of something else
    "The rebels described the raid as revenge for shelling of their villages during a truce they had declared.",
    # an agreement told again as the subject of its failure
    "A ceasefire between the two militias, agreed in the capital last week, has failed to stop the fighting.",
    # running totals
    "The interior ministry says more than 40 of its officers have been killed.",
    "The health ministry said 75 people had been killed since the fighting began.",
    # a captivity recalled by the people's release
    "Two aid workers who had been held hostage by the gang were freed on Tuesday, police said.",
    # history with its calendar date, well before the report
    "The general ordered the assault on the northern province on 2 March, after weeks of tension.",
    # what led up to the news, told as its cause
    "The escalation follows weeks of tension in Nairobi over the planned eviction of families from the Kibera "
    "neighbourhood and police raids on the market during Ramadan.",
]


@pytest.mark.parametrize("text", NO_EVENT, ids=[t[:40] for t in NO_EVENT])
def test_statement_gives_no_event(text):
    assert subtypes(text) == []


def test_a_calendar_day_eight_days_back_is_history_a_week_back_still_news():
    # wire style names the last seven days by weekday and an older day by month and figure
    assert subtypes("Police fired tear gas at protesters in the town of Nakuru on 12 March, witnesses said.") == []
    assert subtypes("Police fired tear gas at protesters in the town of Nakuru on 13 March, witnesses said.") != []


def test_a_calendar_date_named_with_its_weekday_is_still_news():
    # a period report ("covering 6-20 March") names older days with their weekday
    text = "Gunmen attacked a police post in the town of Mopti on Friday 8 March, killing four officers."
    assert subtypes(text) != []


def test_an_agreement_that_was_made_is_still_an_agreement():
    text = "The two militias agreed on Tuesday to a ceasefire in the city of Tripoli, the UN envoy said."
    assert "Agreement" in subtypes(text)


def test_who_the_dead_were_and_whose_rockets_fell_short_add_no_event():
    text = ("The army said many of the dead were fighters and that some were killed by rockets that fell short "
            "inside the town of Khan Younis.")
    assert subtypes(text) == []


def test_a_strike_that_hits_a_building_is_an_air_or_explosive_event_not_a_walkout():
    text = "An Israeli strike hit an apartment block in Gaza City early on Tuesday, killing three people."
    assert subtypes(text) and subtypes(text)[0] == "Air/drone strike"


def claims_of(text: str):
    return [c for c in analyze_report(make_report(text, published=PUBLISHED)).claims if c.polarity == "supports"]


def test_a_person_shot_dead_at_home_by_armed_men_is_an_attack_on_civilians():
    found = claims_of("The mayor of the town was shot dead at his home in Kisumu on Tuesday night when a group of "
                      "armed men stormed the house.")
    assert [c.sub_event_type for c in found] == ["Attack"]
    assert found[0].actor2 is not None and found[0].actor2.inter == 7
    assert found[0].actor1 is not None and found[0].actor1.inter != 7


@pytest.mark.parametrize("text, victim_inter", [
    # a crowd that turns on people outside any demonstration: mob violence against civilians
    ("In the evening angry crowds turned on the party's supporters as they left the rally in Kandy, beating "
     "several of them.", 7),
    # supporters of one camp attacking the other camp's protest: mob violence between crowds, the attacked
    # demonstration its second actor (ACLED's rioters-protesters interaction, 56)
    ("Hundreds of ruling-party supporters armed with clubs attacked a protest camp in Kandy on Monday.", 6),
])
def test_a_crowd_that_sets_upon_people_is_mob_violence(text, victim_inter):
    found = claims_of(text)
    assert found and found[0].sub_event_type == "Mob violence"
    assert found[0].actor1.inter == 5
    assert (found[0].actor2.inter if found[0].actor2 else None) == victim_inter


def test_protesters_who_attack_the_police_remain_a_violent_demonstration():
    found = claims_of("Protesters threw stones and attacked police officers outside parliament in Nairobi on Tuesday.")
    assert found and found[0].sub_event_type == "Violent demonstration"


def test_a_driver_who_takes_a_vehicle_full_of_explosives_into_a_target_is_a_suicide_bomb():
    found = claims_of("On Tuesday a man drove a van packed with 50 kg of explosives into an army base near Mosul "
                      "and set it off, killing six soldiers.")
    assert found and found[0].sub_event_type == "Suicide bomb"


def test_a_parked_vehicle_full_of_explosives_is_a_remote_explosive():
    found = claims_of("A car rigged with explosives blew up outside a police station in Mosul on Tuesday, "
                      "killing three officers.")
    assert found and found[0].sub_event_type == "Remote explosive/landmine/IED"


def test_a_live_page_title_gives_no_event_of_its_own():
    assert claims_of("Lebanon live: dozens killed in strikes on the south\n\nThe latest updates from our team.") == []


def test_one_person_killed_counts_one_death():
    found = claims_of("A woman was killed in Sderot on Tuesday when a rocket hit near her home.")
    assert found and found[0].fatalities is not None and found[0].fatalities.best == 1


def test_a_toll_update_is_dated_by_the_event_and_carries_the_new_toll():
    text = ("The number of people killed by a car bomb at a market in Baidoa rose to 40 on Wednesday, officials said.\n\n"
            "The bomb exploded on Tuesday at the crowded market in Baidoa.")
    found = [c for c in claims_of(text) if c.sub_event_type == "Remote explosive/landmine/IED"]
    assert found and {c.event_date.isoformat() for c in found} == {"2024-03-19"}
    assert found[0].fatalities is not None and found[0].fatalities.best == 40


def test_one_sides_account_of_fighting_already_told_adds_no_event():
    text = ("Rebels and government troops clashed near the town of Rutshuru on Sunday, killing six fighters. "
            "A rebel spokesman said the group had been attacked by the army and was only defending itself.")
    assert subtypes(text) == ["Armed clash"] or set(subtypes(text)) == {"Armed clash"}
    assert len({c.event_date for c in claims_of(text)}) == 1
    assert len([c for c in claims_of(text) if "anaphoric" not in c.flags]) == 1


def test_a_total_since_a_day_is_no_event_even_with_its_town():
    assert subtypes("The governor said dozens of people had been killed in Beni since Sunday.") == []
