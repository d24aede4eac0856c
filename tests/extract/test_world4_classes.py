"""Background and non-events, fatalities, sub-event typing and missed events of the classes world4.yaml
showed (see that file's header). Sentences written for these tests in the style of wire copy; the last
tests run the open world4 reports."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from sitroom import geo
from sitroom.analyze import find_dates
from sitroom.fuse import fuse
from sitroom.ingest import make_report, read_inputs
from sitroom.pipeline import analyze_report

REPORTS = Path(__file__).resolve().parents[2] / "examples" / "reports"


def events_of(text: str, published: datetime):
    return fuse(analyze_report(make_report(text, published=published)).claims)


def claims_of(text: str, published: datetime):
    return [c for c in analyze_report(make_report(text, published=published)).claims if c.polarity == "supports"]


AUG = datetime(2024, 8, 8, 9, tzinfo=timezone.utc)


# ---------------------------------------------------------------------------------- 1. background, non-events

def test_a_month_this_year_or_last_year_is_that_month():
    (this,) = find_dates("in March this year", ref=date(2024, 8, 8))
    assert (this.value, this.precision) == (date(2024, 3, 1), 3)
    (last,) = find_dates("in October last year", ref=date(2024, 8, 8))
    assert (last.value, last.precision) == (date(2023, 10, 1), 3)


def test_an_earlier_year_beside_this_year_is_background_not_an_event_of_the_report_year():
    text = ("Border guards repelled an incursion near Sudzha on Tuesday, the ministry said. "
            "Armed groups raided villages in the neighbouring Belgorod region in 2023 and again this year.")
    events = events_of(text, AUG)
    assert [e.event_date for e in events] == [date(2024, 8, 6)]
    assert not any(e.event_date == date(2024, 1, 1) for e in events)


def test_people_who_fled_fighting_are_not_the_victims_of_an_attack():
    text = ("Heavy fighting broke out near the town of Sirwah on Sunday between the army and Houthi fighters. "
            "Aid workers said several thousand people had fled towards Marib city.")
    found = claims_of(text, datetime(2021, 2, 15, 12, tzinfo=timezone.utc))
    assert found and not any(c.sub_event_type == "Attack" for c in found)
    # nor is the city they fled towards a place of the fighting
    assert not any(c.location and c.location.name in ("Ma'rib", "Marib") for c in found)


def test_gunmen_attacking_displaced_people_is_still_an_attack():
    text = "Gunmen attacked displaced people in a camp near Kaga Bandoro on Monday, killing six, a UN official said."
    found = claims_of(text, datetime(2024, 5, 8, 12, tzinfo=timezone.utc))
    assert [c.sub_event_type for c in found] == ["Attack"]


def test_a_decision_taken_after_protests_is_no_protest():
    text = "Authorities closed schools across Nampula on Monday after protests over the election results."
    assert events_of(text, datetime(2024, 11, 8, 12, tzinfo=timezone.utc)) == []
    # the crowd's own act told in the cause clause is still an event
    acted = events_of("Police closed the main road in Nampula on Monday after protesters blocked it with burning "
                      "tyres.", datetime(2024, 11, 8, 12, tzinfo=timezone.utc))
    assert [e.event_type for e in acted] == ["Riots"]


def test_blasts_heard_amid_gunfire_are_the_fight_not_a_bomb():
    text = ("Soldiers fought the gunmen inside the shopping centre in Westlands on Sunday, a military spokesman said. "
            "Witnesses outside heard long bursts of gunfire and at least two loud explosions.")
    events = events_of(text, datetime(2013, 9, 23, 5, tzinfo=timezone.utc))
    assert [e.sub_event_type for e in events] == ["Armed clash"]


# ---------------------------------------------------------------------------------- 2. fatalities

def test_a_toll_whose_clause_names_one_place_is_not_split_with_another():
    text = ("The rebels pressed their offensive on the city of Goma over the weekend, and heavy fighting in Sake "
            "on Sunday killed at least 26 fighters from both sides, military sources said.")
    found = claims_of(text, datetime(2024, 2, 12, 12, tzinfo=timezone.utc))
    tolls = {c.location.name: (c.fatalities.best if c.fatalities else None) for c in found if c.location}
    assert tolls.get("Sake") == 26
    assert tolls.get("Goma") != 13


def test_a_list_of_single_victims_counts_each():
    text = "A drone struck an ambulance near Sudzha on Tuesday, killing the driver and a paramedic, the governor said."
    (claim,) = claims_of(text, AUG)
    assert claim.sub_event_type == "Air/drone strike"
    assert claim.fatalities is not None and claim.fatalities.best == 2
    assert claim.actor2 is not None and claim.actor2.side == "civilian"  # an ambulance is a civilian target


def test_a_past_perfect_toll_is_outdated_by_the_later_one():
    text = ("Gunmen stormed a shopping mall in Westlands on Saturday, shooting shoppers. "
            "The Red Cross said on Monday that 59 bodies had been recovered from the mall. "
            "On Saturday night the president had put the toll at 39 dead.")
    events = [e for e in events_of(text, datetime(2013, 9, 23, 5, tzinfo=timezone.utc)) if e.sub_event_type == "Attack"]
    assert len(events) == 1 and events[0].fatalities is not None and events[0].fatalities.best == 59


def test_both_sides_dead_told_in_two_clauses_add_up():
    text = "The army said 12 rebels were killed in fighting near Goma on Monday and that three soldiers had died."
    (event,) = events_of(text, datetime(2024, 5, 7, 12, tzinfo=timezone.utc))
    assert event.sub_event_type == "Armed clash" and event.fatalities.best == 15


def test_a_live_page_toll_that_police_now_say_replaces_the_earlier_ones():
    text = ("A car bomb exploded at a market in Karrada on Sunday, police said. "
            "Police said at least 20 people were killed in Karrada. "
            "Police now say at least 45 people were killed in the Karrada bombing, making it the deadliest "
            "attack in the capital for years.")
    events = events_of(text, datetime(2016, 7, 3, 19, tzinfo=timezone.utc))
    assert len(events) == 1
    assert events[0].location.name == "Karrada" and events[0].fatalities.best == 45


# ---------------------------------------------------------------------------------- 3. sub-event typing

def test_aviation_that_struck_is_an_air_strike_not_property_destruction():
    text = ("The ministry said army aviation had struck the enemy units in the Sudzha district on Tuesday, "
            "destroying several tanks.")
    assert [c.sub_event_type for c in claims_of(text, AUG)] == ["Air/drone strike"]


def test_an_anti_tank_rocket_fired_at_a_tank_is_a_clash_but_rockets_on_a_town_are_shelling():
    clash = "Hamas fighters hit an Israeli tank with an anti-tank rocket in western Rafah on Saturday, the group said."
    assert [e.sub_event_type for e in events_of(clash, datetime(2024, 6, 9, tzinfo=timezone.utc))] == ["Armed clash"]
    rpg = "Insurgents attacked a patrol with rocket-propelled grenades near Kidal on Saturday."
    assert [e.sub_event_type for e in events_of(rpg, datetime(2024, 6, 9, tzinfo=timezone.utc))] == ["Armed clash"]
    shelled = "Militants fired rockets at Sderot on Saturday, the army said."
    assert [e.sub_event_type for e in events_of(shelled, datetime(2024, 6, 9, tzinfo=timezone.utc))] == [
        "Shelling/artillery/missile attack"]


def test_a_crowd_stoning_an_official_is_a_violent_demonstration_and_stoning_a_man_is_mob_violence():
    at_state = "Angry residents threw stones at the convoy of the prime minister in Kisumu on Monday."
    assert [e.sub_event_type for e in events_of(at_state, datetime(2024, 5, 7, tzinfo=timezone.utc))] == [
        "Violent demonstration"]
    at_man = "An angry mob threw stones at a man accused of theft in Kisumu on Monday, killing him."
    assert [e.sub_event_type for e in events_of(at_man, datetime(2024, 5, 7, tzinfo=timezone.utc))] == [
        "Mob violence"]


# ---------------------------------------------------------------------------------- 4. missed events

def test_a_drone_that_had_hit_an_airport_abroad_is_an_air_strike():
    text = ("The coalition said that on Wednesday a Houthi drone had hit Abha International Airport in southern "
            "Saudi Arabia, setting a parked aircraft on fire.")
    found = claims_of(text, datetime(2021, 2, 15, 16, tzinfo=timezone.utc))
    assert [(c.sub_event_type, c.event_date) for c in found] == [("Air/drone strike", date(2021, 2, 10))]


def test_a_blown_up_track_is_a_remote_explosive_and_holding_passengers_hostage_an_abduction():
    blast = "Railway officials said the militants blew up a section of the track near Sibi on Tuesday."
    assert [c.sub_event_type for c in claims_of(blast, datetime(2025, 3, 13, tzinfo=timezone.utc))] == [
        "Remote explosive/landmine/IED"]
    held = "The group said on Tuesday that its fighters were holding the passengers of the train hostage near Sibi."
    assert [c.sub_event_type for c in claims_of(held, datetime(2025, 3, 13, tzinfo=timezone.utc))] == [
        "Abduction/forced disappearance"]


def test_hostages_killed_by_their_captors_are_an_attack_apart_from_the_rescue_battle():
    text = ("Security forces stormed the train near Sibi on Wednesday and killed 33 militants, the army said. "
            "Earlier in the standoff, it said, the militants had killed 21 passengers.")
    found = claims_of(text, datetime(2025, 3, 13, tzinfo=timezone.utc))
    attack = [c for c in found if c.sub_event_type == "Attack"]
    assert attack and attack[0].fatalities.best == 21
    clash = [c for c in found if c.sub_event_type == "Armed clash"]
    assert clash and all(c.fatalities is None or c.fatalities.best != 21 for c in clash)


# ---------------------------------------------------------------------------------- 5. places

def test_city_neighbourhoods_resolve():
    found = {p.text: p.place for p in geo.find_places(
        "The mall in Westlands, Nairobi. A truck bomb in Karrada and a roadside bomb in the al-Shaab district of "
        "Baghdad.") if p.place is not None}
    assert found["Westlands"].country == "Kenya" and found["Westlands"].feature == "neighbourhood"
    assert found["Karrada"].country == "Iraq"
    assert any(p.name == "Sha'ab" and p.country == "Iraq" for p in found.values())


# ---------------------------------------------------------------------------------- open reports

def _report_events(name: str):
    report = list(read_inputs([str(REPORTS / name)]))[0].report
    return fuse(analyze_report(report).claims)


def test_world4_kursk_report_has_no_event_from_its_history_paragraph():
    events = _report_events("russia-2024-08-08.txt")
    assert all(e.event_date >= date(2024, 8, 6) for e in events)
    assert any(e.sub_event_type == "Air/drone strike" for e in events)


def test_world4_karrada_report_keeps_the_market_bomb_apart_and_the_latest_toll():
    events = _report_events("iraq-2016-07-03.txt")
    shaab = [e for e in events if e.location and e.location.name == "Sha'ab"]
    assert [(e.sub_event_type, e.fatalities.best) for e in shaab] == [("Remote explosive/landmine/IED", 5)]
    karrada = [e for e in events if e.location and e.location.name == "Karrada" and e.fatalities]
    assert max(e.fatalities.best for e in karrada) == 125
    assert any(e.sub_event_type == "Violent demonstration" for e in events)
