"""The rules added for the actors/sides/fatalities variation battery (test_variation_act.py), each with an own-words
sentence it must change and a near miss it must not. Texts written for these tests; expected values by hand."""
from __future__ import annotations

from datetime import date

import pytest

from sitroom.extract import coding
from sitroom.extract.claims import HARMED_MEMBERS
from sitroom.knowledge.actors import find_actors
from voice_helpers import _events


def _sides(e):
    return {a.side for a in (e.actor1, e.actor2) if a is not None}


def _dead(e):
    return e.fatalities.best if e.fatalities is not None else None


def _only(text, published="2023-05-14T18:00:00Z"):
    events = _events(text, published)
    assert len(events) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return events[0]


# --- actor words -------------------------------------------------------------------------------------------------

def test_a_body_of_people_is_not_the_people():
    assert not [a for a in find_actors("The head of the fishermen's union said the talks failed.", country="Nigeria")
                if a.inter == 7]
    near = find_actors("Gunmen shot dead four fishermen on the lake.", country="Nigeria")
    assert any(a.inter == 7 and a.mention == "fishermen" for a in near)


def test_a_named_group_and_its_members_are_one_actor():
    found = find_actors("Troops clashed with Abu Sayyaf militants in Patikul.", country="Philippines",
                        on=date(2021, 2, 1))
    assert [a.name for a in found if a.inter != 1] == ["Abu Sayyaf Group"]
    # near miss: the generic word away from the name is its own mention
    apart = find_actors("Abu Sayyaf denied that its militants were in Patikul.", country="Philippines",
                        on=date(2021, 2, 1))
    assert len([a for a in apart if a.inter != 1]) == 2


def test_suspected_jihadists_keep_their_side_but_suspected_militants_do_not():
    (a,) = [a for a in find_actors("Suspected jihadists attacked Djibo.", country="Burkina Faso") if a.inter != 1]
    assert a.side == "jihadist"
    (b,) = [a for a in find_actors("Suspected militants attacked Djibo.", country="Burkina Faso") if a.inter != 1]
    assert b.side == "unknown"


def test_federal_and_ranger_units_are_state_forces_but_park_rangers_are_civilians():
    (a,) = find_actors("Federal forces shelled the town.", country="Ethiopia")
    assert (a.inter, a.side) == (1, "government")
    (b,) = find_actors("Rangers were ambushed near Rueso.", country="Thailand")
    assert (b.inter, b.side) == (1, "government")
    (c,) = find_actors("Park rangers were ambushed near Rumangabo.", country="Democratic Republic of Congo")
    assert (c.inter, c.side) == (7, "civilian")


def test_the_people_an_attack_hits_by_trade():
    e = _only("Gunmen shot dead three porters near Baneh on Sunday.")
    assert "civilian" in _sides(e) and _dead(e) == 3
    # near miss: traders who protest are a crowd, not victims
    near = _only("Protesting traders blocked the road into Kasese on Monday.")
    assert _sides(near) == {"protesters"}


# --- counts of the dead --------------------------------------------------------------------------------------------

def test_n_of_them_counts_the_people_told_before():
    e = _only("Gunmen ambushed a group of traders near Beni on Monday and three of them were shot dead.")
    assert _dead(e) == 3
    # near miss: "of them" in a count of people arrested and released is no death
    near = _only("Police arrested 30 protesters in Nairobi on Monday; four of them were later released.")
    assert _dead(near) is None


def test_one_person_by_office_is_one_death():
    e = _only("Gunmen shot dead a village chief in Zamfara on Friday.")
    assert _dead(e) == 1
    # near miss: the same office as a speaker counts no one
    near = _only("Gunmen attacked the village of Kadisau in Zamfara on Friday, a village chief said.")
    assert _dead(near) is None


def test_a_toll_that_stands_at_or_was_raised_to_a_figure():
    e = _only("Gunmen attacked a market in Bunia on Monday. The death toll from the attack by the gunmen stood at 9 on "
              "Tuesday, police said.")
    assert _dead(e) == 9
    e = _only("Police said three people died when gunmen attacked a bar in Celaya on Sunday, but the toll was later "
              "raised to eight.")
    assert _dead(e) == 8
    # near miss: another count that stands at a figure is no toll
    near = _only("Gunmen attacked the village of Kadisau on Friday; the number of people who fled stood at 4,000.")
    assert _dead(near) != 4000


def test_killed_to_death_by_any_means():
    e = _only("Six farmers were stabbed to death by gunmen in Benue state on Sunday.")
    assert _dead(e) == 6
    # near miss: beaten without death
    near = _only("Police beat six protesters in Abuja on Sunday.")
    assert _dead(near) in (None, 0)


def test_two_counts_before_one_participle_add_up():
    e = _only("Troops and rebels clashed near Kalehe on Sunday, with three soldiers and five rebels killed.")
    assert _dead(e) == 8
    # near miss: the second count has its own participle
    near = _only("Troops and rebels clashed near Kalehe on Sunday, with three soldiers killed and five rebels captured.")
    assert _dead(near) == 3


# --- who is actor 2 -------------------------------------------------------------------------------------------------

def test_a_bomb_that_killed_people_and_hit_no_force_hit_civilians():
    e = _only("A car bomb exploded near a bus station in Mogadishu on Sunday, leaving nine dead, police said.")
    assert "civilian" in _sides(e)
    # near miss: a bomb that hit a patrol hit the force
    near = _only("A roadside bomb hit an army patrol near Gao on Sunday, killing nine soldiers.")
    assert "civilian" not in _sides(near) and "government" in _sides(near)


