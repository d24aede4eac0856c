"""Who is a party, end to end (report text -> claims -> events -> status), README "Data model": a party is an
armed side of the event's conflict — an armed group and its outlets, a state's armed and security forces and the
bodies that command them; a state's civilian services and local officials, an unlisted state news agency, the UN
and witnesses are no party. `claimed`: only parties of one side; `corroborated`: two independent voices (two
distinct non-party bodies, a party and a non-party, or opposing parties agreeing); `reported`: one non-party
voice; `contested`: a party denies it."""
from __future__ import annotations

import pytest

from sitroom.extract.sources import joined_sources, resolve_source
from sitroom.fuse import fuse


def _events(text: str, published: str = "2023-05-09T18:00:00Z"):
    from sitroom.pipeline import analyze_text

    return fuse(analyze_text(text, published, outlet="test desk").claims)


def _one(text: str, sub: str):
    found = [e for e in _events(text) if e.sub_event_type == sub]
    assert len(found) == 1, [(e.sub_event_type, e.status) for e in _events(text)]
    return found[0]


def _voices(e):
    return [(s.name, s.kind) for s in e.sources]


# ------------------------------------------------------------- a state's civilian services are no party

@pytest.mark.parametrize("speaker", ["the health ministry", "the governor", "the mayor"])
def test_a_civilian_service_or_local_official_alone_reports_the_harm(speaker):
    e = _one(f"Shelling hit a school in Kupiansk on Monday, killing two teachers, {speaker} said.",
             "Shelling/artillery/missile attack")
    assert e.status == "reported", _voices(e)


def test_a_village_chief_counting_the_dead_of_a_raid_reports_it():
    e = _one("Gunmen killed nine villagers in an attack on Gwoza, Nigeria, on Monday, the village chief said.", "Attack")
    assert any("chief" in s.name for s in e.sources), _voices(e)
    assert e.status == "reported"


def test_the_health_ministry_and_civil_defence_are_two_voices():
    e = _one("An air strike hit a market in El Fasher on Monday, killing seven people, the health ministry said. "
             "Civil defence workers said they had pulled four bodies from the rubble of the market.", "Air/drone strike")
    assert e.status == "corroborated", _voices(e)


def test_two_bodies_named_in_one_attribution_are_two_voices():
    e = _one("An air strike hit a market in El Fasher on Monday, killing seven people, according to the health "
             "ministry and civil defence teams.", "Air/drone strike")
    assert e.status == "corroborated", _voices(e)


def test_a_ministry_quoted_by_the_state_news_agency_is_one_voice():
    e = _one("An air strike hit a market in El Fasher on Monday, killing seven people, the health ministry said, "
             "according to the state news agency SUNA.", "Air/drone strike")
    assert e.status == "reported", _voices(e)


def test_a_ministry_named_with_an_and_in_its_title_is_one_body():
    src = resolve_source("the Ministry of Health and Population", "according to the Ministry of Health and Population",
                         0, 10, None, "Egypt")
    assert len(joined_sources(src, "Egypt")) == 1
    # nor are residents and witnesses two bodies: the same people on the spot
    src = resolve_source("residents and witnesses", "according to residents and witnesses", 0, 10, None, "Nigeria")
    assert len(joined_sources(src, "Nigeria")) == 1


def test_the_army_and_the_health_ministry_corroborate_a_raid():
    e = _one("Gunmen killed nine villagers in an attack on Gwoza on Monday, the army said. The health ministry said "
             "nine bodies had been brought to the hospital in Gwoza.", "Attack")
    assert e.status == "corroborated", _voices(e)


# --------------------------------------------------------------------------------- state media

def test_an_unlisted_state_news_agency_relaying_a_toll_reports_it():
    e = _one("An air strike hit a market in Nabatieh on Monday, killing five people, the state news agency said.",
             "Air/drone strike")
    assert [s.kind for s in e.sources] == ["state media"] and e.status == "reported"


def test_the_registrys_party_outlet_speaks_for_its_side():
    # sources.yaml: SANA is the Syrian state's own outlet in Syria's war
    e = _one("An air strike hit a market in Douma on Monday, killing five people, SANA said.", "Air/drone strike")
    assert e.status == "claimed", _voices(e)


def test_state_television_of_a_state_whose_media_the_registry_marks_as_its_outlet():
    syria = resolve_source("state television", "state television said", 0, 10, None, "Syria")
    myanmar = resolve_source("state television", "state television said", 0, 10, None, "Myanmar")
    assert syria.stance == "party:Syria"
    assert myanmar.stance == "pro-government"


# ----------------------------------------------------------------------------- armed sides

def test_the_army_alone_telling_its_battle_claims_it():
    e = _one("Soldiers killed twelve rebels in clashes near Rutshuru on Monday, the army said.", "Armed clash")
    assert e.status == "claimed", _voices(e)


def test_the_army_and_its_defence_ministry_are_one_voice():
    e = _one("Soldiers killed twelve rebels in clashes near Rutshuru on Monday, the army said. The defence ministry "
             "said twelve rebels were killed in the clashes near Rutshuru.", "Armed clash")
    assert len(e.sources) == 2 and e.status == "claimed", _voices(e)


def test_an_armed_groups_outlet_claims_for_it():
    e = _one("Islamic State fighters killed ten soldiers in an attack on an army post near Kirkuk on Monday, "
             "Amaq said.", "Armed clash")
    assert e.status == "claimed", _voices(e)


def test_the_army_and_the_rebels_both_saying_a_town_fell_corroborate_it():
    e = _one("Al-Shabaab fighters captured the town of Jowhar in Somalia on Monday, the Somali army said. "
             "Al-Shabaab said its fighters had captured Jowhar on Monday.", "Non-state actor overtakes territory")
    assert e.status == "corroborated", _voices(e)


def test_the_army_saying_it_and_the_rebels_denying_it_contest_it():
    e = _one("Somali soldiers killed twelve al-Shabaab fighters in clashes near Mahas in central Somalia on Monday, "
             "the army said. Al-Shabaab denied that any clash had taken place near Mahas.", "Armed clash")
    assert e.status == "contested", _voices(e)


def test_a_head_of_state_claiming_a_battlefield_result_is_a_party():
    e = _one("Somali troops retook the town of Mahas from al-Shabaab on Monday, Somalia's President Hassan Sheikh "
             "Mohamud said.", "Government regains territory")
    assert e.status == "claimed", _voices(e)


def test_police_are_a_party_to_their_own_shootout_not_to_a_raid_they_only_report():
    e = _one("Police shot dead three gunmen in a shootout in Maiduguri on Monday, police said.", "Armed clash")
    assert e.status == "claimed", _voices(e)
    e = _one("Gunmen killed nine villagers in an attack on Gwoza on Monday, police said.", "Attack")
    assert e.status == "reported", _voices(e)


def test_the_un_alone_reports():
    e = _one("An air strike hit a market in El Fasher on Monday, killing seven people, the United Nations said.",
             "Air/drone strike")
    assert e.status == "reported"


def test_civil_society_leaders_and_residents_are_two_voices():
    e = _one("Gunmen killed nine villagers in an attack on Gwoza, Nigeria, on Monday, according to local civil "
             "society leaders and residents.", "Attack")
    assert e.status == "corroborated", _voices(e)
    # one of them alone reports it
    e = _one("Gunmen killed nine villagers in an attack on Gwoza, Nigeria, on Monday, local civil society leaders "
             "said.", "Attack")
    assert e.status == "reported", _voices(e)
