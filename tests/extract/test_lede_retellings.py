"""A report's lede, its "Summary:" line and its toll line retell the incidents its body tells (ACLED: one event per
incident; a summary is no event of its own): with one incident of their kind told at their place (or inside the
province they name, or around the dateline's city), they join it; a line that tells what the body does not tell
stays an event, and two incidents the body tells stay two. Texts written for these tests."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from sitroom.extract import ledes
from sitroom.fuse import fuse
from sitroom.ingest import read_inputs
from sitroom.models import ActorRef, Claim, Evidence, Fatalities, Location
from sitroom.pipeline import analyze_report

ROOT = Path(__file__).resolve().parents[2]

WIRE = """---
published: 2022-10-17T15:00:00Z
outlet: sitroom tests
title: t
---
Government forces press offensive on Idlib as fighting kills 14

IDLIB, Syria, Oct 17 (sitroom tests) - Government forces pressed their offensive on the rebel-held city of Idlib over the weekend, and heavy fighting in Kafranbel on Sunday killed at least 14 fighters, a war monitor said.

Government troops fought rebels along several fronts around Kafranbel, the monitor said.

The United Nations said fighting had reached camps for displaced people near Kafranbel and that thousands of people had fled north in the past week.
"""

SUMMARY = """---
published: 2022-10-16T19:00:00Z
outlet: sitroom tests
title: t
---
Syria: the day's events

Summary: Rebels and government forces fought in Saraqib. A market in Kafranbel was shelled on Sunday.

1. Rebels and government troops fought in Saraqib on Sunday, a war monitor said.

2. Government forces shelled a crowded market in Kafranbel on Sunday, killing three civilians, the monitor said.

3. Government troops and rebels also clashed in Jisr al-Shughur on Sunday, the monitor said.
"""

TOLL = """---
published: 2019-07-14T06:00:00Z
outlet: sitroom tests
title: t
---
Hotel siege toll rises

KISMAYO - The number of people killed when gunmen attacked the Asasey hotel in Kismayo rose to 26 on Saturday, regional officials said.

Al Shabaab gunmen stormed the hotel in Kismayo on Friday evening and shot guests in the lobby, witnesses said.
"""

CONT = """---
published: 2024-03-14T08:00:00Z
outlet: sitroom tests
title: t
---
Army says it is still fighting rebels in Idlib province

The Syrian army said on Wednesday that its troops were still fighting rebels who attacked their positions in Idlib province on Tuesday.

The army said rebels attacked an army post at Saraqib on Tuesday morning and that soldiers repelled them after several hours, killing 12 of them.
"""

NEG1 = """---
published: 2022-10-17T15:00:00Z
outlet: sitroom tests
title: t
---
BUNIA, Congo, Oct 17 (sitroom tests) - Gunmen killed five people at a market in Bunia on Sunday, police said.

In Beni, soldiers and ADF rebels clashed on Saturday, the army said.
"""

NEG2 = """---
published: 2022-10-17T15:00:00Z
outlet: sitroom tests
title: t
---
Summary: Fighting between government forces and rebels in Idlib province on Sunday.

Government troops and rebels clashed in Saraqib on Sunday, a war monitor said.

Government troops and rebels also clashed in Kafranbel on Sunday, the monitor said.
"""

NEG3 = """---
published: 2022-10-17T15:00:00Z
outlet: sitroom tests
title: t
---
IDLIB, Syria, Oct 17 (sitroom tests) - Government troops and rebels clashed in Idlib on Saturday, a war monitor said.