def test_an_attack_on_a_place_people_are_in_is_an_attack_on_civilians():
    e = _only("Gunmen killed six people in an attack on a bar in Ekiti on Saturday.")
    assert e.sub_event_type == "Attack" and "civilian" in _sides(e)
    # near miss: troops assaulting a hotel held by gunmen fight them
    near = _only("Troops began an assault on the hotel held by gunmen in Bamako on Saturday.")
    assert near.sub_event_type == "Armed clash"


def test_armed_men_carrying_machetes_are_no_crowd():
    e = _only("Ten villagers were hacked to death by militiamen armed with machetes in Djugu on Sunday.")
    assert e.sub_event_type == "Attack"
    # near miss: youths armed with sticks are a rioting crowd
    near = _only("Youths armed with sticks blocked roads and burned tyres in Kisumu on Monday.")
    assert near.event_type == "Riots"


def test_the_attackers_are_the_armed_side_the_sentence_describes():
    e = _only("Soldiers repelled a jihadist attack on a post near Kafolo on Thursday, killing four of the attackers.")
    assert _sides(e) == {"government", "jihadist"}
    # near miss: nothing describes the attackers
    near = _only("Soldiers repelled an attack on a post near Kafolo on Thursday, killing four of the attackers.")
    assert _sides(near) == {"government", "unknown"}


def test_a_sides_own_dead_give_way_to_the_group_it_fought():
    e = _only("Troops clashed with Abu Sayyaf militants in Patikul on Sunday; two soldiers were killed.",
              "2021-02-10T12:00:00Z")
    assert _sides(e) == {"government", "jihadist"}
    # near miss: no group named, the soldiers' attackers stay unidentified
    near = _only("Two soldiers were killed in a clash in Patikul on Sunday.", "2021-02-10T12:00:00Z")
    assert "jihadist" not in _sides(near)


def test_the_two_sides_between_which_fighting_took_place():
    an_text = "Fighting between the army and the Arakan Army near Kyauktaw killed 12 people."
    actors = find_actors(an_text, country="Myanmar")
    pair = coding._between_sides(an_text, 0, actors)
    assert pair is not None and {pair[0].side, pair[1].side} == {"government", "opposition"}
    # near miss: talks between them are no fight between them
    near = "Talks between the army and the Arakan Army in Kyauktaw ended."
    assert coding._between_sides(near, 0, find_actors(near, country="Myanmar")) is None


@pytest.mark.parametrize("before, harmed", [
    ("killing two commanders of the ", True),
    ("Three members of the ", True),
    ("A commander of the ", False),  # a speaker's description, not a victim
    ("said a spokesman of the ", False),
])
def test_a_groups_people_harmed_name_the_group(before, harmed):
    assert bool(HARMED_MEMBERS.search(before)) is harmed


def test_freed_people_among_whom_a_count_is_given_are_no_victims():
    e = _only("Gunmen stormed the prison in Koton Karfe on Sunday and freed 40 inmates, among them 12 traders.")
    assert "civilian" not in _sides(e)
    # near miss: the counted people were killed
    near = _only("Gunmen stormed the market in Koton Karfe on Sunday and killed 12 traders.")
    assert "civilian" in _sides(near) and _dead(near) == 12


def test_one_victim_and_a_count_of_his_people_add_up():
    e = _only("Gunmen killed a village chief and his three sons in Gusau on Friday.")
    assert _dead(e) == 4
    # near miss: the count after "and" has its own verb
    near = _only("Gunmen killed a village chief in Gusau on Friday and his three sons escaped.")
    assert _dead(near) == 1


def test_a_group_named_before_the_person_harmed_is_the_group_harmed():
    e = _only("Soldiers killed a senior Boko Haram commander near Bama on Monday, the army said.",
              "2021-03-01T12:00:00Z")
    assert e.actor1 is not None and e.actor1.side == "government"
    assert e.actor2 is not None and e.actor2.side == "jihadist"
    # near miss: the group's commander who acts is the group acting
    near = _only("A Boko Haram commander led an attack on soldiers near Bama on Monday, the army said.",
                 "2021-03-01T12:00:00Z")
    assert near.actor1 is not None and near.actor1.side == "jihadist"


def test_a_trade_killed_is_a_civilian_but_a_trade_protesting_is_a_crowd():
    e = _only("Separatists killed a teacher in Bamenda on Monday.", "2020-11-10T12:00:00Z")
    assert e.sub_event_type == "Attack" and "civilian" in _sides(e)
    near = _only("Teachers marched through Bamenda on Monday to demand unpaid wages.", "2020-11-10T12:00:00Z")
    assert _sides(near) == {"protesters"}


def test_the_dead_of_a_taking_are_its_toll():
    events = _events("M23 rebels overran the town of Kiwanja on Monday, killing four soldiers, the army said.",
                     "2022-06-15T12:00:00Z")
    taken = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert len(taken) == 1 and _dead(taken[0]) == 4
    # near miss: a killing told before the taking is not its toll
    events = _events("Gunmen killed two traders near Kiwanja, and on Monday M23 rebels seized the town.",
                     "2022-06-15T12:00:00Z")
    taken = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and all(_dead(e) is None for e in taken)


def test_vigilantes_who_kill_are_a_communal_militia_but_a_mob_that_lynches_is_a_mob():
    e = _only("Vigilantes killed three suspected bandits in Katsina state on Wednesday.", "2021-04-10T12:00:00Z")
    assert e.event_type == "Battles" and "Communal Militia" in e.actor1.name
    near = _only("A mob lynched a suspected thief at a market in Kano on Wednesday.", "2021-04-10T12:00:00Z")
    assert near.sub_event_type == "Mob violence"
