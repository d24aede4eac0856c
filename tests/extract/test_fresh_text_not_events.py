"""Sentences news English uses around events that are no events of their own (branch w3ev); texts written
for these tests, in the project's own words (no eval text).

Force posture (reinforcements, mobilisation, fortified positions), a group's record told in a
present-perfect relative clause, history "in past years", a deal named as suspended, a toll over several
days of fighting and a ranking of fighting already told give no event; the acts they sit beside still do.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report

PUBLISHED = datetime(2024, 5, 15, 12, tzinfo=timezone.utc)  # a Wednesday


def subtypes(text: str) -> list[str]:
    report = make_report(text, published=PUBLISHED)
    return [c.sub_event_type for c in analyze_report(report).claims if c.polarity == "supports"]


NO_EVENT = [
    # troops moved, reinforced or mobilised: a posture, not an incident
    "The defence ministry said reinforcements were heading to the northern town of Gao.",
    "A spokesman said the army had reinforced its posts along the river in Mopti region.",
    "The rebels mobilised hundreds of fighters around the town of Kidal on Tuesday, residents said.",
    "Soldiers fortified positions on the hills above the town of Bunia.",
    # a group's record beside its name
    "The Ansar faction, which has pledged allegiance to the Islamic State, did not comment.",
    "The movement, which has attacked police stations in the province in recent months, said in a statement "
    "that it would respond.",
    # history told as such
    "The old church in Marawi had been attacked with grenades several times in past years.",
    # a truce named again as suspended
    "The cabinet had announced a ceasefire with the rebels on New Year's Day, but the rebels said they had never "
    "accepted it, and the cabinet suspended the ceasefire days later.",
    # a toll over several days of fighting
    "The ministry said 64 of its soldiers had been killed in three days of fighting along the frontier.",
    # a ranking of fighting already told
    "This week's fighting is the heaviest since the war ended in 2020.",
]


@pytest.mark.parametrize("text", NO_EVENT, ids=[t[:40] for t in NO_EVENT])
def test_no_event(text):
    assert subtypes(text) == []


def test_posture_beside_fighting_keeps_the_fighting():
    text = "Rebels attacked an army post in the town of Beni on Tuesday, killing four soldiers, before reinforcements arrived."
    assert "Armed clash" in subtypes(text)


def test_a_relative_clause_in_the_past_tense_keeps_its_event():
    text = "Police killed two gunmen, who had stormed a bank in the town of Mombasa on Tuesday, officials said."
    assert subtypes(text) != []


def test_an_agreement_made_is_still_an_agreement():
    text = "The government and the militia agreed on Tuesday to a truce in the city of Misrata, the envoy said."
    assert subtypes(text) == ["Agreement"]


def test_a_toll_of_one_day_is_still_an_event():
    text = "Eleven soldiers were killed on Tuesday when rebels attacked a base in the town of Tillaberi, the army said."
    assert subtypes(text) != []


def test_burning_offices_is_property_destruction():
    text = "Rebel fighters set fire to the offices of the district governor in the town of Walikale on Tuesday."
    assert subtypes(text) == ["Looting/property destruction"]


def test_burning_by_the_attackers_just_told_is_that_attack():
    text = ("Gunmen attacked the village of Tanout on Tuesday, killing 20 residents. "
            "Witnesses said the attackers went through the village and set fire to homes.")
    assert subtypes(text).count("Looting/property destruction") == 0
    assert "Attack" in subtypes(text)


def test_repelling_the_attack_just_told_is_that_attack():
    text = ("Militants attacked a police station in the town of Garissa early on Tuesday, killing three officers, "
            "the police said. A spokesman said officers repelled the attack and that two wounded men had been "
            "taken to hospital.")
    report = make_report(text, published=PUBLISHED)
    claims = [c for c in analyze_report(report).claims if c.polarity == "supports"]
    fresh = [c for c in claims if "anaphoric" not in c.flags]
    assert len(fresh) == 1


def test_a_headline_told_again_by_its_lede_is_one_event():
    from sitroom.fuse import fuse

    text = ("Six soldiers killed in attack on army camp in Kidal, military says\n\n"
            "BAMAKO, May 15 - Six soldiers were killed when militants attacked an army camp in the northern region "
            "of Kidal early on Monday, the army said.\n\n"
            "The defence minister condemned the attack and called for calm.")
    report = make_report(text, published=PUBLISHED)
    events = fuse(analyze_report(report).claims)
    assert len(events) == 1
    assert str(events[0].event_date) == "2024-05-13"


def test_attacking_a_march_is_still_an_act():
    text = "Hundreds of ruling-party supporters attacked the march in the town of Bogra on Tuesday."
    assert subtypes(text) != []


def test_strikes_in_the_past_day_are_news_not_history():
    text = "The coalition said it had carried out six air strikes near the city of Hit in the past 24 hours."
    assert subtypes(text) == ["Air/drone strike"]


def test_in_the_past_alone_is_still_history():
    assert subtypes("The militia has attacked the town of Beni with mortars in the past.") == []


def test_waves_of_strikes_are_strikes():
    text = "Warplanes carried out waves of air strikes on villages in the Marib district, residents said."
    assert subtypes(text) == ["Air/drone strike"]


def test_hundreds_of_rockets_since_a_day_stay_a_total():
    text = "Militants have fired hundreds of rockets at the south since Monday evening, the army says."
    assert subtypes(text) == []


def test_rockets_stopped_outright_are_disrupted_weapons_use():
    text = "Rockets fired at the town of Kiryat Shmona on Tuesday evening were intercepted, the army said."
    assert subtypes(text) == ["Disrupted weapons use"]


def test_rockets_mostly_stopped_are_still_an_attack():
    text = "The army said about 20 projectiles crossed into the Safed area on Tuesday and that most were intercepted."
    assert subtypes(text) == ["Shelling/artillery/missile attack"]


def test_an_interceptor_downing_drones_is_disrupted_weapons_use():
    text = "Air defences intercepted three drones over the city of Erbil on Tuesday, officials said."
    assert subtypes(text) == ["Disrupted weapons use"]


def test_fighting_going_on_after_a_capture_is_that_capture():
    text = ("Rebels captured most of the town of Walikale on Tuesday. "
            "Soldiers fell back to the airport, where fighting continued into the night.")
    assert "Armed clash" not in subtypes(text)
    assert "Non-state actor overtakes territory" in subtypes(text)


def test_executions_after_a_told_capture_are_an_attack():
    text = ("Rebels captured the town of Kalehe on Tuesday, officials said. "
            "An officer said the rebels had also executed six prisoners after capturing the town.")
    assert "Attack" in subtypes(text)


def test_a_headline_placed_only_by_the_dateline_sums_up_the_story():
    from sitroom.fuse import fuse

    text = ("Georgia says 40 soldiers killed in attacks on border posts\n\n"
            "TBILISI, May 15 - Georgia said on Wednesday that 40 of its soldiers had been killed in three days of "
            "fighting along the border.\n\n"
            "The defence ministry said artillery hit the town of Gori on Monday and damaged several houses. "
            "Separately, troops clashed with attackers near the town of Zugdidi on Tuesday, the ministry said.")
    report = make_report(text, published=PUBLISHED)
    events = fuse(analyze_report(report).claims)
    assert not any(e.location is not None and e.location.name == "Tbilisi" for e in events), \
        [(e.sub_event_type, e.location.name if e.location else None) for e in events]


def test_gunmen_storming_a_newsroom_is_an_attack_on_civilians():
    text = ("Masked gunmen stormed the offices of a private television channel in the city of Basra on Tuesday, "
            "smashed equipment and beat two employees, staff said.")
    assert subtypes(text) == ["Attack"]