On Sunday, government troops and rebels clashed in Kafranbel, the monitor said.
"""

def _events(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    report = list(read_inputs([str(path)]))[0].report
    return fuse(analyze_report(report).claims)


def _report_events(name):
    report = list(read_inputs([str(ROOT / "examples" / "reports" / name)]))[0].report
    return fuse(analyze_report(report).claims)


def test_a_dateline_lede_and_a_week_dated_line_are_the_fighting_the_body_tells(tmp_path):
    # the lede's offensive "on Idlib" (the dateline's city, 36 km from Kafranbel), its fighting in Kafranbel on
    # Sunday, the body's fighting around Kafranbel and the UN's "in the past week": one battle
    events = _events(tmp_path, WIRE)
    assert [(e.sub_event_type, e.location.name) for e in events] == [("Armed clash", "Kafranbel")]
    # the day the lede's own clause gives ("in Kafranbel on Sunday"), not the weekend's first day nor the report's
    assert events[0].event_date == date(2022, 10, 16)
    assert events[0].fatalities is not None and events[0].fatalities.best == 14


def test_a_summary_line_above_numbered_items_makes_no_event_of_its_own(tmp_path):
    events = _events(tmp_path, SUMMARY)
    assert sorted((e.location.name, e.sub_event_type) for e in events) == [
        ("Jisr al-Shughur", "Armed clash"), ("Kafranbel", "Shelling/artillery/missile attack"),
        ("Saraqib", "Armed clash")]


def test_a_toll_lede_is_the_attack_the_body_tells(tmp_path):
    events = _events(tmp_path, TOLL)
    assert [(e.sub_event_type, e.location.name) for e in events] == [("Attack", "Kismayo")]
    assert events[0].event_date == date(2019, 7, 12)  # Friday's attack; Saturday is the toll's day
    assert events[0].fatalities.best == 26


def test_fighting_still_going_on_in_the_province_is_the_attack_the_body_tells_there(tmp_path):
    events = _events(tmp_path, CONT)
    assert [(e.location.name, e.event_date) for e in events] == [("Saraqib", date(2024, 3, 12))]


def test_a_lede_that_tells_what_the_body_does_not_stays_an_event(tmp_path):
    events = _events(tmp_path, NEG1)
    assert sorted((e.sub_event_type, e.location.name) for e in events) == [("Armed clash", "Beni"),
                                                                           ("Attack", "Bunia")]


def test_a_summary_over_two_towns_joins_neither(tmp_path):
    events = _events(tmp_path, NEG2)
    assert sorted(e.location.name for e in events) == ["Kafranbel", "Saraqib"]


def test_a_dateline_lede_of_another_day_stays_apart_from_the_bodys_clash_nearby(tmp_path):
    events = _events(tmp_path, NEG3)
    assert sorted((e.location.name, e.event_date) for e in events) == [("Idlib", date(2022, 10, 15)),
                                                                       ("Kafranbel", date(2022, 10, 16))]


# ---------------------------------------------------------------- the matching rules, on claims built by hand

IRAQ = "Iraq"
KARRADA = Location("Karrada", 33.30, 44.42, 1, IRAQ, 368, gazetteer_id="t-karrada")
SHAAB = Location("Sha'ab", 33.40, 44.41, 1, IRAQ, 368, gazetteer_id="t-shaab")
IS = ActorRef("Islamic State (Iraq)", "Islamic State", 2, "jihadist")
ARMY = ActorRef("Military Forces of Iraq (2014-)", "the army", 1, "government")
PUBLISHED = datetime(2016, 7, 3, 19, tzinfo=timezone.utc)


def _claim(cid, text, sentence, trigger, sub, et, loc, a1=IS, a2=None, deaths=None):
    at = text.index(sentence)
    evidence = [Evidence("r", "", at, at + len(sentence), sentence, "sentence")]
    t = at + sentence.index(trigger)
    evidence.append(Evidence("r", "", t, t + len(trigger), trigger, "trigger"))
    return Claim(id=cid, report_id="r", entry_index=0, event_type=et, sub_event_type=sub,
                 event_date=date(2016, 7, 3), actor1=a1, actor2=a2, location=loc, evidence=evidence,
                 published=PUBLISHED, fatalities=Fatalities(deaths, deaths, deaths) if deaths else None)


BLASTS = ("Summary: A truck packed with explosives blew up in Karrada shortly after midnight.\n\n"
          "17:05 - Police say a suicide bomber drove the truck into the crowd outside a shopping centre in Karrada.\n\n"
          "13:40 - A roadside bomb exploded at a market in Sha'ab, police said.\n\n"
          "12:00 - Soldiers fought gunmen near a checkpoint in Karrada, police said.\n")


def test_a_summary_line_joins_the_body_blast_at_its_place_not_the_one_in_another_district():
    summary = _claim("summary", BLASTS, "A truck packed with explosives blew up in Karrada shortly after midnight.",
                     "truck packed with explosives", "Remote explosive/landmine/IED", "Explosions/Remote violence",
                     KARRADA)
    suicide = _claim("suicide", BLASTS, "Police say a suicide bomber drove the truck into the crowd outside a "
                     "shopping centre in Karrada.", "suicide bomber", "Suicide bomb", "Explosions/Remote violence",
                     KARRADA)
    roadside = _claim("roadside", BLASTS, "A roadside bomb exploded at a market in Sha'ab, police said.",
                      "roadside bomb", "Remote explosive/landmine/IED", "Explosions/Remote violence", SHAAB)
    clash = _claim("clash", BLASTS, "Soldiers fought gunmen near a checkpoint in Karrada, police said.", "fought",
                   "Armed clash", "Battles", KARRADA, a1=ARMY, a2=IS)
    claims = [summary, suicide, roadside, clash]
    ledes.mark_lede_summaries(claims, BLASTS)
    assert "joins:suicide" in summary.flags and not summary.summary
    events = fuse(claims)
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Remote explosive/landmine/IED", "Suicide bomb"]


STORMED = ("Summary: The main hospital of Karrada was stormed on Saturday.\n\n"
           "09:05 - Doctors say gunmen stormed the main hospital in Karrada on Saturday and shot two guards.\n\n"
           "12:00 - Soldiers fought gunmen near a checkpoint in Karrada on Saturday, police said.\n")


def test_a_passive_storming_joins_the_attack_told_with_its_verb_at_its_place():
    passive = _claim("passive", STORMED, "The main hospital of Karrada was stormed on Saturday.", "stormed",
                     "Violent demonstration", "Riots", KARRADA, a1=ActorRef("Rioters (Iraq)", "", 5, "protesters"))
    attack = _claim("attack", STORMED, "Doctors say gunmen stormed the main hospital in Karrada on Saturday and "
                    "shot two guards.", "stormed", "Attack", "Violence against civilians", KARRADA)
    clash = _claim("clash", STORMED, "Soldiers fought gunmen near a checkpoint in Karrada on Saturday, police said.",
                   "fought", "Armed clash", "Battles", KARRADA, a1=ARMY, a2=IS)
    claims = [passive, attack, clash]
    ledes.mark_lede_summaries(claims, STORMED)
    assert "joins:attack" in passive.flags
    assert sorted(e.sub_event_type for e in fuse(claims)) == ["Armed clash", "Attack"]


def test_a_summary_line_with_a_toll_over_incidents_of_two_kinds_is_their_sum():
    text = ("Summary: Twelve people were killed in Karrada on Sunday.\n\n"
            "09:05 - Gunmen shot dead seven shoppers in Karrada on Sunday, police said.\n\n"
            "12:00 - Soldiers fought gunmen near a checkpoint in Karrada on Sunday, killing five, police said.\n")
    line = _claim("line", text, "Twelve people were killed in Karrada on Sunday.", "killed",
                  "Attack", "Violence against civilians", KARRADA, deaths=12)
    line.sub_event_type, line.event_type = "Armed clash", "Battles"  # read as fighting, it counts both incidents
    attack = _claim("attack", text, "Gunmen shot dead seven shoppers in Karrada on Sunday, police said.",
                    "shot dead", "Attack", "Violence against civilians", KARRADA, deaths=7)
    clash = _claim("clash", text, "Soldiers fought gunmen near a checkpoint in Karrada on Sunday, killing five, "
                   "police said.", "fought", "Armed clash", "Battles", KARRADA, a1=ARMY, a2=IS, deaths=5)
    claims = [line, attack, clash]
    ledes.mark_lede_summaries(claims, text)
    # the line is of the clash's kind and place: fusion takes it into the clash as its own telling, or it sums up;
    # it is never taken for the attack (whose verb or type it does not share)
    assert "joins:attack" not in line.flags
    events = fuse(claims)
    assert len(events) == 2
    attack_event = next(e for e in events if e.sub_event_type == "Attack")
    assert "line" not in attack_event.claim_ids


def test_the_russian_ministrys_still_fighting_lede_is_the_sudzha_battle():
    events = _report_events("russia-2024-08-08.txt")
    clashes = sorted((e.location.name, e.event_date) for e in events if e.sub_event_type == "Armed clash")
    assert clashes == [("Sudzha", date(2024, 8, 6)), ("Sudzha", date(2024, 8, 7))]


def test_the_el_fasher_summary_lines_make_no_events_of_their_own():
    events = _report_events("sudan-2024-06-09.txt")
    kinds = sorted(e.sub_event_type for e in events)
    assert "Violent demonstration" not in kinds  # the hospital "was stormed": the RSF's attack on it
    assert kinds.count("Armed clash") == 1
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert any("was stormed on Saturday" in x.text for x in attack.evidence)


def test_the_karrada_summary_is_the_suicide_bombing():
    events = _report_events("iraq-2016-07-03.txt")
    karrada = [e for e in events if e.location and e.location.name == "Karrada"
               and e.event_type == "Explosions/Remote violence"]
    assert [e.sub_event_type for e in karrada] == ["Suicide bomb"]
    assert karrada[0].fatalities.best == 125


def test_the_marib_lede_and_the_week_dated_line_are_the_sirwah_battle():
    events = _report_events("yemen-2021-02-15.txt")
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert [(e.location.name, e.event_date) for e in clashes] == [("Sūq Şirwāḩ", date(2021, 2, 14))]
    assert clashes[0].fatalities.best == 26


# a labelled summary whose words name another country than the body's incidents (the attackers' origin, a
# neighbour): it still sums up the report's own incidents (own-words texts)
ABROAD = """---
published: 2011-03-09T08:00:00Z
outlet: sitroom tests
title: t
---
Border monitor - daily summary

