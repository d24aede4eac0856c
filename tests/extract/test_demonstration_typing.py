"""Protests and Riots by ACLED's rules, on sentences written for these tests (no eval or gold text).

Peaceful protest; Protest with intervention (arrests, tear gas, dispersal); Excessive force against
protesters (live fire, protesters killed); Violent demonstration (the demonstrators burn, loot, throw
missiles, attack police); Mob violence (a violent crowd that is not demonstrating, or two crowds
fighting). Where they meet: strong disorder by the crowd makes the riot whatever the response; an
attempt to push through police lines does not outrank lethal force; police or soldiers hurt at a
demonstration mean the crowd used violence too.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report, classify_text

PUBLISHED = datetime(2024, 3, 20, 12, tzinfo=timezone.utc)  # a Wednesday


def claims(text: str):
    report = make_report(text, published=PUBLISHED)
    return [c for c in analyze_report(report).claims if c.polarity == "supports"]


def subtypes(text: str) -> list[str]:
    return [c.sub_event_type for c in claims(text)]


SINGLE = [
    # demonstrators attacking the police with missiles: a riot, not a battle
    ("Demonstrators attacked a police patrol with petrol bombs in Tehran on Tuesday night, injuring three officers.",
     "Violent demonstration"),
    ("Some marchers launched fireworks at the police cordon outside parliament in Tbilisi late on Tuesday.",
     "Violent demonstration"),
    # an attempt to storm a building is disorder by the crowd, even under fire
    ("Soldiers fired live rounds at protesters who tried to storm the governor's office in Basra on Tuesday.",
     "Violent demonstration"),
    # pushing at a police line is the mildest disorder: live fire on the crowd is still excessive force
    ("Police fired live ammunition at thousands of marchers who tried to break through police lines at the "
     "airport in Arequipa on Tuesday, killing six.", "Excessive force against protesters"),
    # a soldier killed at a protest: the crowd fought too
    ("A policeman and two students were killed when troops moved in to disperse a sit-in at the campus in "
     "Jayapura on Tuesday.", "Violent demonstration"),
    # a protester killed, with no one named as the killer: force against the demonstration
    ("At least one demonstrator was killed near the parliament building in Bamako on Tuesday, doctors said.",
     "Excessive force against protesters"),
    # a crowd gathering in a public place is a demonstration
    ("Thousands of protesters gathered outside the presidential office in Colombo on Tuesday.", "Peaceful protest"),
    ("Several hundred people gathered again near the main square in Baghdad on Tuesday morning.",
     "Peaceful protest"),
    # tear gas at "a protest" (no other protest word): intervention
    ("Police fired tear gas and stun grenades at a large protest near the university in Dhaka on Tuesday.",
     "Protest with intervention"),
    # clearing a blockade: the protest is named by what the police removed
    ("Riot police cleared a road blockade on the coastal highway near Ica on Tuesday and detained 12 people.",
     "Protest with intervention"),
    # a march that ends of itself was not broken up
    ("Several hundred nurses marched through the centre of Cuenca on Tuesday and dispersed without incident.",
     "Peaceful protest"),
    # two crowds fighting, neither of them the police: mob violence
    ("Supporters of the ruling party armed with clubs clashed with opposition protesters in Chittagong on Tuesday.",
     "Mob violence"),
    ("Two groups of villagers pelted stones at each other in a village near Kota on Tuesday after a land dispute.",
     "Mob violence"),
    # a violent crowd that is not demonstrating
    ("A crowd of villagers attacked members of a rival community with sticks and stones in Jos on Tuesday, "
     "injuring seven people.", "Mob violence"),
    ("A crowd beat two suspected thieves to death in a market in Port-au-Prince on Tuesday.", "Mob violence"),
    ("Ruling-party supporters attacked a peaceful rally of teachers in Kampala on Tuesday.", "Mob violence"),
    # a group of any people setting upon a rally
    ("About twenty marchers were hurt when a group of hooligans attacked a peaceful rally in Lyon on Sunday.",
     "Mob violence"),
    # the violent break-up of a sit-in: an intervention in the protest
    ("Troops broke-up sit-ins in front of two army barracks in Kosti on Monday morning.",
     "Protest with intervention"),
    # what the marchers protest is no intervention in their march
    ("Hundreds of students marched in Gulu on Tuesday to decry the arrests of their classmates.", "Peaceful protest"),
    # the police charging a crowd and wrecking its camp: the police act, the crowd is no riot
    ("Riot police charged the crowd and smashed the protesters' tents in Gomel on Sunday.",
     "Protest with intervention"),
    # looting crowds met by the police, with no demonstration in view
    ("Police fired rubber bullets at looters carrying televisions out of a shopping centre in Durban on Tuesday.",
     "Mob violence"),
    # looting with nothing else is still looting (ACLED's Looting/property destruction)
    ("Hundreds of residents went on a looting spree in a township near Pretoria on Tuesday night.",
     "Looting/property destruction"),
]


@pytest.mark.parametrize("text, expected", SINGLE, ids=[c[1] + ":" + c[0][:40] for c in SINGLE])
def test_sub_event_type(text, expected):
    found = classify_text(text, published=PUBLISHED)
    assert found is not None, f"no event for: {text}"
    assert found[1] == expected


NO_EVENT = [
    # a question heading an explainer
    "How many people have been arrested or hurt since the protests began?",
    # summaries over places or days
    "Protests continued in every region of the country on Tuesday.",
    "Tens of thousands of people marched across Chile on Tuesday, the interior ministry said.",
    "A curfew is in force after two days of unrest, in which protesters looted and burned shops.",
    "Looting has spread from the coastal province to the capital and parts of the north.",
    # a name that holds a protest word
    "The Rally for Democracy said 23 of its supporters had died.",
    # a march told by its day, in a quote's attribution
    '"We will come back," said a teacher who took part in Monday\'s march.',
    # plans, vows and calls
    "Student leaders vowed to keep marching until the budget is withdrawn.",
    "Demonstrations are planned in Mombasa and Kisumu on Thursday.",
    "Opposition parties have called for another rally outside parliament on Friday and for a march on Sunday.",
    # a count of incidents the report goes on to tell one by one
    "Troops opened fire on marchers in two separate incidents on Friday, near Oruro and in Potosi.",
    # a superlative over the wave
    "Tuesday was the deadliest day since the protests against the president began in March.",
    # a warning to anyone who riots
    "The minister said anyone found looting would face the full force of the law.",
    # a running total since a date
    "The ministry said on Tuesday that nearly 400 people had been detained since 12 November.",
    # the wave's start with no town named
    "Protests broke out on Monday evening after parliament approved a tax on mobile money transfers.",
    # a count over many places, under a dateline
    "QUITO, March 19 (Wire) - Protesters blocked roads in at least 30 places across northern Ecuador on Tuesday.",
]


@pytest.mark.parametrize("text", NO_EVENT, ids=[t[:40] for t in NO_EVENT])
def test_no_demonstration_event(text):
    assert not [s for s in subtypes(text) if s in (
        "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
        "Violent demonstration", "Mob violence", "Arrests", "Looting/property destruction")], text


def test_cause_clause_deaths_are_not_the_riots():
    # the student's death is why they rioted: not this event's toll, nor a reason to call it excessive force
    found = claims("Angry demonstrators set fire to a police station in Kisumu on Tuesday after a student died "
                   "in custody.")
    assert [c.sub_event_type for c in found] == ["Violent demonstration"]
    assert found[0].fatalities is None or found[0].fatalities.best in (None, 0)


def test_coffins_of_the_dead_do_not_make_force_excessive():
    found = claims("Police fired tear gas at a funeral procession carrying the coffins of the dead from El Alto to "
                   "La Paz on Tuesday.")
    assert [c.sub_event_type for c in found] == ["Protest with intervention"]


def test_wave_clause_does_not_place_the_event():
    # "as demonstrations entered a fourth week" is the wave; the shooting happened in the named city
    found = claims("TEHRAN, March 19 (Wire) - Security forces shot dead at least four protesters in the city of "
                   "Mahabad on Tuesday, rights groups said, as demonstrations entered a fourth week.")
    assert {c.sub_event_type for c in found} == {"Excessive force against protesters"}
    assert {c.location.name for c in found if c.location} == {"Mahābād"}
    assert all(c.fatalities.best == 4 for c in found)


def test_mob_violence_sides():
    # a crowd attacking a police post: the police are the other side
    found = claims("A crowd attacked a police post in Sirajganj on Tuesday, killing four officers, police said.")
    assert [c.sub_event_type for c in found] == ["Mob violence"]
    assert found[0].actor1.inter == 5
    assert found[0].actor2 is not None and found[0].actor2.inter == 1
    # a crowd attacking demonstrators: the demonstrators are the other side
    found = claims("Supporters of the governor attacked a group of opposition protesters with sticks in Kandy on "
                   "Tuesday.")
    assert [c.sub_event_type for c in found] == ["Mob violence"]
    assert found[0].actor2 is not None and found[0].actor2.inter == 6


def test_missiles_after_a_riot_belong_to_it():
    # the second sentence has no crowd: the stones are the riot's, not a bombing or a battle
    text = ("Protesters burned tyres and blocked the main road into Juliaca on Tuesday. Officers were attacked with "
            "stones and slingshots, the police said.")
    assert set(subtypes(text)) == {"Violent demonstration"}


def test_mass_arrests_at_a_demonstration_are_its_intervention():
    from sitroom.fuse import fuse

    text = ("Thousands of farmers marched through the centre of Lyon on Tuesday against the new fuel tax. "
            "Police said 45 people had been arrested in Lyon on Tuesday.")
    report = make_report(text, published=PUBLISHED)
    events = fuse(analyze_report(report).claims)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_a_named_arrest_stays_an_arrest():
    from sitroom.fuse import fuse

    text = ("Thousands of farmers marched through the centre of Lyon on Tuesday against the new fuel tax. "
            "Police arrested the union leader Jean Marchal in Lyon on Tuesday evening.")
    report = make_report(text, published=PUBLISHED)
    events = fuse(analyze_report(report).claims)
    assert sorted(e.sub_event_type for e in events) == ["Arrests", "Peaceful protest"]


def test_injured_after_dead_are_not_counted_dead():
    found = claims("Clashes between rioters and police in Juliaca left one police officer dead and 20 protesters "
                   "injured on Tuesday, the interior ministry said.")
    assert [c.sub_event_type for c in found] == ["Violent demonstration"]
    assert found[0].fatalities.best == 1


CROWD_AND_POLICE = [
    # a crowd fighting the police, however the sentence words it, is a riot
    "Eleven people were killed in clashes between police and supporters of the opposition leader in Thies on Tuesday.",
    "There were clashes between riot police and youths in central Tripoli late on Tuesday.",
    "Police clashed with students outside the university in Tbilisi on Tuesday night.",
    "Protesters and police fought running battles in the streets of Conakry on Tuesday, leaving three people dead.",
]


@pytest.mark.parametrize("text", CROWD_AND_POLICE, ids=[t[:40] for t in CROWD_AND_POLICE])
def test_a_crowd_fighting_the_police_is_a_violent_demonstration(text):
    found = claims(text)
    assert found and {c.sub_event_type for c in found} == {"Violent demonstration"}
    assert all(c.actor1.inter == 5 and c.actor2 is not None and c.actor2.inter == 1 for c in found)


def test_a_crowd_attacking_a_police_station_has_the_police_as_other_side():
    found = claims("Angry residents attacked a police station in Kasese on Tuesday after a man died in custody, "
                   "setting it on fire.")
    assert [c.sub_event_type for c in found] == ["Mob violence"]
    assert found[0].actor2 is not None and found[0].actor2.inter == 1
    # the death in custody is why they attacked, not this event's toll
    assert found[0].fatalities is None or found[0].fatalities.best in (None, 0)


def test_shooters_at_a_protest_are_an_unidentified_armed_group_and_killing_ten_counts_ten():
    found = claims("Unknown snipers on rooftops opened fire on protesters in central Baghdad on Tuesday, killing ten.")
    assert [c.sub_event_type for c in found] == ["Excessive force against protesters"]
    assert found[0].actor2 is not None and found[0].actor2.side == "unknown"
    assert found[0].fatalities.best == 10


def test_police_fighting_looters_are_the_other_side_of_the_mob():
    found = claims("Police fired rubber bullets at looters carrying goods out of a mall in Durban on Tuesday.")
    assert [c.sub_event_type for c in found] == ["Mob violence"]
    assert found[0].actor2 is not None and found[0].actor2.inter == 1


def test_no_casualties_after_a_riot_gives_it_no_dead():
    found = claims("Protesters in Nasiriyah set fire to the offices of two political parties on Tuesday, a police "
                   "officer said. No casualties were reported there.")
    assert {c.sub_event_type for c in found} == {"Violent demonstration"}
    assert any(c.fatalities is not None and c.fatalities.best == 0 for c in found)


def test_a_toll_update_on_the_shooting_is_the_shootings():
    # a live blog's update at the same town refers back to the shooting told before: no new attack
    text = ("14:10 - In Sidon, guards of a local politician opened fire on protesters outside his office, killing "
            "one person.\n\n15:30 - Update on Sidon: two people were killed and several wounded in the shooting.")
    assert set(subtypes(text)) == {"Excessive force against protesters"}


def test_a_clause_on_the_wave_adds_no_fighting():
    # "entered" in "as protests ... entered their second week" is no battle; the raid is how the arrest was made
    found = claims("Police raided the party's offices in Kutaisi and arrested its leader on Tuesday, as protests "
                   "against the election result entered their second week.")
    assert [c.sub_event_type for c in found] == ["Arrests"]


def test_bodyguards_firing_on_protesters_are_an_unidentified_armed_group():
    found = claims("In Sidon, bodyguards of a former minister opened fire on protesters outside his house on Tuesday, "
                   "killing one person.")
    assert [c.sub_event_type for c in found] == ["Excessive force against protesters"]
    assert found[0].actor2 is not None and found[0].actor2.side == "unknown"



def test_a_forces_participles_are_not_a_riot():
    found = claims("Soldiers stormed the sit-in outside the ministry in Khartoum on Tuesday, firing live rounds at the "
                   "protesters and setting their tents on fire, witnesses said.")
    assert [c.sub_event_type for c in found] == ["Excessive force against protesters"]


def test_force_after_a_riot_joins_the_riot_not_the_earlier_rally():
    from sitroom.fuse import fuse

    text = ("Tens of thousands of people held a rally in Independence Square in Bamako on Tuesday. "
            "Later, groups of protesters stormed the national assembly in Bamako and set fire to part of it. "
            "Police fired live rounds to push them back in Bamako, killing one protester.")
    events = fuse(analyze_report(make_report(text, published=PUBLISHED)).claims)
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest", "Violent demonstration"]
    riot = next(e for e in events if e.sub_event_type == "Violent demonstration")
    assert riot.fatalities is not None and riot.fatalities.best == 1
