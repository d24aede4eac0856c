"""Who the two actors are, by role and by ACLED's conventions; texts written for these tests (no eval text)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.extract.claims import _sided
from sitroom.ingest import make_report
from sitroom.knowledge.actors import find_actors
from sitroom.models import Location
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 3, 20, 12, tzinfo=timezone.utc)


def claims_of(text: str):
    return [c for c in analyze_report(make_report(text, published=PUBLISHED)).claims if c.polarity == "supports"]


def one(text: str, sub: str):
    found = [c for c in claims_of(text) if c.sub_event_type == sub]
    assert found, [c.sub_event_type for c in claims_of(text)]
    return found[0]


def sides(claim) -> tuple:
    return tuple(a.side if a else None for a in (claim.actor1, claim.actor2))


# --- violence against civilians and arrests: whom they were done to, named or not --------------------------

def test_an_attack_on_civilians_has_civilians_as_second_actor_even_when_the_victims_are_not_named_as_such():
    c = one("Unidentified gunmen opened fire on a group of campaigners in Kisumu on Tuesday evening, killing two "
            "of them, police said.", "Attack")
    assert sides(c) == ("unknown", "civilian")


def test_people_arrested_with_no_group_named_are_civilians():
    c = one("Police arrested two leaders of the opposition movement in Lusaka on Sunday, their lawyers said.",
            "Arrests")
    assert c.actor1.side == "government" and c.actor2 is not None
    assert (c.actor2.side, c.actor2.inter) == ("civilian", 7)


def test_a_sitting_president_detained_is_the_government():
    c = one("President Joseph Tembo had ruled since 2009. Soldiers detained Tembo at his residence in Lilongwe "
            "on Wednesday, a spokesman said.", "Arrests")
    assert c.actor2 is not None and c.actor2.name.startswith("Government of Malawi")


def test_a_former_president_detained_is_not_the_government():
    c = one("Former President Joseph Tembo left office in 2019. Police detained Tembo at his farm near Lilongwe "
            "on Wednesday, his lawyer said.", "Arrests")
    assert c.actor2 is not None and c.actor2.side == "civilian"


# --- unnamed armed men -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, sub", [
    ("Snipers on rooftops opened fire on marchers in Basra on Friday, killing four people, medics said.",
     "Excessive force against protesters"),
    ("Masked men armed with clubs attacked a group of reporters in Yerevan on Tuesday night, injuring three, "
     "the union of journalists said.", "Attack"),
])
def test_shooters_snipers_and_masked_men_are_an_unidentified_armed_group(text, sub):
    c = one(text, sub)
    unknown = [a for a in (c.actor1, c.actor2) if a is not None and a.side == "unknown"]
    assert unknown and unknown[0].name.startswith("Unidentified Armed Group")


def test_a_group_that_denies_the_bombing_is_not_its_perpetrator():
    denied = one("A suicide bomber blew himself up at a restaurant in Mogadishu on Friday, killing nine people. "
                 "Al-Shabaab said it had nothing to do with the attack.", "Suicide bomb")
    assert denied.actor1 is not None and denied.actor1.name.startswith("Unidentified Armed Group")
    claimed = one("A suicide bomber blew himself up at a restaurant in Mogadishu on Friday, killing nine people. "
                  "Al-Shabaab said it carried out the attack.", "Suicide bomb")
    assert claimed.actor1 is not None and claimed.actor1.name == "Al Shabaab"


def test_insurgents_in_a_report_that_names_one_group_are_that_group_and_not_its_own_opponent():
    found = claims_of("Insurgents attacked the town of Mocimboa on Monday. The Islamic State group said its fighters "
                      "had seized the town on Tuesday.")
    assert found
    for c in found:
        assert c.actor1 is not None and c.actor1.side == "jihadist"
        assert c.actor2 is None or c.actor2.name != c.actor1.name


# --- militias and guards ------------------------------------------------------------------------------------

def test_armed_government_supporters_are_a_pro_government_militia():
    c = one("Armed government supporters on motorbikes fired at the march in Masaya on Sunday, wounding six people, "
            "local journalists said.", "Excessive force against protesters")
    assert c.actor2 is not None and (c.actor2.side, c.actor2.inter) == ("government", 3)


def test_a_politicians_bodyguards_are_private_security_forces():
    c = one("Bodyguards of a businessman shot at demonstrators outside his warehouse in Kano on Monday, killing one, "
            "police said.", "Excessive force against protesters")
    assert c.actor2 is not None and c.actor2.name.startswith("Private Security Forces")
    assert (c.actor2.inter, c.actor2.side) == (8, "unknown")


# --- crowds and the police ------------------------------------------------------------------------------------

def test_officers_pelted_by_rioters_are_the_police():
    c = one("Youths threw rocks at officers in Lyon on Saturday night and burned several cars, the prefecture said.",
            "Violent demonstration")
    assert sides(c) == ("protesters", "government")


@pytest.mark.parametrize("text", [
    "Angry residents surrounded a patrol car in Arequipa on Tuesday and beat an officer to death, the ministry said.",
    "Six policemen were killed in Bogra on Sunday when a mob stormed and burned the town's police station, "
    "officials said.",
])
def test_a_crowd_that_attacks_the_police_has_the_police_as_second_actor(text):
    c = next(c for c in claims_of(text) if c.event_type == "Riots")
    assert c.actor2 is not None and c.actor2.side == "government" and c.actor2.inter == 1


# --- bombings --------------------------------------------------------------------------------------------------

def test_the_force_most_of_the_dead_belonged_to_is_the_target():
    c = one("A car bomb exploded outside a base in Kismayo on Friday, killing 25 people, most of them soldiers, "
            "officials said.", "Remote explosive/landmine/IED")
    assert c.actor2 is not None and c.actor2.side == "government"
    assert c.actor1 is None or c.actor1.side != "government"


# --- forces abroad ---------------------------------------------------------------------------------------------

def _place(name: str, country: str) -> Location:
    return Location(name=name, latitude=0.0, longitude=0.0, geo_precision=1, country=country)


def test_a_force_is_not_foreign_at_a_place_read_in_a_country_the_report_never_names():
    army = find_actors("soldiers", country="Mozambique")[0]
    text = "Soldiers fought insurgents in Palma on Monday, residents said."
    assert _sided(army, _place("Palma", "Spain"), "Mozambique", text).side == "government"
    # a report that does tell of a crossing keeps the force foreign there
    crossing = "Mozambican soldiers crossed into Tanzania and fought insurgents in Mtwara on Monday."
    assert _sided(army, _place("Mtwara", "Tanzania"), "Mozambique", crossing).side == "external"


# --- who is blamed ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, blamed", [
    ("A drone strike hit a market in Misrata on Sunday, killing five people. The GNA blamed the LNA for the strike.",
     "opposition"),
    ("A shell hit a school in Kadugli on Monday, killing three children. The army accused the rebels of firing it.",
     "opposition"),
])
def test_an_attack_with_no_actor_named_is_laid_on_the_side_the_report_blames(text, blamed):
    c = claims_of(text)[0]
    assert c.actor1 is not None and c.actor1.side == blamed


def test_libyas_rival_forces_are_on_opposite_sides():
    c = one("Fighters loyal to the Tripoli government clashed with the Libyan National Army south of Tripoli on "
            "Monday, residents said.", "Armed clash")
    assert sorted(sides(c)) == ["government", "opposition"]


# --- coups -----------------------------------------------------------------------------------------------------

def test_the_guard_that_detains_the_sitting_president_is_a_mutiny():
    c = one("Members of the presidential guard detained the president at his residence in Niamey on Wednesday, "
            "officials said.", "Arrests")
    assert c.actor2 is not None and c.actor2.name.startswith("Government of Niger")
    assert c.actor1 is not None and c.actor1.name.startswith("Mutiny of") and c.actor1.side == "opposition"


@pytest.mark.parametrize("text", [
    "President Joseph Tembo spoke on Monday. Police detained supporters of Tembo in Lilongwe on Wednesday.",
    "Police detained the president's nephew in Lilongwe on Wednesday, a spokesman said.",
])
def test_people_close_to_the_president_detained_are_not_the_government(text):
    c = one(text, "Arrests")
    assert c.actor1.side == "government" and c.actor2 is not None and c.actor2.side == "civilian"


def test_supporters_of_an_ousted_president_do_not_make_the_force_that_fires_on_them_a_mutiny():
    c = one("Security forces opened fire on supporters of the ousted president at a sit-in in Cairo on Wednesday, "
            "killing dozens.", "Excessive force against protesters")
    assert c.actor2 is not None and c.actor2.side == "government" and c.actor2.inter == 1


# --- the names of state forces and militias ----------------------------------------------------------------------

@pytest.mark.parametrize("text, country, name", [
    ("Carabineros fired tear gas at the march", "Chile", "Police Forces of Chile"),
    ("OMON officers dragged people into vans", "Belarus", "Police Forces of Belarus"),
    ("the Tatmadaw shelled the village", "Myanmar", "Military Forces of Myanmar"),
    ("FARDC units retook the hill", "Democratic Republic of Congo", "Military Forces of the Democratic Republic"),
])
def test_a_states_own_names_for_its_forces_are_that_states_forces(text, country, name):
    found = find_actors(text, country=country)
    assert found and found[0].side == "government" and found[0].inter == 1
    assert found[0].name.startswith(name)


def test_militiamen_no_one_names_are_an_unidentified_armed_group():
    c = one("Militiamen attacked a displaced persons camp near Bunia on Sunday, killing 12 people, the army said.",
            "Attack")
    assert c.actor1 is not None and c.actor1.side == "unknown" and c.actor1.inter == 3


def test_pro_government_militias_that_take_a_town_regain_it_for_the_government():
    c = claims_of("Pro-government tribal militias recaptured the town of Hawija on Monday, officials said.")[0]
    assert c.sub_event_type == "Government regains territory"
    assert c.actor1 is not None and (c.actor1.side, c.actor1.inter) == ("government", 3)


def test_a_group_named_only_as_a_victims_affiliation_is_not_the_attacker():
    c = one("Nine people were killed in an attack on a village in Soum province, Burkina Faso, on Friday. One of the "
            "dead was a member of the Volunteers for the Defence of the Homeland (VDP).", "Attack")
    assert c.actor1 is not None and c.actor1.side == "unknown"  # unidentified, not the VDP


def test_the_main_clause_names_the_perpetrator_after_an_opening_phrase_about_another_attack():
    c = one("Hours after the funeral attack, gunmen killed six farmers near Gao, Mali, on Monday, officials said.",
            "Attack")
    assert c.actor1 is not None and c.actor1.mention == "gunmen"


# --- speakers, factions, separatists ---------------------------------------------------------------------------

def test_the_force_that_only_reports_an_attack_is_not_its_perpetrator():
    c = one("Herders attacked farmers in Benue state, Nigeria, on Sunday, killing 17 people, police said.", "Attack")
    assert c.actor1 is not None and c.actor1.side != "government"


def test_a_force_that_reports_its_own_deed_is_still_the_actor():
    c = claims_of("Rockets hit the base near Kandahar on Monday. The army said its soldiers returned fire.")[0]
    assert c.actor1 is not None and c.actor1.side == "government"


@pytest.mark.parametrize("text", [
    "Troops loyal to General Hemedti clashed with the army in Khartoum on Saturday.",
    "Soldiers loyal to the former president clashed with the army in Bangui on Saturday.",
])
def test_troops_loyal_to_someone_other_than_the_government_are_a_faction_against_it(text):
    c = one(text, "Armed clash")
    assert sorted(sides(c)) == ["government", "opposition"]


def test_troops_loyal_to_the_sitting_president_stay_the_government():
    c = one("Soldiers loyal to President Kiir repelled an attack on the barracks in Juba on Friday.", "Armed clash")
    assert c.actor1 is not None and c.actor1.side == "government"


def test_separatists_are_the_armed_opposition():
    c = claims_of("Separatist fighters ambushed an army convoy near Bamenda, Cameroon, on Monday, killing four "
                  "soldiers.")[0]
    assert sorted(sides(c)) == ["government", "opposition"]


def test_a_group_that_denies_its_fighters_were_involved_is_not_the_perpetrator():
    c = claims_of("Gunmen stormed a clinic in Buea, Cameroon, on Saturday and killed four nurses. Separatist leaders "
                  "denied that their fighters were involved.")[0]
    assert c.actor1 is not None and c.actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text, owned", [
    # one of the attackers, held by the police, names his group: its denial contests the attribution, the
    # attackers stay that group
    ("Police said the captured gunman had told interrogators that he belonged to Jaish-e-Mohammed. A spokesman for "
     "Jaish-e-Mohammed denied that the group was involved.", True),
    ("Officials said the arrested attacker was a member of Jaish-e-Mohammed, which denied any involvement.", True),
    # near misses: officials' blame alone, which the group denies, names no perpetrator; nor does a captured
    # attacker who names another group
    ("Officials blamed Jaish-e-Mohammed, which denied any involvement.", False),
    ("Police said the captured gunman belonged to a local gang. Jaish-e-Mohammed denied any involvement.", False),
])
def test_a_captured_attacker_who_names_his_group_outweighs_its_denial(text, owned):
    from sitroom.extract.claims import DISOWNED, _owned_by_attacker
    from sitroom.models import ActorRef

    group = ActorRef(name="JeM: Jaish-e-Mohammed", mention="Jaish-e-Mohammed", inter=2, side="jihadist")
    assert DISOWNED.search(text)
    assert _owned_by_attacker(group, text) is owned


# --- identity militias -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Hema militiamen clashed with Lendu fighters near Djugu on Monday, killing eight.",
     ["Hema Ethnic Militia", "Lendu Ethnic Militia"]),
    ("Meitei and Kuki groups clashed in Moreh, Manipur, on Friday, leaving five dead.",
     ["Meitei Ethnic Militia", "Kuki Ethnic Militia"]),
])
def test_two_communities_armed_men_who_fight_are_two_identity_militias(text, names):
    c = one(text, "Armed clash")
    got = [a.name.split(" (")[0] for a in (c.actor1, c.actor2) if a is not None]
    assert sorted(got) == sorted(names)
    assert all(a.inter == 4 for a in (c.actor1, c.actor2))


def test_herdsmen_named_by_their_community_who_attack_a_village_are_an_ethnic_militia():
    c = one("Fulani herdsmen attacked a farming village in Plateau state, Nigeria, on Sunday, killing 30 people, "
            "police said.", "Attack")
    assert c.actor1 is not None and c.actor1.name == "Fulani Ethnic Militia (Nigeria)" and c.actor1.inter == 4
    assert c.actor2 is not None and c.actor2.side == "civilian"


# --- foreign forces a government invited ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name_start", [
    ("Rwandan troops deployed in Cabo Delgado retook the town of Mocimboa da Praia, Mozambique, on Sunday.",
     "Military Forces of Rwanda"),
    ("CSTO troops took control of the airport in Almaty, Kazakhstan, on Friday, officials said.", "CSTO"),
])
def test_a_foreign_force_fighting_beside_the_government_backs_it_and_its_gains_are_the_governments(text, name_start):
    c = claims_of(text)[0]
    assert c.actor1 is not None and c.actor1.name.startswith(name_start)
    assert (c.actor1.side, c.actor1.inter) == ("foreign-pro-government", 8)
    assert c.sub_event_type == "Government regains territory"


def test_african_union_troops_in_somalia_back_the_government_against_al_shabaab():
    c = one("African Union troops and Somali soldiers repelled an al-Shabaab attack on a base near Baidoa, Somalia, "
            "on Monday.", "Armed clash")
    assert {a.side for a in (c.actor1, c.actor2) if a is not None} == {"foreign-pro-government", "jihadist"}


def test_men_armed_with_rods_who_attack_commuters_are_an_armed_group_not_the_civilians():
    c = one("Men armed with rods attacked commuters at a train station in Tai Po on Sunday night, injuring 45 people.",
            "Attack")
    assert sides(c) == ("unknown", "civilian")


def test_a_riot_against_the_police_has_the_police_not_the_crowds_own_armed_men_as_second_actor():
    c = claims_of("Villagers armed with machetes attacked a police post in Kananga on Monday, killing two officers.")[0]
    assert c.actor2 is not None and c.actor2.side == "government"


# --- a coup attempt ------------------------------------------------------------------------------------------------

def test_soldiers_in_a_report_of_a_coup_attempt_are_the_plotters():
    found = claims_of("The government said the coup attempt had been foiled by Saturday morning. Soldiers opened fire "
                      "on a crowd that had gathered outside the television building in Ouagadougou, Burkina Faso, "
                      "overnight, killing three people, witnesses said.")
    c = next(c for c in found if c.event_type in ("Protests", "Violence against civilians"))
    force = next(a for a in (c.actor1, c.actor2) if a is not None and a.mention.lower() == "soldiers")
    assert force.name.startswith("Mutiny of") and force.side == "opposition"


def test_soldiers_in_a_report_with_no_coup_are_the_governments():
    c = claims_of("Soldiers opened fire on a crowd that had gathered outside the television building in "
                  "Ouagadougou, Burkina Faso, overnight, killing three people, witnesses said.")[0]
    force = next(a for a in (c.actor1, c.actor2) if a is not None and a.mention.lower() == "soldiers")
    assert force.side == "government"


# --- crowds named by what they did -------------------------------------------------------------------------------

def test_people_detained_for_looting_are_rioters():
    c = one("Police detained 40 people accused of looting shops in Durban, South Africa, on Monday night, officials "
            "said.", "Arrests")
    assert c.actor2 is not None and (c.actor2.inter, c.actor2.side) == (5, "protesters")


def test_the_police_named_among_a_riots_injured_in_the_next_sentence_are_its_second_actor():
    found = claims_of("In Nantes, protesters threw stones at the town hall and set part of it on fire on Saturday, "
                      "the mayor said. Several people were injured, including police officers, the mayor said.")
    riots = [c for c in found if c.sub_event_type == "Violent demonstration"]
    assert riots and any(c.actor2 is not None and c.actor2.side == "government" for c in riots)


# --- passive targets, two foreign forces, places where civilians live ------------------------------------------

def test_a_patrol_that_was_ambushed_is_the_target_not_the_attacker():
    c = one("A patrol of Malian soldiers was ambushed near Gao, Mali, on Tuesday, killing five soldiers.", "Armed clash")
    assert sides(c) == ("unknown", "government")


def test_two_foreign_states_forces_are_not_one_camp():
    c = one("Rwandan soldiers clashed with Burundian troops near Uvira on Thursday, the Congolese army said.",
            "Armed clash")
    assert c.actor1 is not None and c.actor2 is not None and c.actor1.name != c.actor2.name


def test_shelled_villages_with_no_one_hurt_have_no_civilian_victims():
    # ACLED: civilians are the second actor when they are targeted or harmed; villages shelled with no one
    # hurt are places hit (the open gold codes "air strikes hit several villages" with no second actor)
    c = claims_of("Pakistani forces shelled villages across the border in Kunar province, Afghanistan, on Sunday, "
                  "Afghan officials said.")[0]
    assert c.actor2 is None or c.actor2.side != "civilian"


def test_shelled_villages_where_people_were_killed_are_civilians_hit():
    c = claims_of("Pakistani forces shelled villages across the border in Kunar province, Afghanistan, on Sunday, "
                  "killing three villagers, Afghan officials said.")[0]
    assert c.actor2 is not None and c.actor2.side == "civilian"


def test_a_crowd_that_attacks_a_march_has_the_marchers_as_second_actor():
    c = one("Hundreds of ruling-party supporters attacked the march in Rajshahi, Bangladesh, on Sunday.", "Mob violence")
    assert c.actor2 is not None and (c.actor2.inter, c.actor2.side) == (6, "protesters")


@pytest.mark.parametrize("text, country, side, inter", [
    ("Armed bandits raided the village at dawn", "Nigeria", "unknown", 3),
    ("SPLA-IO fighters overran the garrison", "South Sudan", "opposition", 2),
    ("troops loyal to Riek Machar shelled the base", "South Sudan", "opposition", 2),
    ("Anti-balaka militiamen burned the mosque", "Central African Republic", "unknown", 4),
    ("Abu Sayyaf gunmen seized the hostages", "Philippines", "jihadist", 2),
])
def test_named_and_generic_armed_groups_carry_their_side(text, country, side, inter):
    found = find_actors(text, country=country)
    assert found and (found[0].side, found[0].inter) == (side, inter)


def test_looters_are_rioters():
    found = find_actors("Police detained dozens of looters outside the mall", country="South Africa")
    assert any((a.inter, a.side) == (5, "protesters") for a in found)


def test_a_strike_on_a_base_with_no_actor_named_is_by_the_striker_on_the_group_whose_positions_were_hit():
    found = claims_of("Turkish jets struck PKK positions in the mountains of northern Iraq on Monday. Near Amadiya, "
                      "strikes hit a mountain base on Monday, local officials said.")
    later = [c for c in found if any("Amadiya" in e.text for e in c.evidence if e.field == "sentence")]
    assert later
    c = later[0]
    assert c.actor1 is not None and c.actor1.name.startswith("Military Forces of Turkey")
    assert c.actor2 is not None and c.actor2.name.startswith("PKK")