{summary}

1. KOLDA region, Monday 7 March. Senegalese troops attacked a rebel base near Kolda on Monday, the army said.

2. KOLDA region, Tuesday 8 March. Soldiers and rebels clashed again south of Kolda on Tuesday, residents said.
"""

ABROAD_SUMMARIES = (
    "Summary: Senegal's army began an offensive on Monday against bases set up by rebels who came from Guinea-Bissau.",
    "Summary: Troops from Senegal attacked camps of fighters from Guinea-Bissau on Monday.",
    "Overview: The army of Senegal launched an assault on Monday on rebel camps run by groups from Guinea-Bissau.",
)


def test_a_summary_naming_the_attackers_home_country_makes_no_event_there(tmp_path):
    for summary in ABROAD_SUMMARIES:
        events = _events(tmp_path, ABROAD.replace("{summary}", summary))
        assert events, summary
        assert all(e.location is not None and e.location.country == "Senegal" for e in events), \
            (summary, [(e.sub_event_type, e.location and e.location.name) for e in events])


def test_a_body_line_naming_the_neighbour_still_tells_its_own_fight_there(tmp_path):
    # near miss: not a summary section, a fight told in the body in the other country stays an event there
    text = ABROAD.replace("{summary}", "Senegalese troops attacked rebel camps near Kolda on Monday.").replace(
        "2. KOLDA region, Tuesday 8 March. Soldiers and rebels clashed again south of Kolda on Tuesday, residents said.",
        "2. BISSAU, Tuesday 8 March. Soldiers and rebels clashed in Bissau, Guinea-Bissau, on Tuesday, residents said.")
    events = _events(tmp_path, text)
    assert any(e.location is not None and e.location.country == "Guinea-Bissau" for e in events), \
        [(e.sub_event_type, e.location and e.location.name, e.location and e.location.country) for e in events]
