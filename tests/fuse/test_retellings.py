"""One incident told twice in one report makes one event (fuse._fold_retellings): a retelling at the province's
level, on a statement's or a toll count's day, or dated only by the report's day, joins the one incident of its
kind the report tells there; two towns, two stated days, or "another attack" stay apart."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

from sitroom.fuse import fuse
from sitroom.models import ActorRef, Claim, Evidence, Location, SourceRef

REBELS = ActorRef("Opposition Rebels (Syria)", "rebels", 2, "opposition")
REGIME = ActorRef("Military Forces of Syria (2000-2024)", "government forces", 1, "government")
IS = ActorRef("Islamic State", "ISIS", 2, "jihadist")
SHEIKH_SAEED = Location("Sheikh Saeed", 36.17, 37.16, 1, "Syria", 760, "Aleppo", gazetteer_id="sy-sheikh-saeed")
JEB = Location("Jeb Chalabi", 36.20, 37.17, 1, "Syria", 760, "Aleppo", gazetteer_id="sy-jeb-chalabi")
ALEPPO_PROVINCE = Location("Aleppo", 36.20, 37.16, 3, "Syria", 760, "Aleppo", gazetteer_id="ocha:SY02")
MONITOR = SourceRef("Syrian Observatory for Human Rights", "monitor", "independent", cue="the monitor said")
PUBLISHED = datetime(2016, 12, 11, 18, tzinfo=timezone.utc)


def told(cid: str, sentence: str, at: int, day: int, loc: Location | None, when: str | None = None,
         where: str | None = None, a1=REBELS, a2=REGIME, flags=(), report="r1", sub="Armed clash",
         et="Battles") -> Claim:
    """A claim read from `sentence` (starting at offset `at` of the report), with the date and place evidence
    the sentence gives (`when`, `where`: the words that state them, when it does)."""
    evidence = [Evidence(report, "", at, at + len(sentence), sentence, "sentence")]
    for words, field in ((when, "date"), (where, "location")):
        if words:
            start = at + sentence.index(words)
            evidence.append(Evidence(report, "", start, start + len(words), words, field))
    return Claim(id=cid, report_id=report, entry_index=0, event_type=et, sub_event_type=sub,
                 event_date=date(2016, 12, day), actor1=a1, actor2=a2, location=loc, source=MONITOR,
                 evidence=evidence, published=PUBLISHED, flags=list(flags))


def clash_in_sheikh_saeed(at: int = 300) -> Claim:
    return told("town", "Rebels and government forces fought in Sheikh Saeed on Friday, the monitor said.", at, 9,
                SHEIKH_SAEED, when="Friday", where="Sheikh Saeed")


def test_a_province_level_retelling_joins_the_one_incident_told_at_a_town_there():
    province = told("province", "Fighting raged in Aleppo province on Friday, the monitor said.", 0, 9,
                    ALEPPO_PROVINCE, when="Friday", where="Aleppo province")
    events = fuse([province, clash_in_sheikh_saeed()])
    assert len(events) == 1
    assert events[0].location.name == "Sheikh Saeed"  # the town's telling gives the place
    assert sorted(events[0].claim_ids) == ["province", "town"]


def test_a_province_level_line_over_two_towns_joins_neither():
    province = told("province", "Fighting raged in Aleppo province on Friday, the monitor said.", 0, 9,
                    ALEPPO_PROVINCE, when="Friday", where="Aleppo province")
    jeb = told("jeb", "Rebels and government forces also fought in Jeb Chalabi on Friday.", 500, 9, JEB,
               when="Friday", where="Jeb Chalabi")
    events = fuse([province, clash_in_sheikh_saeed(), jeb])
    assert len(events) == 3
    assert sorted(e.location.name for e in events) == ["Aleppo", "Jeb Chalabi", "Sheikh Saeed"]


def test_two_towns_the_text_names_stay_two_events_however_near():
    jeb = told("jeb", "Government forces and rebels fought in Jeb Chalabi on Friday.", 500, 9, JEB,
               when="Friday", where="Jeb Chalabi")
    events = fuse([clash_in_sheikh_saeed(), jeb])
    assert len(events) == 2


def test_a_statement_day_retelling_joins_the_incident_on_its_stated_day():
    # "the army said on Sunday that ...": Sunday is the statement's day, not the clash's
    statement = told("statement", "The army said on Sunday that its troops had repelled an attack by rebels.", 0, 11,
                     None, when="Sunday", a1=REGIME, a2=REBELS)
    events = fuse([statement, clash_in_sheikh_saeed()])
    assert len(events) == 1
    assert events[0].event_date == date(2016, 12, 9)
    assert events[0].location.name == "Sheikh Saeed"


def test_a_lede_dated_only_by_the_report_joins_the_body_incident_of_the_day_before():
    lede = told("lede", "Rebels clashed with government forces in Aleppo province, the monitor said.", 0, 11,
                ALEPPO_PROVINCE, where="Aleppo province")  # no day of its own: the report's (11 December)
    body = told("town", "The fighting in Sheikh Saeed began on Saturday night.", 300, 10, SHEIKH_SAEED,
                when="Saturday night", where="Sheikh Saeed")
    events = fuse([lede, body])
    assert len(events) == 1
    assert events[0].event_date == date(2016, 12, 10)


def test_an_undated_headline_joins_the_body_incident_whose_day_an_earlier_line_stated():
    # the body's lines carry Saturday from the line before them (no day of their own); the headline carries only
    # the report's day (11 December): one incident, on the body's day
    headline = told("headline", "Rebels and army clash near Aleppo, monitor says", 0, 11, None)
    body = told("body", "The monitor said the rebels had tried to cut the road before the army struck back.", 300,
                10, None)
    events = fuse([headline, body])
    assert len(events) == 1
    assert events[0].event_date == date(2016, 12, 10)


def test_a_line_dated_only_by_the_report_after_a_line_that_carries_its_day_stays_apart():
    # the carried day counts only for a headline or lede told before the body; a later undated line may be the
    # report's day's own incident
    body = told("body", "The monitor said the rebels had tried to cut the road before the army struck back.", 0,
                10, None)
    later = told("later", "Rebels and the army clash near the road, the monitor says.", 300, 11, None)
    assert len(fuse([body, later])) == 2


def test_in_a_live_blog_a_statements_day_stays_apart_from_a_post_that_only_carries_its_days_heading():
    # a live blog's posts (published at two times): a post carrying Saturday from its heading is no statement of
    # that day that a line dated only by a statement's day could drift from
    post = told("post", "10:20 - The monitor says the rebels tried to cut the road before the army struck back.",
                300, 10, None)
    post = replace(post, published=datetime(2016, 12, 10, 10, 20, tzinfo=timezone.utc))
    statement = told("statement", "The army said on Sunday that its troops had repelled an attack by rebels.", 900,
                     11, None, when="Sunday", a1=REGIME, a2=REBELS)
    events = fuse([post, statement])
    assert len(events) == 2


def test_a_toll_update_on_the_next_day_joins_the_incident():
    toll = told("toll", "The toll from the fighting rose to 12 on Saturday, the monitor said.", 600, 10,
                SHEIKH_SAEED, when="Saturday", flags=("toll-update",))
    events = fuse([clash_in_sheikh_saeed(), toll])
    assert len(events) == 1
    assert events[0].event_date == date(2016, 12, 9)


def test_two_days_both_stated_stay_two_events():
    saturday = told("sat", "Rebels and government forces fought again in Aleppo province on Saturday.", 600, 10,
                    ALEPPO_PROVINCE, when="Saturday", where="Aleppo province")
    events = fuse([clash_in_sheikh_saeed(), saturday])
    assert len(events) == 2


def test_another_attack_stays_apart():
    other = told("other", "In another attack, rebels hit government positions in Aleppo province on Friday.", 600, 9,
                 ALEPPO_PROVINCE, when="Friday", where="Aleppo province")
    events = fuse([clash_in_sheikh_saeed(), other])
    assert len(events) == 2


def test_two_named_armed_actors_in_one_role_stay_apart():
    jihadists = told("is", "Islamic State fighters attacked government forces in Aleppo province on Friday.", 600, 9,
                     ALEPPO_PROVINCE, when="Friday", where="Aleppo province", a1=IS)
    events = fuse([clash_in_sheikh_saeed(), jihadists])
    assert len(events) == 2


def test_a_retelling_in_another_report_is_no_retelling_of_this_one():
    province = told("province", "Fighting raged in Aleppo province on Friday, the monitor said.", 0, 9,
                    ALEPPO_PROVINCE, when="Friday", where="Aleppo province", report="r2")
    assert len(fuse([province, clash_in_sheikh_saeed()])) == 2


def _events(text: str, published: str = "2022-03-15T18:00:00Z"):
    from sitroom.pipeline import analyze_text

    return fuse(analyze_text(text, published, outlet="test desk").claims)


def test_a_wire_story_tells_one_ambush_in_its_lede_and_again_in_its_body_with_the_town():
    events = _events(
        "Gunmen kill seven soldiers in northern Burkina Faso\n\n"
        "OUAGADOUGOU, March 15 - Gunmen killed seven soldiers in an attack on an army patrol in the northern "
        "province of Soum, the army said on Tuesday.\n\n"
        "The patrol was ambushed near Djibo on Monday afternoon, the army said in a statement. Four soldiers were "
        "wounded.")
    assert len(events) == 1
    e = events[0]
    assert e.location.name == "Djibo" and e.event_date == date(2022, 3, 14)
    assert e.fatalities.best == 7  # the lede's toll counts for the body's incident


def test_a_second_attack_on_another_town_stays_an_event_of_its_own():
    events = _events(
        "OUAGADOUGOU, March 15 - Gunmen killed seven soldiers in an attack on an army patrol near Djibo on Monday, "
        "the army said.\n\n"
        "In a second attack, gunmen ambushed a police convoy near Arbinda on Monday, killing three officers.")
    assert len(events) == 2


def test_strikes_on_two_towns_in_one_sentence_stay_two_events():
    events = _events("Army helicopters struck militant positions in Djibo and in Arbinda on Monday, the army said.")
    assert len(events) == 2


# ---------------------------------------------------------------- two kinds of one incident (fuse._cross_kind)

ARMY = ActorRef("Military Forces of Syria (2000-2024)", "the army", 1, "government")
OUTLET = SourceRef("test desk", "news outlet", "unknown")
REBEL_VOICE = SourceRef("Opposition Rebels (Syria)", "armed group", "party:rebels", cue="the rebels said",
                        party="rebels")


def test_a_handover_in_the_lede_and_an_overrun_in_the_body_are_one_taking():
    handover = told("lede", "Rebels took the town of Sheikh Saeed on Friday after the army pulled out.", 0, 9,
                    SHEIKH_SAEED, when="Friday", where="Sheikh Saeed", a2=ARMY,
                    sub="Non-violent transfer of territory", et="Strategic developments")
    overrun = told("body", "The rebels overran Sheikh Saeed late on Friday after a day of fighting.", 300, 9,
                   SHEIKH_SAEED, when="Friday", where="Sheikh Saeed", a2=ARMY,
                   sub="Non-state actor overtakes territory")
    events = fuse([handover, overrun])
    assert len(events) == 1
    assert events[0].sub_event_type == "Non-state actor overtakes territory"  # the fight's kind wins


def test_a_handover_on_another_day_stays_apart_from_the_overrun():
    handover = told("lede", "Rebels took the town of Sheikh Saeed on Sunday after the army pulled out.", 0, 11,
                    SHEIKH_SAEED, when="Sunday", where="Sheikh Saeed", a2=ARMY,
                    sub="Non-violent transfer of territory", et="Strategic developments")
    overrun = told("body", "The rebels overran Sheikh Saeed late on Friday after a day of fighting.", 300, 9,
                   SHEIKH_SAEED, when="Friday", where="Sheikh Saeed", a2=ARMY,
                   sub="Non-state actor overtakes territory")
    assert len(fuse([handover, overrun])) == 2


def _undated_taking(source=OUTLET) -> Claim:
    taking = told("taking", "Rebels have seized the army base at Sheikh Saeed, residents say.", 0, 11, SHEIKH_SAEED,
                  where="Sheikh Saeed", a2=ARMY, sub="Non-state actor overtakes territory")
    return replace(taking, source=source)


def test_a_taking_dated_only_by_the_report_is_the_fight_the_body_dates_two_days_before():
    fight = told("fight", "The rebels stormed the base in Sheikh Saeed on Friday morning and fought its garrison for hours.", 300, 9,
                 SHEIKH_SAEED, when="Friday", where="Sheikh Saeed", a2=ARMY)
    events = fuse([_undated_taking(), fight])
    assert len(events) == 1
    e = events[0]
    assert e.sub_event_type == "Non-state actor overtakes territory" and e.event_date == date(2016, 12, 9)


def test_a_taking_only_a_side_claims_stays_apart_from_the_fight():
    fight = told("fight", "The rebels stormed the base in Sheikh Saeed on Friday morning and fought its garrison for hours.", 300, 9,
                 SHEIKH_SAEED, when="Friday", where="Sheikh Saeed", a2=ARMY)
    assert len(fuse([_undated_taking(REBEL_VOICE), fight])) == 2


def _blast(a1=IS) -> Claim:
    return told("blast", "The militants set off explosives inside the shrine in Sheikh Saeed on Friday night.", 300,
                9, SHEIKH_SAEED, when="Friday night", where="Sheikh Saeed", a1=a1, a2=None,
                sub="Remote explosive/landmine/IED", et="Explosions/Remote violence")


def test_destruction_told_with_no_place_is_the_blast_of_the_same_attacker_that_day():
    lede = told("lede", "Islamic State fighters blew up a revered shrine on Friday, officials said.", 0, 9, None,
                when="Friday", a1=IS, a2=None, sub="Looting/property destruction", et="Strategic developments")
    events = fuse([lede, _blast()])
    assert len(events) == 1
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"
    assert events[0].location.name == "Sheikh Saeed"


def test_destruction_at_a_place_of_its_own_stays_an_event_of_its_own():
    burning = told("burn", "Several shops in Jeb Chalabi were also set on fire on Friday.", 0, 9, JEB,
                   when="Friday", where="Jeb Chalabi", a1=IS, a2=None, sub="Looting/property destruction",
                   et="Strategic developments")
    assert len(fuse([burning, _blast()])) == 2


def test_destruction_by_another_side_stays_apart_from_the_blast():
    lede = told("lede", "Rebels blew up a bridge on Friday, officials said.", 0, 9, None, when="Friday", a1=REBELS,
                a2=None, sub="Looting/property destruction", et="Strategic developments")
    assert len(fuse([lede, _blast()])) == 2


def test_a_second_statement_is_no_second_incident():
    first = told("first", "Rebels took the village of Sheikh Saeed on Friday, the monitor said.", 0, 9, SHEIKH_SAEED,
                 when="Friday", where="Sheikh Saeed", a2=ARMY, sub="Non-state actor overtakes territory")
    again = told("again", "In a second statement, the rebels said their fighters held Sheikh Saeed since Friday.", 300,
                 9, SHEIKH_SAEED, when="Friday", where="Sheikh Saeed", a2=ARMY,
                 sub="Non-state actor overtakes territory")
    handover = told("lede", "Rebels took Sheikh Saeed on Friday after the army withdrew.", 600, 9, SHEIKH_SAEED,
                    when="Friday", where="Sheikh Saeed", a2=ARMY, sub="Non-violent transfer of territory",
                    et="Strategic developments")
    assert len(fuse([first, again, handover])) == 1


def _night_clash() -> Claim:
    return told("night", "Rebels and government forces fought in Sheikh Saeed late on Friday night.", 300, 9,
                SHEIKH_SAEED, when="Friday night", where="Sheikh Saeed")


def test_a_night_fight_told_at_the_province_as_the_next_days_is_one_incident():
    lede = told("lede", "Rebels and government forces clashed in Aleppo province on Saturday, the monitor said.", 0,
                10, ALEPPO_PROVINCE, when="Saturday", where="Aleppo province")
    events = fuse([lede, _night_clash()])
    assert len(events) == 1
    assert events[0].location.name == "Sheikh Saeed" and events[0].event_date == date(2016, 12, 9)


def test_a_night_fight_and_the_next_days_fight_at_another_town_stay_two():
    jeb = told("jeb", "Rebels and government forces clashed in Jeb Chalabi on Saturday.", 0, 10, JEB,
               when="Saturday", where="Jeb Chalabi")
    assert len(fuse([jeb, _night_clash()])) == 2


def test_a_night_fight_and_a_province_fight_two_days_later_stay_two():
    lede = told("lede", "Rebels and government forces clashed in Aleppo province on Sunday, the monitor said.", 0,
                11, ALEPPO_PROVINCE, when="Sunday", where="Aleppo province")
    assert len(fuse([lede, _night_clash()])) == 2
