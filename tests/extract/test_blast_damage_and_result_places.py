"""Bombings told the way wire stories tell them: a toll that passes a figure on the report's day, the damage a
blast did, a device that goes off unnamed as a bomb, a town located by its distance from another, a strike
whose place only its result clause names, a force's destination. Texts written for these tests; every
expected value was worked out by hand from the sentence, not copied from the code's output."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 3, 20, 18, tzinfo=timezone.utc)  # a Wednesday


def events_of(text: str, published: datetime = PUBLISHED):
    return fuse(analyze_report(make_report(text, published=published)).claims)


def summary(events):
    return sorted((e.sub_event_type, e.event_date.isoformat(), e.location.name if e.location else None)
                  for e in events)


# ------------------------------------------------------------------------------------- tolls passing a figure

@pytest.mark.parametrize("verb", ["passed 60", "rose above 60", "topped 60", "climbed past 60"])
def test_toll_passing_a_figure_is_dated_by_the_attack(verb):
    text = (f"The number of people killed in the bombing of a market in Quetta {verb} on Wednesday, "
            "officials said.\n\n"
            "A car bomb exploded in the crowded market in Quetta late on Monday, police said.")
    events = events_of(text)
    assert summary(events) == [("Remote explosive/landmine/IED", "2024-03-18", "Quetta")]


# ---------------------------------------------------------------------------------------- a blast's damage

@pytest.mark.parametrize("second", [
    "The blast left a crater in the street, brought down the roof of the hall and set fire to cars nearby.",
    "The second explosion set fire to shops and houses along the road, police said.",
])
def test_damage_done_by_the_blast_is_part_of_the_bombing(second):
    text = ("A bomb exploded outside a wedding hall in Quetta on Tuesday, killing nine people, police said. "
            + second)
    assert [e.sub_event_type for e in events_of(text)] == ["Remote explosive/landmine/IED"]


def test_burning_by_armed_men_after_a_blast_stays_its_own_event():
    # another subject, the gunmen, set the houses on fire: not the blast's doing
    text = ("A bomb exploded outside a police station in Quetta on Tuesday, police said. Later that night "
            "gunmen set fire to houses in the village of Kuchlak.")
    assert "Looting/property destruction" in [e.sub_event_type for e in events_of(text)]


# ------------------------------------------------------------------------------------ a device that went off

@pytest.mark.parametrize("sentence", [
    "A small device exploded near the post office in Mardan on Tuesday, police said.",
    "On Tuesday night a second device went off outside the bank in Mardan, police said.",
])
def test_a_device_that_goes_off_is_a_bomb(sentence):
    assert [e.sub_event_type for e in events_of(sentence)] == ["Remote explosive/landmine/IED"]


def test_a_device_that_is_only_found_is_no_explosion():
    events = events_of("Police found a suspicious device near the post office in Mardan on Tuesday and "
                       "defused it.")
    assert "Remote explosive/landmine/IED" not in [e.sub_event_type for e in events]


# ------------------------------------------------------------------------- a town located by its distance

@pytest.mark.parametrize("locator", ["about 15 km from", "some 20 miles north of", "just south of"])
def test_a_town_located_by_distance_gives_no_second_event(locator):
    text = f"A bomb exploded at a checkpoint in Mardan, {locator} Peshawar, on Tuesday, police said."
    assert summary(events_of(text)) == [("Remote explosive/landmine/IED", "2024-03-19", "Mardan")]


@pytest.mark.parametrize("gap, locates", [
    (", about 10 km from ", True), (", 40 miles north-west of the capital ", True), (", just south of ", True),
    (", outside ", True),
    # a list, another clause, a title: no distance or bearing
    (", ", False), (", and from ", False), (", the capital ", False),
    (", with fighting spreading to the outskirts of ", False),
])
def test_distance_apposition_wording(gap, locates):
    from sitroom.geo.link import DISTANCE_APPOSED

    assert bool(DISTANCE_APPOSED.match(gap)) is locates


# ------------------------------------------------------------------------------ the result clause's place

def test_a_strike_placed_only_by_its_result_clause():
    text = ("ADEN, March 20 - Drones struck two fuel depots before dawn on Tuesday, setting off large fires "
            "at the storage plant in Mukalla, officials said.")
    assert summary(events_of(text)) == [("Air/drone strike", "2024-03-19", "Mukalla")]


def test_a_strike_with_a_place_of_its_own_keeps_it():
    text = ("ADEN, March 20 - Drones struck a fuel depot in Mukalla before dawn on Tuesday, setting off fires "
            "that could be seen from Shihr, officials said.")
    assert [e.location.name for e in events_of(text)] == ["Mukalla"]


# ---------------------------------------------------------------------------------- a force's destination

def test_where_troops_were_travelling_to_is_not_the_place():
    text = ("Residents of Rushan said soldiers opened fire on the crowd that had gathered on the road to stop "
            "troops travelling towards Khorog on Tuesday.")
    assert "Khorugh" not in [e.location.name for e in events_of(text) if e.location]


# ------------------------------------------------------------------------------- fire traded: an exchange

@pytest.mark.parametrize("sentence", [
    "A rebel spokesman said soldiers had attacked first and that eight of his men were killed in the exchange "
    "near Mardan on Tuesday.",
    "Two officers and five gunmen died in a shootout near Mardan on Tuesday, police said.",
])
def test_an_exchange_or_shootout_is_a_battle(sentence):
    assert [e.sub_event_type for e in events_of(sentence)] == ["Armed clash"]


def test_a_prisoner_exchange_is_no_battle():
    events = events_of("Eight rebels were freed in the exchange of prisoners near Mardan on Tuesday, officials said.")
    assert "Armed clash" not in [e.sub_event_type for e in events]


# ------------------------------------------------------------------------------ "a day after" another event

def test_a_day_after_clause_keeps_its_place_to_its_own_event():
    text = ("QUETTA, March 20 - Five policemen were killed in an ambush in Turbat district on Tuesday evening, "
            "a day after two soldiers died in a shootout in Gwadar, police said.")
    places = {(e.event_date.isoformat(), e.location.name) for e in events_of(text) if e.location}
    assert ("2024-03-19", "Gwadar") not in places
    assert ("2024-03-19", "Turbat") in places


# ------------------------------------------------------------------- a jailbreak: the men, the freed inmates

def test_the_men_after_armed_men_are_those_armed_men():
    text = ("KANO, March 20 - Troops patrolled the city on Tuesday.\n\n"
            "The trouble began on Tuesday, when a group of armed men attacked a police station in Kano, officials "
            "said. The men then stormed the city prison and freed hundreds of inmates. Several guards were killed.")
    subs = {e.sub_event_type for e in events_of(text)}
    assert "Attack" not in subs and "Armed clash" in subs


def test_the_men_with_no_armed_group_before_stay_civilians():
    text = ("KANO, March 20 - Police said the situation was calm on Tuesday.\n\n"
            "Soldiers raided a market in Kano on Tuesday, witnesses said. The men who ran the stalls were beaten "
            "and two of them were killed.")
    assert all(e.actor2 is None or e.actor2.side != "unknown" for e in events_of(text))


@pytest.mark.parametrize("freed", ["freed 40 inmates", "released about 40 detainees"])
def test_people_freed_in_a_raid_are_no_victims(freed):
    events = events_of(f"Gunmen stormed the prison in Kano on Tuesday and {freed}, officials said.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert all(a is None or a.side != "civilian" for e in events for a in (e.actor1, e.actor2))


# ------------------------------------------------------------------- guns backing an assault; a single shell

def test_artillery_backing_a_repelled_assault_is_a_battle():
    text = ("The defence ministry said that on Tuesday rebel forces opened fire with artillery on army positions "
            "near Mardan and tried to seize a hill, and that its troops drove them back.")
    assert [e.sub_event_type for e in events_of(text)] == ["Armed clash"]


def test_artillery_on_a_town_without_an_assault_stays_shelling():
    text = "The defence ministry said that on Tuesday rebel artillery shelled the town of Mardan, wounding four people."
    assert [e.sub_event_type for e in events_of(text)] == ["Shelling/artillery/missile attack"]


def test_a_convoy_trying_to_take_people_to_safety_is_no_assault():
    from sitroom.extract.lexicon import find_cues

    assert not [c for c in find_cues("a convoy of vehicles trying to take people to safety") if c.role == "clash"]
    assert [c.text for c in find_cues("soldiers tried to cross the border at night") if c.role == "clash"] == [
        "tried to cross the border"]


def test_a_single_shell_that_hit_a_house():
    text = ("Prosecutors said a 70-year-old man was killed on Tuesday when a rebel shell hit his house in "
            "the village of Mardan.")
    assert [e.sub_event_type for e in events_of(text)] == ["Shelling/artillery/missile attack"]


# ------------------------------------------------------------------ the blasts of an operation, recalled

def test_blasts_recalled_in_a_time_clause_are_the_operations():
    text = ("Commandos stormed the embassy in Mardan on Tuesday and killed the six gunmen holding it, the army "
            "said. Freed hostages said they had lain on the floor as the blasts went off.")
    assert [e.sub_event_type for e in events_of(text)] == ["Armed clash"]


def test_a_new_blast_in_a_time_clause_is_its_own_event():
    # an indefinite bomb that killed: not the operation's blasts recalled
    text = ("Commandos stormed the embassy in Mardan on Tuesday, the army said. Witnesses said two guards were "
            "killed when a bomb went off at the gate.")
    assert "Remote explosive/landmine/IED" in [e.sub_event_type for e in events_of(text)]


def test_explosives_set_off_during_a_raid_are_an_explosion():
    text = ("When police raided a house in Mardan on Tuesday, a man inside set off explosives. Two officers were "
            "killed, police said.")
    assert [e.event_type for e in events_of(text)] == ["Explosions/Remote violence"]


def test_setting_off_on_a_journey_is_no_explosion():
    from sitroom.extract.lexicon import find_cues

    assert not [c for c in find_cues("The convoy set off for Mardan on Tuesday.") if c.role == "weapon"]


# ------------------------------------------------------------------ a crowd at a police station; its arrests

def test_a_group_of_people_attacking_a_police_station_is_a_riot():
    text = ("LAGOS, March 20 - Protests over fuel prices spread on Monday.\n\n"
            "Police said a man was killed on Tuesday in Ikeja when a group of people tried to attack a police "
            "station and damaged cars. They said several officers were injured and that a number of people were "
            "arrested.")
    assert [e.sub_event_type for e in events_of(text) if e.event_date == date(2024, 3, 19)] == [
        "Violent demonstration"]


def test_gunmen_attacking_a_police_station_are_no_riot():
    text = "Police said gunmen attacked a police station in Ikeja on Tuesday, killing two officers."
    assert "Violent demonstration" not in [e.sub_event_type for e in events_of(text)]


def test_arrests_elsewhere_stay_their_own_event():
    text = ("LAGOS, March 20 - Police said a group of people tried to attack a police station in Ikeja on Tuesday. "
            "In Kano, a number of people were arrested on Tuesday, police said.")
    assert "Arrests" in [e.sub_event_type for e in events_of(text)]


# ------------------------------------------------------------------------- the next day's counter-attack

def test_a_retaking_on_the_next_stated_day_is_its_own_event():
    text = ("Rebels overran army positions and seized the centre of Bunia on Wednesday, residents said. On Thursday "
            "the army said its troops had counter-attacked and retaken the centre of Bunia.")
    friday = datetime(2024, 3, 22, 18, tzinfo=timezone.utc)
    subs = sorted((e.sub_event_type, e.event_date.isoformat()) for e in events_of(text, friday))
    assert subs == [("Government regains territory", "2024-03-21"),
                    ("Non-state actor overtakes territory", "2024-03-20")]


def test_one_taking_told_on_two_days_stays_one_event():
    # the same side's taking, dated a day apart by two voices: one event
    text = ("Rebels seized the centre of Bunia on Wednesday, residents said. A rebel spokesman said on Thursday "
            "that its fighters had taken the town on Tuesday night.")
    assert len([e for e in events_of(text) if e.event_type == "Battles"]) == 1


# --------------------------------------------------------------- an abduction told by its acts; a record

def test_girls_herded_out_and_driven_away_are_abducted():
    text = ("Gunmen stormed a boarding school in Dapchi late on Monday, residents said. The gunmen herded the girls "
            "out of their dormitories and drove them away in trucks towards the forest.")
    assert "Abduction/forced disappearance" in [e.sub_event_type for e in events_of(text)]


def test_attackers_driven_away_are_no_abduction():
    from sitroom.extract.lexicon import find_cues

    assert not [c for c in find_cues("Soldiers drove the attackers away from the school.") if c.role == "abduct"]


def test_a_groups_record_of_attacks_is_no_event():
    text = "Police said gunmen killed two guards in Dapchi on Monday.\n\nBoko Haram has attacked many schools in Borno State."
    assert len(events_of(text)) == 1


def test_a_dated_attack_in_the_present_perfect_stays():
    text = "The sect has attacked a school in Dapchi on Monday, killing two guards, police said."
    assert events_of(text)


# ------------------------------------------------------------- a party's competing account of one incident

def test_a_competing_account_contests_the_incident_told():
    text = ("The army said the militants detonated explosives inside the shrine in Mosul on Wednesday night. "
            "The militants told a different story. Their news agency said the shrine had been destroyed by an "
            "air strike on Wednesday.")
    events = events_of(text)
    assert [(e.sub_event_type, e.status) for e in events] == [("Remote explosive/landmine/IED", "contested")]


def test_a_further_incident_after_a_plain_statement_stays():
    # no competing account: the agency tells an air strike of its own elsewhere
    text = ("The army said the militants detonated explosives inside the shrine in Mosul on Wednesday night. "
            "The militants' news agency said an air strike had hit a market in Tal Afar on Wednesday.")
    assert "Air/drone strike" in [e.sub_event_type for e in events_of(text)]


@pytest.mark.parametrize("found, disrupted", [
    ("Police found a pipe bomb outside the party headquarters in Mardan on Tuesday.", True),
    ("Police found a car bomb outside the court in Mardan on Tuesday and defused it.", True),
    # a bomb that went off is no find
    ("A pipe bomb exploded outside the party headquarters in Mardan on Tuesday, police said.", False),
])
def test_a_bomb_found_is_a_disrupted_weapon(found, disrupted):
    assert ("Disrupted weapons use" in [e.sub_event_type for e in events_of(found)]) is disrupted


@pytest.mark.parametrize("sentence, injured", [
    ("Relatives said the man was shot by police as they moved in to break up the crowd.", True),
    ("The film was shot on location near the border.", False),
    ("Two soldiers were shot dead at the checkpoint.", False),  # a killing, told by its own cue
])
def test_was_shot_is_a_wounding(sentence, injured):
    from sitroom.extract.lexicon import find_cues

    assert any(c.role == "injure" and "shot" in c.text for c in find_cues(sentence)) is injured
