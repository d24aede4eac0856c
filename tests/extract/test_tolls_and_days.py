"""Fatality counts and event days: summed victim groups, injury-only zeros, tolls told at a place just
reported, statement days, live-blog time stamps, capital headings. Texts written for these tests; every
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


def only(events, place: str):
    found = [e for e in events if e.location is not None and e.location.name == place]
    assert found, [(e.sub_event_type, e.location.name if e.location else None) for e in events]
    return found


# ------------------------------------------------------------------------------------------ victim groups

@pytest.mark.parametrize("text, dead", [
    # two counted groups joined by "and" add up, in the object or in the subject
    ("Gunmen killed four farmers and two policemen in Dori on Monday.", 6),
    ("Three soldiers and five villagers were killed when rebels attacked Dori on Monday.", 8),
    # one victim named with an article beside a counted group
    ("A policeman and two traders were killed when gunmen attacked the market in Dori on Monday.", 3),
    ("Eleven recruits and the driver were killed when a bomb hit their bus in Dori on Monday.", 12),
    # an apposition is no second group: "eight of them children" are among the twelve
    ("Gunmen killed 12 people, eight of them children, in Dori on Monday.", 12),
    ("Gunmen killed 12 people, including eight children, in Dori on Monday.", 12),
])
def test_joined_victim_groups_add_up(text, dead):
    (e,) = only(events_of(text), "Dori")
    assert e.fatalities is not None and e.fatalities.best == dead


def test_wounded_after_and_are_not_dead():
    # "... were killed and more than 40 people were wounded": 40 is governed by its own passive verb
    events = events_of("A car bomb exploded outside the police academy in Dori on Monday. "
                       "Nine cadets were killed and more than 40 people were wounded, officials said.")
    (e,) = only(events, "Dori")
    assert e.fatalities.best == 9


@pytest.mark.parametrize("text, dead", [
    ("Jihadists attacked the army post in Dori on Monday and killed 14 gendarmes.", 14),
    ("Unknown men beat protesters in Dori on Monday, injuring at least three reporters.", 0),
])
def test_victims_named_by_their_trade(text, dead):
    (e,) = only(events_of(text), "Dori")
    assert e.fatalities is not None and e.fatalities.best == dead


# ------------------------------------------------------------------------------------------ fusing tolls

def test_injuries_alone_do_not_lower_a_stated_death():
    # the second sentence says people were hurt, not that no one died
    events = events_of("A crowd set a police van on fire in Dori on Monday, killing an officer inside. "
                       "Dozens of people have been injured.")
    (e,) = only(events, "Dori")
    assert e.fatalities.best == 1


def test_no_deaths_said_outright_still_counts_as_zero():
    from sitroom.fuse import _injuries_only
    from sitroom.models import Claim, Evidence, Fatalities

    c = Claim(id="x", report_id="r", entry_index=0, event_type="Riots", sub_event_type="Violent demonstration",
              event_date=date(2024, 3, 18), fatalities=Fatalities(0, 0, 0), counts={"injured": 4},
              evidence=[Evidence("r", "", 0, 10, "Four people were hurt but no one was killed.", "sentence")])
    assert not _injuries_only(c)
    c.evidence = [Evidence("r", "", 0, 10, "Four people were hurt.", "sentence")]
    assert _injuries_only(c)


def test_toll_told_at_the_place_of_the_last_event_is_its_toll():
    events = events_of("Rioters torched the governor's office in Dori on Monday. "
                       "The regional police chief said on Tuesday that at least 17 people were killed in Dori.")
    (e,) = only(events, "Dori")
    assert e.fatalities.best == 17
    assert e.event_date == date(2024, 3, 18)  # the riot's day, not the day the police chief spoke


# ------------------------------------------------------------------------------------------ days

def test_a_statement_day_is_not_carried_to_the_next_paragraph():
    text = ("OUAGADOUGOU, March 20 (test desk) - Seven people were killed in clashes between police and "
            "students in the capital on Monday, the government said.\n\n"
            "The interior minister said on Tuesday that the deaths occurred in Ouagadougou and in Dori.\n\n"
            "In Dori, students burned tyres and stoned the town hall.")
    (e,) = [x for x in only(events_of(text), "Dori") if x.event_type == "Riots"]
    assert e.event_date == date(2024, 3, 18)  # the lede's Monday, not the minister's Tuesday


def test_time_stamped_post_is_on_the_blog_day_not_the_day_the_post_before_named():
    text = ("DORI PROTESTS - LIVE\n\n"
            "09:00 - What happened overnight. In Dori, police fired tear gas at students late on Monday.\n\n"
            "13:40 - In Kaya, protesters set fire to the mayor's office and stoned police, local radio reported.")
    (e,) = only(events_of(text), "Kaya")
    assert e.event_date == date(2024, 3, 20)


def test_a_heading_in_capitals_dates_its_section():
    text = ("Kaya live: unrest in the north, newest first.\n\n"
            "10.15 - Shops in the town centre stayed shut this morning.\n\n"
            "TUESDAY, 19 MARCH\n\n"
            "21.30 - Rioters set fire to the customs post in Kaya, police said.")
    (e,) = only(events_of(text), "Kaya")
    assert e.event_date == date(2024, 3, 19)


@pytest.mark.parametrize("text", [
    # the start of a state, in a relative clause, is not the day of the event
    "On Monday police fired tear gas into the square in Kaya, where students have been camping since Friday.",
])
def test_since_day_does_not_date_the_event(text):
    (e,) = only(events_of(text), "Kaya")
    assert e.event_date == date(2024, 3, 18)


def test_a_day_after_the_report_does_not_date_a_later_paragraph():
    text = ("The government said on Monday it would not hold the vote before the end of 2027.\n\n"
            "Police in Kaya arrested the leader of the main opposition party at his home.")
    events = only(events_of(text), "Kaya")
    assert all(e.event_date <= date(2024, 3, 20) for e in events)


# ------------------------------------------------------------------------------------------ the hurt

def test_no_casualties_after_a_riot_is_a_zero_toll():
    events = events_of("Protesters set fire to the governor's office in Kaya on Monday. "
                       "No casualties were reported there.")
    (e,) = only(events, "Kaya")
    assert e.fatalities is not None and e.fatalities.best == 0


def test_no_word_yet_on_casualties_is_no_figure():
    events = events_of("A rocket hit the market in Kaya on Monday. There were no immediate reports of casualties.")
    (e,) = only(events, "Kaya")
    assert e.fatalities is None


@pytest.mark.parametrize("follow, hurt", [
    ("Medics said they had treated 14 injured people.", 14),
    ("A hospital doctor said dozens of wounded people were brought in.", 12),
    # people treated for the effects of the gas are hurt people
    ("Nurses said several people were treated for the effects of the gas.", 3),
    ("Eight students were hospitalised, medics said.", 8),
    ("Twelve people were rushed to hospital.", 12),
])
def test_the_hurt_after_a_dispersal_give_a_zero_toll(follow, hurt):
    events = events_of(f"Police fired tear gas at students marching in Kaya on Monday. {follow}")
    (e,) = only(events, "Kaya")
    assert e.fatalities is not None and e.fatalities.best == 0
    assert e.counts.get("injured") == hurt


def test_a_state_since_an_earlier_day_does_not_move_the_section_day():
    text = ("INCIDENTS\n\n"
            "1. Kaya, Saturday 16 March. Police fired tear gas at students in Kaya, where farmers have been "
            "camping since Wednesday.")
    events = only(events_of(text), "Kaya")
    assert events and all(e.event_date == date(2024, 3, 16) for e in events)


# ------------------------------------------------------------------------------------------ whose dead

@pytest.mark.parametrize("text", [
    "Police fired tear gas at mourners in Kaya on Monday who carried the coffins of some of the Dori dead.",
    "Police fired tear gas at a crowd in Kaya on Monday as families buried their dead.",
])
def test_the_dead_already_told_of_are_no_new_deaths(text):
    (e,) = only(events_of(text), "Kaya")
    assert e.fatalities is None


def test_each_sides_dead_in_one_battle_add_up():
    events = events_of("The army said it had killed 40 rebels in fighting near Kaya on Monday. "
                       "Six soldiers were killed, it said.")
    (e,) = only(events, "Kaya")
    assert e.fatalities.best == 46


def test_a_second_figure_for_the_same_victims_is_not_added():
    events = events_of("Gunmen killed 12 villagers near Kaya on Monday, officials said. "
                       "Another official said 15 villagers were killed.")
    (e,) = only(events, "Kaya")
    assert e.fatalities.best == 12


@pytest.mark.parametrize("follow, dead, hurt", [
    ("She died on the way to hospital.", 1, None),
    ("An elderly man was struck by a stray bullet and died later in hospital, doctors said.", 1, None),
    ("The driver was wounded.", 0, 1),
])
def test_one_person_told_after_the_event(follow, dead, hurt):
    events = events_of(f"Gunmen opened fire on a bus in Kaya on Monday. {follow}")
    (e,) = only(events, "Kaya")
    assert e.fatalities is not None and e.fatalities.best == dead
    if hurt is not None:
        assert e.counts.get("injured") == hurt


def test_a_dateline_with_its_country_is_the_filing_day_not_the_event_day():
    # the filing day (20 March) is not when the attack happened; the lede's Monday is
    text = ("KAYA, Burkina Faso, March 20 (test desk) - A local councillor was shot dead on Monday as he left "
            "a meeting, prosecutors said.\n\n"
            "Gunmen opened fire on his car in Kaya, near the central market, according to the police.")
    (e,) = only(events_of(text), "Kaya")
    assert e.event_date == date(2024, 3, 18)


def test_an_explainers_question_line_dates_the_answer():
    text = ("Kaya protests: what we know after six nights of rallies\n\n"
            "Police raided opposition offices and arrested a party leader in the town of Kaya on Tuesday, as the "
            "protests entered their sixth night.\n\n"
            "How did the protests start?\n"
            "The cabinet announced on 12 March that the vote would be put off until 2027. Thousands of people "
            "gathered in Kaya within hours.\n\n"
            "What happened on Tuesday?\n"
            "Officers searched party offices in Kaya during the day. The party's deputy leader was dragged out "
            "of the building by police and arrested, footage showed.")
    events = [e for e in only(events_of(text), "Kaya") if e.sub_event_type == "Arrests"]
    assert events and all(e.event_date == date(2024, 3, 19) for e in events)


@pytest.mark.parametrize("text, dead", [
    ("Gunmen killed twelve villagers and a teacher in Kaya on Monday.", 13),
    # "and the commander fled": a new clause, not one more victim
    ("Gunmen killed five soldiers and the commander fled, officials said in Kaya on Monday.", 5),
])
def test_one_more_victim_only_when_the_noun_ends_the_list(text, dead):
    (e,) = only(events_of(text), "Kaya")
    assert e.fatalities.best == dead


def test_a_toll_on_another_day_at_the_same_place_is_not_the_last_events():
    events = only(events_of("Rioters torched the town hall in Kaya on Monday. "
                            "Two people were killed in Kaya on Tuesday, police said."), "Kaya")
    riot = [e for e in events if e.event_type == "Riots"]
    assert riot and riot[0].fatalities is None


def test_a_speaker_is_not_the_one_who_died():
    (e,) = only(events_of("Gunmen opened fire on a bus in Kaya on Monday. He said people died."), "Kaya")
    assert e.fatalities is None or e.fatalities.best != 1


# ------------------------------------------------------------------------------------------ revised tolls

@pytest.mark.parametrize("follow", [
    "Later the ministry raised the toll to 95.",
    "The ministry later revised the toll from the raid to 95.",
    "The ministry later put the toll at 95.",
    "The toll now stands at 95, the ministry said.",
])
def test_a_toll_given_again_replaces_the_first(follow):
    events = events_of("Security forces stormed the protest camp in Kaya on Monday, killing at least 40 people, "
                       f"the health ministry said. {follow}")
    (e,) = only(events, "Kaya")
    assert e.fatalities.best == 95


def test_a_road_toll_is_no_death_toll():
    (e,) = only(events_of("Protesters set fire to a motorway toll station near Kaya on Monday."), "Kaya")
    assert e.fatalities is None


# ------------------------------------------------------------------------------------------ totals

def test_a_bare_number_after_killing_is_the_toll():
    (e,) = only(events_of("Police fired live rounds at protesters in Kaya on Monday, killing four, witnesses said."),
                "Kaya")
    assert e.fatalities.best == 4


def test_a_national_total_with_a_share_at_the_place_is_not_the_place_events_toll():
    events = events_of("Police fired live rounds at protesters in Kaya on Monday, killing four, witnesses said. "
                       "The health ministry said 120 people were killed across the country on Monday, "
                       "including 45 in Kaya.")
    assert all(e.fatalities is None or e.fatalities.best != 120 for e in events)
    (e,) = only(events, "Kaya")
    assert e.fatalities.best == 4


def test_a_running_toll_of_the_fighting_this_month_is_not_the_days_toll():
    events = events_of("Troops fought rebels in Kaya on Monday. "
                       "More than 200 people have died in the fighting in the region this month.")
    (e,) = only(events, "Kaya")
    assert e.fatalities is None


@pytest.mark.parametrize("follow, dead", [
    ("The attack claimed the lives of 9 people.", 9),
    ("Nine people lost their lives.", 9),
    ("The blast killed the bomber and four passers-by.", 5),
    ("Four soldiers and a civilian died.", 5),
    ("Police said the driver and three passengers were killed.", 4),
    ("Three people died and 20 were injured.", 3),
])
def test_more_ways_news_gives_a_toll(follow, dead):
    (e,) = only(events_of(f"Gunmen attacked the market in Kaya on Monday. {follow}"), "Kaya")
    assert e.fatalities.best == dead


def test_the_weapon_that_hurt_one_victim_is_no_new_dispersal():
    events = events_of("Rioters set fire to cars and threw stones at police in Kaya on Saturday evening. "
                       "A 70-year-old man was struck by a tear gas canister near his home and died in hospital, "
                       "doctors said.")
    (e,) = only(events, "Kaya")
    assert e.fatalities.best == 1


def test_deaths_since_the_fighting_began_are_a_running_total():
    events = events_of("Troops fought rebels in Kaya on Monday. The defence ministry has reported the deaths of "
                       "more than 400 of its servicemen since the fighting began.")
    assert all(e.fatalities is None or e.fatalities.best != 400 for e in events)


@pytest.mark.parametrize("follow, dead", [
    ("Gunmen killed a soldier and wounded two civilians.", 1),
    # groups named inside "including" are among the counted dead, not more of them
    ("At least 10 people, including four soldiers and two children, were killed.", 10),
    ("Five civilians were killed, and two soldiers and a policeman were wounded.", 5),
])
def test_follow_up_tolls_count_the_dead_once(follow, dead):
    (e,) = only(events_of(f"Gunmen attacked the market in Kaya on Monday. {follow}"), "Kaya")
    assert e.fatalities.best == dead
