"""A series of bombings told site by site (sentences written for these tests):
- "a bomber struck Mass at the church" is a suicide bombing (a bomber on foot), not an aircraft's strike;
- "At about the same time, ..." dates its incident with the one just told, not with the post it stands in;
- names listed before a plural building noun ("the Palm, Lido and Oasis hotels in X") are buildings, not towns."""
from datetime import date

from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

PUBLISHED = "2024-03-12T10:00:00Z"  # a Tuesday


def events_of(text: str):
    return [(e.event_date, e.sub_event_type, e.location.name if e.location else None)
            for e in fuse(analyze_text(text, PUBLISHED).claims)]


def test_a_bomber_striking_a_church_is_a_suicide_bomb():
    assert events_of("On Sunday a bomber struck Mass at St Mary's Church in Jos, north of the capital.") == [
        (date(2024, 3, 10), "Suicide bomb", "Jos")]


def test_an_aircraft_named_as_bomber_is_no_suicide_bomb():
    # near miss: a bomber with its maker or country before it is an aircraft
    assert all(sub != "Suicide bomb" for _, sub, _ in events_of("A Russian bomber struck a depot near Idlib on Sunday."))


def test_at_the_same_time_dates_the_incident_with_the_one_just_told():
    text = ("Tuesday 12 March\n\n09:15 - A recap of Sunday. In the morning, bombers blew themselves up at a market in "
            "Kano, police said.\n\n09:40 - At about the same time, a bomber struck Mass at St Mary's Church in Jos.")
    assert sorted(events_of(text)) == [(date(2024, 3, 10), "Suicide bomb", "Jos"),
                                       (date(2024, 3, 10), "Suicide bomb", "Kano")]


def test_names_listed_before_hotels_are_buildings_in_the_town_named():
    assert events_of("Bombers blew themselves up at the Mansoura, Paris and Jos hotels in Kano on Sunday.") == [
        (date(2024, 3, 10), "Suicide bomb", "Kano")]


def test_towns_listed_without_a_building_noun_stay_towns():
    # near misses: a plain list of towns; and buildings named by towns alone keep the towns
    assert sorted(p for _, _, p in events_of("Bombers blew themselves up in Kano, Zaria and Jos on Sunday.")) == [
        "Jos", "Kano", "Zaria"]
    assert sorted(p for _, _, p in events_of("Gunmen attacked Kano and Zaria schools on Sunday.")) == ["Kano", "Zaria"]


def test_the_second_church_attack_of_a_bombing_series_is_one_more_bombing():
    text = ("Bombers blew themselves up at a market in Kano on Sunday morning, police said. The second church attack "
            "was at St Paul's Church in Jos, on the plateau, the police said.")
    assert sorted((sub, place) for _, sub, place in events_of(text)) == [("Suicide bomb", "Jos"), ("Suicide bomb", "Kano")]


def test_the_second_attack_after_a_shooting_stays_a_shooting():
    # near miss: the series told is gunmen's, not bombers'
    text = ("Gunmen shot dead five villagers in Kano on Sunday. The second attack was at a village near Jos, where two "
            "farmers were killed.")
    assert all(sub == "Attack" for _, sub, _ in events_of(text))


def _perpetrators(text: str, published: str):
    return [e.actor1.name for e in fuse(analyze_text(text, published).claims)]


def test_a_group_defunct_by_the_reports_day_is_not_its_bombers():
    text = ("Suicide bombers struck three churches in Colombo on Sunday. Sri Lanka has been peaceful since the civil war "
            "against the Tamil Tigers ended in 2009.")
    assert _perpetrators(text, "2019-04-23T10:00:00Z") == ["Unidentified Armed Group (Sri Lanka)"]


def test_a_group_active_on_the_reports_day_is_its_bombers():
    # near miss: the same group named while it fought
    text = "Suicide bombers struck a bus in Colombo on Sunday. The army blamed the Tamil Tigers."
    assert _perpetrators(text, "2008-04-23T10:00:00Z") == ["LTTE: Liberation Tigers of Tamil Eelam"]


def test_other_bombers_after_one_who_blew_himself_up_are_suicide_bombers():
    text = ("On Friday night attackers blew themselves up among diners at a restaurant in Rabat, police said. Other "
            "bombers attacked a hotel and a community centre in Rabat in the following minutes.")
    assert {sub for _, sub, _ in events_of(text)} == {"Suicide bomb"}


def test_a_figure_officials_had_spoken_of_earlier_is_superseded():
    text = ("On Friday night bombers blew themselves up at a hotel in Rabat, police said. Overnight, officials had spoken "
            "of about 20 dead. The interior ministry said on Saturday that 41 people were killed in the bombing.")
    events = fuse(analyze_text(text, PUBLISHED).claims)
    assert len(events) == 1 and events[0].fatalities.best == 41 and events[0].fatalities.low == 20


def test_a_figure_spoken_of_in_the_present_is_the_toll():
    # near miss: no past perfect, no earlier figure
    text = "On Friday night bombers blew themselves up at a hotel in Rabat. Officials spoke of 20 dead."
    events = fuse(analyze_text(text, PUBLISHED).claims)
    assert len(events) == 1 and events[0].fatalities.best == 20
