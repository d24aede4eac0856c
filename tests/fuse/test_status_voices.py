"""Status from who speaks (README "Data model"): `claimed` only when every voice is a party to the conflict the
event belongs to — an armed side: an armed group and its outlets, a state's armed and security forces and the
bodies that command them, not its civilian services and local officials; `corroborated` when independent voices
agree (or a party admits what others report, or parties on opposite sides agree); the report's own voice backs
no named source of the same report; the organs of one armed party are one voice."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from sitroom.fuse import _organ, status_of
from sitroom.models import ActorRef, Claim, Evidence, Location, SourceRef

KHARTOUM = Location("Khartoum", 15.55, 32.53, 1, "Sudan", 729, "Khartoum")
LIMA = Location("Lima", -12.04, -77.03, 1, "Peru", 604, "Lima")
KHARKIV = Location("Kharkiv", 49.98, 36.25, 1, "Ukraine", 804, "Kharkiv")
ALEPPO = Location("Aleppo", 36.2, 37.16, 1, "Syria", 760, "Aleppo")
MOSUL = Location("Mosul", 36.34, 43.12, 1, "Iraq", 368, "Nineveh")
CELAYA = Location("Celaya", 20.52, -100.81, 1, "Mexico", 484, "Guanajuato")

SUDAN_ARMY = ActorRef("Military Forces of Sudan (2019-)", "the army", 1, "government", key="state_forces:SDN")
RSF = ActorRef("RSF: Rapid Support Forces", "the RSF", 2, "opposition", key="rsf")
PERU_POLICE = ActorRef("Police Forces of Peru (2022-)", "police", 1, "government", key="police:PER")
PERU_RIOTERS = ActorRef("Rioters (Peru)", "a crowd", 5, "protesters", key="rioters:PER")
PERU_PROTESTERS = ActorRef("Protesters (Peru)", "students", 6, "protesters", key="protesters:PER")
RUSSIA = ActorRef("Military Forces of Russia (2000-)", "Russian forces", 8, "external", key="state_forces:RUS")
UKR_ARMY = ActorRef("Military Forces of Ukraine (2019-)", "Ukrainian troops", 1, "government", key="state_forces:UKR")
UKR_CIVILIANS = ActorRef("Civilians (Ukraine)", "residents", 7, "civilian", key="civilians:UKR")
SYRIA_ARMY = ActorRef("Military Forces of Syria (2000-2024)", "regime forces", 1, "government", key="state_forces:SYR")
REBELS = ActorRef("Opposition Rebels (Syria)", "rebels", 2, "opposition", key="rebels:SYR")
IS_IRAQ = ActorRef("Islamic State (Iraq)", "militants", 2, "jihadist", key="islamic_state")
FOREIGN_CIVILIANS = ActorRef("Civilians (Turkey)", "drivers", 7, "civilian", key="civilians:TUR")
GUNMEN = ActorRef("Unidentified Armed Group (Mexico)", "gunmen", 3, "unknown", key="unidentified:MEX")
MEX_CIVILIANS = ActorRef("Civilians (Mexico)", "supporters", 7, "civilian", key="civilians:MEX")

OUTLET = SourceRef("Daily Wire Service", "news outlet", "unknown")  # the report's own voice: no cue
WITNESSES = SourceRef("witnesses", "witnesses", "unknown", cue="witnesses said")
SUDAN_ARMY_SRC = SourceRef("army (Sudan)", "armed group", "party:state_forces:SDN", cue="the army said",
                           party="state_forces:SDN")
RSF_SRC = SourceRef("RSF: Rapid Support Forces", "armed group", "party:rsf", cue="the RSF said", party="rsf")
PERU_MINISTRY = SourceRef("Interior Ministry", "government", "party:Peru", cue="the Interior Ministry said",
                          party="Peru")
PERU_POLICE_SRC = SourceRef("police (Peru)", "armed group", "party:police:PER", cue="police said", party="police:PER")
GOVERNOR = SourceRef("regional governor", "government", "party:Ukraine", cue="the regional governor said",
                     party="Ukraine")
GENERAL_STAFF = SourceRef("General Staff of the Armed Forces of Ukraine", "military", "party", cue="the General Staff said",
                          party="Ukraine")
RUSSIAN_MOD = SourceRef("Russian defence ministry", "government", "party:Russia", cue="the Russian defence ministry said",
                        party="Russia")
TURKISH_OFFICIALS = SourceRef("Turkish officials", "government", "party:Turkey", cue="Turkish officials said",
                              party="Turkey")
PROSECUTOR = SourceRef("state prosecutor's office", "government", "party:Mexico", cue="the prosecutor's office said",
                       party="Mexico")
LOCAL_MEDIA = SourceRef("local media", "news outlet", "unknown", cue="according to local media")
PRO_GOV_SITE = SourceRef("pro-government website", "news outlet", "pro-government", cue="a pro-government website said")


def claim(cid, src, a1, a2, loc, et="Battles", sub="Armed clash", report="r1", hour=10):
    return Claim(
        id=cid, report_id=report, entry_index=0, event_type=et, sub_event_type=sub, event_date=date(2023, 4, 16),
        actor1=a1, actor2=a2, location=loc, source=src,
        published=datetime(2023, 4, 16, hour, tzinfo=timezone.utc),
        evidence=[Evidence(report, "", hour * 10, hour * 10 + 5, "x", "sentence")],
    )


def test_an_army_telling_its_own_battle_is_a_claim():
    assert status_of([claim("a", SUDAN_ARMY_SRC, SUDAN_ARMY, RSF, KHARTOUM)]) == "claimed"


def test_both_sides_of_a_battle_telling_it_corroborate_it():
    claims = [claim("a", SUDAN_ARMY_SRC, SUDAN_ARMY, RSF, KHARTOUM), claim("b", RSF_SRC, RSF, SUDAN_ARMY, KHARTOUM)]
    assert status_of(claims) == "corroborated"


def test_a_ministry_telling_a_riot_is_no_party_to_it():
    # a crowd set a patrol car on fire: policing a riot is no armed conflict, the ministry is a source like any other
    c = claim("a", PERU_MINISTRY, PERU_RIOTERS, PERU_POLICE, LIMA, et="Riots", sub="Mob violence")
    assert status_of([c]) == "reported"


def test_police_telling_their_arrest_of_protesters_is_reported():
    c = claim("a", PERU_POLICE_SRC, PERU_POLICE, PERU_PROTESTERS, LIMA, et="Strategic developments", sub="Arrests")
    assert status_of([c]) == "reported"


def test_a_governor_counting_the_harm_of_shelling_on_his_region_is_no_party():
    # (was: the state whose land a foreign army shells is a party, so its governor made it `claimed`) a governor
    # reports harm done to people; only the state's armed forces and the bodies commanding them are a party
    c = claim("a", GOVERNOR, RUSSIA, UKR_CIVILIANS, KHARKIV, et="Explosions/Remote violence",
              sub="Shelling/artillery/missile attack")
    assert status_of([c]) == "reported"
    # the General Staff telling the same shelling speaks for an armed side of the war
    assert status_of([claim("a", GENERAL_STAFF, RUSSIA, UKR_CIVILIANS, KHARKIV, et="Explosions/Remote violence",
                            sub="Shelling/artillery/missile attack")]) == "claimed"


def test_a_governor_and_the_general_staff_are_two_voices():
    # (was: one state's organs are one voice) the governor is a civilian official, the General Staff a party:
    # a party and a non-party asserting the same shelling corroborate it
    claims = [claim("a", GOVERNOR, RUSSIA, UKR_CIVILIANS, KHARKIV), claim("b", GENERAL_STAFF, RUSSIA, UKR_CIVILIANS, KHARKIV)]
    assert status_of(claims) == "corroborated"


def test_two_organs_of_one_armed_party_are_one_voice():
    army = SourceRef("army (Ukraine)", "military", "party:Ukraine", cue="the army said", party="Ukraine")
    mod = SourceRef("defence ministry", "government", "party:Ukraine", cue="the defence ministry said", party="Ukraine")
    claims = [claim("a", army, UKR_ARMY, RUSSIA, KHARKIV), claim("b", mod, UKR_ARMY, RUSSIA, KHARKIV)]
    assert status_of(claims) == "claimed"


def test_a_state_that_intervenes_in_a_war_is_a_party_to_it():
    # actors.yaml: Russia is party_of {Syria: government}
    assert status_of([claim("a", RUSSIAN_MOD, SYRIA_ARMY, REBELS, ALEPPO)]) == "claimed"
    # ... and agrees with the regime's camp, so it corroborates no regime claim
    sana = SourceRef("SANA", "state media", "party", cue="SANA said", party="Syria")
    assert status_of([claim("a", RUSSIAN_MOD, SYRIA_ARMY, REBELS, ALEPPO),
                      claim("b", sana, SYRIA_ARMY, REBELS, ALEPPO)]) == "claimed"


def test_officials_of_a_country_whose_citizens_are_seized_abroad_are_no_party():
    c = claim("a", TURKISH_OFFICIALS, IS_IRAQ, FOREIGN_CIVILIANS, MOSUL, et="Violence against civilians",
              sub="Abduction/forced disappearance")
    assert status_of([c]) == "reported"


def test_a_prosecutor_telling_an_attack_by_unidentified_gunmen_is_no_party():
    c = claim("a", PROSECUTOR, GUNMEN, MEX_CIVILIANS, CELAYA, et="Violence against civilians", sub="Attack")
    assert status_of([c]) == "reported"


def test_the_reports_own_voice_backs_no_named_source_of_the_same_report():
    # the lede tells the fighting, the body says residents heard it: one voice, the residents'
    claims = [claim("a", OUTLET, SUDAN_ARMY, RSF, KHARTOUM, hour=9), claim("b", WITNESSES, SUDAN_ARMY, RSF, KHARTOUM)]
    assert status_of(claims) == "reported"
    # alone, the outlet's voice reports the event
    assert status_of([claim("a", OUTLET, SUDAN_ARMY, RSF, KHARTOUM)]) == "reported"


def test_another_report_in_its_own_voice_is_another_voice():
    claims = [claim("a", OUTLET, SUDAN_ARMY, RSF, KHARTOUM, report="r2"), claim("b", WITNESSES, SUDAN_ARMY, RSF, KHARTOUM)]
    assert status_of(claims) == "corroborated"


def test_unnamed_local_media_are_the_press_but_a_described_outlet_with_a_side_is_a_voice():
    assert status_of([claim("a", LOCAL_MEDIA, SUDAN_ARMY, RSF, KHARTOUM),
                      claim("b", WITNESSES, SUDAN_ARMY, RSF, KHARTOUM)]) == "reported"
    assert status_of([claim("a", PRO_GOV_SITE, SUDAN_ARMY, RSF, KHARTOUM),
                      claim("b", WITNESSES, SUDAN_ARMY, RSF, KHARTOUM)]) == "corroborated"


def test_a_party_admitting_what_an_independent_voice_reports_corroborates_it():
    claims = [claim("a", WITNESSES, SUDAN_ARMY, RSF, KHARTOUM), claim("b", SUDAN_ARMY_SRC, SUDAN_ARMY, RSF, KHARTOUM)]
    assert status_of(claims) == "corroborated"


def test_a_defence_ministry_telling_an_attack_by_gunmen_on_its_soil_is_a_party():
    # the armed forces fight whoever bears arms on the state's soil; a prosecutor only reports a crime
    mod = SourceRef("defence ministry spokesman", "government", "party:Mexico", cue="a defence ministry spokesman said",
                    party="Mexico")
    c = claim("a", mod, GUNMEN, MEX_CIVILIANS, CELAYA, et="Violence against civilians", sub="Attack")
    assert status_of([c]) == "claimed"
    c = claim("a", PROSECUTOR, GUNMEN, MEX_CIVILIANS, CELAYA, et="Violence against civilians", sub="Attack")
    assert status_of([c]) == "reported"


def test_a_missile_on_the_states_soil_with_no_perpetrator_named():
    # (was: `claimed` when the regional governor tells it) the governor reports the harm: no party
    c = claim("a", GOVERNOR, None, UKR_CIVILIANS, KHARKIV, et="Explosions/Remote violence",
              sub="Shelling/artillery/missile attack")
    assert status_of([c]) == "reported"
    # the state's armed forces telling an act of war on its soil, no perpetrator named, speak as a party
    mod = SourceRef("defence ministry", "government", "party:Ukraine", cue="the defence ministry said", party="Ukraine")
    c = claim("a", mod, None, UKR_CIVILIANS, KHARKIV, et="Explosions/Remote violence",
              sub="Shelling/artillery/missile attack")
    assert status_of([c]) == "claimed"
    # an attack on civilians by no one named is no act of war: a prosecutor reports it
    c = claim("a", PROSECUTOR, None, MEX_CIVILIANS, CELAYA, et="Violence against civilians", sub="Attack")
    assert status_of([c]) == "reported"


def test_police_telling_their_arrest_of_unarmed_people_is_reported_but_of_rebels_claimed():
    looters = ActorRef("Rioters (Peru)", "looters", 5, "protesters", key="rioters:PER")
    c = claim("a", PERU_POLICE_SRC, PERU_POLICE, looters, LIMA, et="Strategic developments", sub="Arrests")
    assert status_of([c]) == "reported"
    c = claim("a", SUDAN_ARMY_SRC, SUDAN_ARMY, RSF, KHARTOUM, et="Strategic developments", sub="Arrests")
    assert status_of([c]) == "claimed"


@pytest.mark.parametrize("name,kind,organ", [
    ("health ministry", "government", "civil"),
    ("Ministry of Public Health", "government", "civil"),
    ("regional governor", "government", "civil"),
    ("provincial council member", "government", "civil"),
    ("local lawmaker", "government", "civil"),
    ("Kharkiv regional prosecutor's office", "government", "civil"),
    ("Armenian defence ministry", "government", "armed"),
    ("Peshmerga commander", "government", "armed"),
    ("General Staff of the Armed Forces of Ukraine", "military", "armed"),
    ("interior ministry", "government", "security"),
    ("police (Peru)", "police", "security"),
    ("President Petro", "government", "command"),
    ("Government of Mali (2021-)", "government", "command"),
    ("SANA", "state media", "media"),
])
def test_which_organ_of_a_state_speaks(name, kind, organ):
    assert _organ(SourceRef(name, kind, "party:X", cue=f"the {name} said", party="X")) == organ


def test_an_organ_named_only_in_the_cue():
    # "the governor of Baalbek-Hermel, Bachir Khodr, said": the name is a person's, the office is in the cue
    src = SourceRef("Bachir Khodr", "government", "party:Lebanon", cue="the governor of Baalbek-Hermel, Bachir Khodr, said",
                    party="Lebanon")
    assert _organ(src) == "civil"


RESIDENTS = SourceRef("residents", "witnesses", "unknown", cue="residents said")
SURVIVORS = SourceRef("survivors and two pupils", "witnesses", "unknown", cue="according to survivors and two pupils")
MEDICS = SourceRef("hospital medics", "medical", "unknown", cue="hospital medics said")


def test_the_unnamed_people_on_the_spot_of_one_report_are_one_voice():
    claims = [claim("a", RESIDENTS, GUNMEN, MEX_CIVILIANS, CELAYA, et="Violence against civilians", sub="Attack"),
              claim("b", SURVIVORS, GUNMEN, MEX_CIVILIANS, CELAYA, et="Violence against civilians", sub="Attack",
                    hour=11)]
    assert status_of(claims) == "reported"


def test_people_on_the_spot_of_two_reports_are_two_voices():
    claims = [claim("a", RESIDENTS, GUNMEN, MEX_CIVILIANS, CELAYA, et="Violence against civilians", sub="Attack"),
              claim("b", SURVIVORS, GUNMEN, MEX_CIVILIANS, CELAYA, et="Violence against civilians", sub="Attack",
                    report="r2", hour=11)]
    assert status_of(claims) == "corroborated"


def test_people_on_the_spot_and_medics_are_two_voices():
    claims = [claim("a", RESIDENTS, GUNMEN, MEX_CIVILIANS, CELAYA, et="Violence against civilians", sub="Attack"),
              claim("b", MEDICS, GUNMEN, MEX_CIVILIANS, CELAYA, et="Violence against civilians", sub="Attack", hour=11)]
    assert status_of(claims) == "corroborated"


def test_an_officer_with_no_state_named_speaks_for_the_forces_of_the_fight():
    # "Colonel Hamid told reporters": an officer of the army that fought, one voice with the army's statement
    colonel = SourceRef("Hamid Osman", "military", "unknown", cue="Colonel Hamid Osman told reporters")
    claims = [claim("a", SUDAN_ARMY_SRC, SUDAN_ARMY, RSF, KHARTOUM), claim("b", colonel, SUDAN_ARMY, RSF, KHARTOUM)]
    assert status_of(claims) == "claimed"
    # "security sources said" the army repelled an attack: the forces' own people, a party to it
    insiders = SourceRef("security sources", "official", "unknown", cue="according to security sources")
    assert status_of([claim("a", insiders, SUDAN_ARMY, RSF, KHARTOUM)]) == "claimed"
    # with a non-party beside them, a party and a non-party corroborate
    assert status_of([claim("a", insiders, SUDAN_ARMY, RSF, KHARTOUM),
                      claim("b", WITNESSES, SUDAN_ARMY, RSF, KHARTOUM)]) == "corroborated"


def test_forces_sources_of_a_state_that_is_no_actor_stay_no_party():
    # near miss: gunmen kill civilians in Celaya, no state force fights: "police sources" tell it as a source
    insiders = SourceRef("police sources", "official", "unknown", cue="police sources said")
    c = claim("a", insiders, GUNMEN, MEX_CIVILIANS, CELAYA, et="Violence against civilians", sub="Attack")
    assert status_of([c]) == "reported"
    # an officer's words with no fight of his state's forces in the event are not seated in that state either
    officer = SourceRef("Juan Perez", "official", "unknown", cue="Juan Perez, an official, said")
    assert status_of([claim("a", officer, GUNMEN, MEX_CIVILIANS, CELAYA, et="Violence against civilians",
                            sub="Attack")]) == "reported"


def test_a_states_police_and_its_president_telling_a_riot_are_two_voices():
    # the state is no party to a riot: its police and its head of state are two bodies telling what they saw
    police = SourceRef("police (Peru)", "police", "party:police:PER", cue="police said", party="police:PER")
    president = SourceRef("President Ana Rios", "government", "party:Peru", cue="President Ana Rios said", party="Peru")
    claims = [claim("a", police, PERU_RIOTERS, PERU_POLICE, LIMA, et="Riots", sub="Mob violence"),
              claim("b", president, PERU_RIOTERS, PERU_POLICE, LIMA, et="Riots", sub="Mob violence")]
    assert status_of(claims) == "corroborated"


def test_police_and_the_interior_ministry_telling_a_riot_are_one_body():
    # near miss: the ministry commands the police; both are the state's security organ, one voice
    police = SourceRef("police (Peru)", "police", "party:police:PER", cue="police said", party="police:PER")
    claims = [claim("a", police, PERU_RIOTERS, PERU_POLICE, LIMA, et="Riots", sub="Mob violence"),
              claim("b", PERU_MINISTRY, PERU_RIOTERS, PERU_POLICE, LIMA, et="Riots", sub="Mob violence")]
    assert status_of(claims) == "reported"


def test_an_army_and_its_president_telling_their_battle_stay_one_party():
    # near miss: in war the army and the head of state speak for one armed side: one voice, a claim
    president = SourceRef("President Omar Adam", "government", "party:Sudan", cue="President Omar Adam said",
                          party="Sudan")
    claims = [claim("a", SUDAN_ARMY_SRC, SUDAN_ARMY, RSF, KHARTOUM), claim("b", president, SUDAN_ARMY, RSF, KHARTOUM)]
    assert status_of(claims) == "claimed"


def _denial(cid, src, a1, a2, loc, et, sub):
    c = claim(cid, src, a1, a2, loc, et=et, sub=sub)
    c.polarity, c.modality = "contradicts", "denied"
    return c


def test_a_denial_of_live_fire_does_not_contest_the_riot():
    # rioters burned tyres and stoned police (witnesses); the police deny firing live rounds: the riot stands
    riot = claim("a", WITNESSES, PERU_RIOTERS, PERU_POLICE, LIMA, et="Riots", sub="Violent demonstration")
    denial = _denial("b", PERU_POLICE_SRC, PERU_POLICE, PERU_PROTESTERS, LIMA, "Protests",
                     "Excessive force against protesters")
    assert status_of([riot, denial], "Violent demonstration") == "reported"


def test_a_denial_of_live_fire_contests_the_excessive_force_it_denies():
    # near miss: the event is the live fire itself; the police denying it is a party denying its own act
    fire = claim("a", WITNESSES, PERU_POLICE, PERU_PROTESTERS, LIMA, et="Protests",
                 sub="Excessive force against protesters")
    denial = _denial("b", PERU_POLICE_SRC, PERU_POLICE, PERU_PROTESTERS, LIMA, "Protests",
                     "Excessive force against protesters")
    assert status_of([fire, denial], "Excessive force against protesters") == "contested"


def test_two_kinds_of_sources_under_one_noun_are_two_voices():
    """"according to security and local sources": security sources and local sources, two voices (README "Data
    model": two independent voices that are no party corroborate); "local and regional officials" and "residents
    and witnesses" stay one."""
    from sitroom.extract.sources import joined_sources
    from sitroom.models import SourceRef

    def parts(name: str) -> list[str]:
        src = SourceRef(name, "local sources", "unknown", cue=f"according to {name}")
        return [p.name for p in joined_sources(src, "Burkina Faso")]

    assert parts("security and local sources") == ["security sources", "local sources"]
    assert parts("medical and police sources") == ["medical sources", "police sources"]
    assert parts("local and regional officials") == ["local and regional officials"]
    assert parts("residents and witnesses") == ["residents and witnesses"]


def test_an_attack_by_unidentified_gunmen_told_by_security_and_local_sources_is_corroborated():
    from sitroom.fuse import fuse
    from sitroom.pipeline import analyze_text

    text = ("Unidentified gunmen killed 14 people in the village of Tadaryat in northern Burkina Faso on Friday, "
            "according to security and local sources.")
    events = fuse(analyze_text(text, "2021-06-06T12:00:00Z", outlet="test desk").claims)
    assert events and events[0].status == "corroborated", [(e.sub_event_type, e.status) for e in events]
    # near miss: one kind of source is one voice
    events = fuse(analyze_text(text.replace("security and local sources", "local sources"), "2021-06-06T12:00:00Z",
                               outlet="test desk").claims)
    assert events and events[0].status == "reported", [(e.sub_event_type, e.status) for e in events]
