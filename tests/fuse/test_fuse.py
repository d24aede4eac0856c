"""Fusion rules on hand-built claims: one incident, one event; status; conservative figures."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from sitroom.fuse import fuse, status_of
from sitroom.models import ActorRef, Claim, Evidence, Fatalities, Location, SourceRef

REBELS = ActorRef("Opposition Rebels (Syria)", "rebels", 2, "opposition")
REGIME = ActorRef("Military Forces of Syria (2000-2024)", "pro-Assad forces", 1, "government")
IS = ActorRef("Islamic State", "ISIS", 2, "jihadist")
SHEIKH_SAEED = Location("Sheikh Saeed", 36.17, 37.16, 1, "Syria", 760, "Aleppo", gazetteer_id="sy-sheikh-saeed")
JEB = Location("Jeb Chalabi", 36.20, 37.17, 2, "Syria", 760, "Aleppo", gazetteer_id="sy-jeb-chalabi")
PALMYRA = Location("Palmyra", 34.56, 38.28, 2, "Syria", 760, "Homs", gazetteer_id="sy-palmyra")

# a cited outlet carries its cue; an outlet with none is the report's own voice (fuse._press)
ELDORAR = SourceRef("Eldorar", "news outlet", "pro-opposition", cue="according to the Eldorar site")
ACTIVIST = SourceRef("pro-opposition activist", "activists", "pro-opposition")
AMAQ = SourceRef("Amaq", "party outlet", "party", party="Islamic State")
SANA = SourceRef("SANA", "state media", "pro-government", party="Syria")
TURKISH_MIL = SourceRef("Turkish military", "military", "party", party="Turkey")


def claim(cid, sub="Armed clash", day=9, loc=SHEIKH_SAEED, a1=REBELS, a2=REGIME, fat=None, src=ELDORAR,
          polarity="supports", hour=10, summary=False, et="Battles"):
    return Claim(
        id=cid, report_id="r1", entry_index=0, event_type=et, sub_event_type=sub,
        event_date=date(2016, 12, day), actor1=a1, actor2=a2, location=loc,
        fatalities=Fatalities(fat, fat, fat) if fat is not None else None, source=src, polarity=polarity,
        summary=summary, published=datetime(2016, 12, 9, hour, tzinfo=timezone.utc),
        evidence=[Evidence("r1", "UPDATE", hour * 10, hour * 10 + 5, "x", "sentence")],
    )


def test_same_incident_two_updates_is_one_event_and_corroborated():
    events = fuse([claim("a", fat=25, hour=18), claim("b", a1=REGIME, a2=None, src=ACTIVIST, hour=10)])
    assert len(events) == 1
    e = events[0]
    assert e.fatalities.best == 25
    assert e.status == "corroborated"
    assert sorted(e.claim_ids) == ["a", "b"]


def test_different_place_or_day_are_different_events():
    events = fuse([claim("a"), claim("b", loc=JEB), claim("c", day=8)])
    assert len(events) == 3


def test_summary_claim_makes_no_event():
    events = fuse([claim("a", fat=25), claim("b", loc=JEB, fat=15), claim("s", loc=None, fat=50, summary=True)])
    assert len(events) == 2
    assert sum(e.fatalities.best for e in events) == 40


def test_contradiction_makes_contested():
    events = fuse([claim("a", loc=PALMYRA, a2=IS), claim("b", loc=PALMYRA, a2=IS, polarity="contradicts",
                                                           src=ACTIVIST)])
    assert len(events) == 1 and events[0].status == "contested"


def test_contradiction_without_event_is_dropped():
    assert fuse([claim("b", polarity="contradicts")]) == []


@pytest.mark.parametrize("sources,expected", [
    ([AMAQ], "claimed"),
    ([TURKISH_MIL], "claimed"),
    ([ELDORAR], "reported"),
    ([ELDORAR, ACTIVIST], "corroborated"),
    ([AMAQ, SANA], "corroborated"),  # both sides of the fight say it happened
    ([AMAQ, SourceRef("Amaq News Agency channel", "party outlet", "party", party="Islamic State")], "claimed"),
])
def test_status_rules(sources, expected):
    claims = [claim(f"c{i}", src=s) for i, s in enumerate(sources)]
    assert status_of(claims) == expected


def test_conservative_fatalities_prefer_independent_figure():
    events = fuse([claim("a", loc=PALMYRA, a1=IS, fat=50, src=AMAQ), claim("b", loc=PALMYRA, a1=IS, fat=30,
                                                                            src=ELDORAR)])
    e = events[0]
    assert (e.fatalities.low, e.fatalities.best, e.fatalities.high) == (30, 30, 50)


def test_territory_reported_a_day_late_is_the_same_capture():
    a = claim("a", sub="Non-state actor overtakes territory", day=8, loc=PALMYRA, a1=IS, a2=REGIME, src=AMAQ)
    b = claim("b", sub="Non-state actor overtakes territory", day=9, loc=PALMYRA, a1=IS, a2=None, src=AMAQ, hour=20)
    events = fuse([b, a])
    assert len(events) == 1 and events[0].event_date == date(2016, 12, 8)


def test_fusion_is_order_independent_and_ids_stable():
    claims = [claim("a", fat=25), claim("b", loc=JEB, fat=15), claim("c", day=8)]
    one = [e.to_dict() for e in fuse(claims)]
    two = [e.to_dict() for e in fuse(list(reversed(claims)))]
    assert one == two
    assert len({e["id"] for e in one}) == 3


def test_interaction_code_joins_inter_codes_lowest_first():
    e = fuse([claim("a")])[0]
    assert e.interaction == 12
    assert e.disorder_type == "Political violence"


def test_revised_toll_replaces_the_figures_reported_before_it():
    early = claim("a", fat=13, hour=9)
    later = claim("b", fat=30, hour=19, src=ACTIVIST)
    later.evidence = [Evidence("r1", "UPDATE", 190, 195,
                               "Doctors now say at least 30 people were killed, up from the 13 they reported earlier.",
                               "sentence")]
    assert fuse([early, later])[0].fatalities.best == 30
    # without a revision cue the conservative figure stands
    plain = claim("c", fat=30, hour=19, src=ACTIVIST)
    assert fuse([early, plain])[0].fatalities.best == 13


def test_claim_near_two_territory_clusters_joins_the_first_created():
    """Day 7 is within a day of both the 5-6 capture and the 8-9 one: the claim joins the earlier cluster."""
    take = "Non-state actor overtakes territory"
    days = {"a": 5, "b": 9, "c": 6, "d": 8, "e": 7}  # in the order they were reported
    claims = [claim(cid, sub=take, day=day, loc=PALMYRA, a1=IS, a2=None, src=AMAQ, hour=hour)
              for hour, (cid, day) in enumerate(days.items(), 1)]
    events = fuse(list(reversed(claims)))
    assert [(e.event_date.day, e.claim_ids) for e in events] == [(5, ["a", "c", "e"]), (8, ["b", "d"])]


def test_a_retelling_joins_its_incident_and_the_incident_keeps_its_kind_place_and_day():
    # a lede's "air strike" at Palmyra, a day off, joins the body's clash at Sheikh Saeed it retells:
    # one event, with the body's kind, place and day, and the lede's figure
    body = claim("body", loc=SHEIKH_SAEED, day=9, hour=12)
    lede = claim("lede", sub="Air/drone strike", et="Explosions/Remote violence", loc=PALMYRA, day=8,
                 fat=12, hour=11)
    lede.flags.append("joins:body")
    events = fuse([lede, body])
    assert len(events) == 1
    e = events[0]
    assert (e.sub_event_type, e.location.name, e.event_date) == ("Armed clash", "Sheikh Saeed", date(2016, 12, 9))
    assert e.fatalities.best == 12
    assert sorted(e.claim_ids) == ["body", "lede"]


def test_a_retelling_whose_incident_is_absent_is_an_event_of_its_own():
    lede = claim("lede", sub="Air/drone strike", et="Explosions/Remote violence", loc=PALMYRA)
    lede.flags.append("joins:missing")
    events = fuse([lede])
    assert len(events) == 1 and events[0].sub_event_type == "Air/drone strike"


def test_a_retelling_that_names_the_weapon_tells_what_an_unspecified_explosion_was():
    blast = claim("blast", sub="Remote explosive/landmine/IED", et="Explosions/Remote violence", hour=12)
    lede = claim("lede", sub="Suicide bomb", et="Explosions/Remote violence", hour=11, fat=31)
    lede.flags.append("joins:blast")
    e = fuse([lede, blast])[0]
    assert e.sub_event_type == "Suicide bomb" and e.fatalities.best == 31
    # a named weapon in the body is not overridden by the retelling's
    shells = claim("shells", sub="Shelling/artillery/missile attack", et="Explosions/Remote violence", hour=12)
    strike = claim("strike", sub="Air/drone strike", et="Explosions/Remote violence", hour=11)
    strike.flags.append("joins:shells")
    assert fuse([strike, shells])[0].sub_event_type == "Shelling/artillery/missile attack"


def _blast(cid, trigger, report="r1", loc=SHEIKH_SAEED, hour=9):
    c = claim(cid, sub="Remote explosive/landmine/IED", et="Explosions/Remote violence", loc=loc, hour=hour, a2=None)
    c.report_id = report
    c.evidence.append(Evidence(report, "UPDATE", hour * 10, hour * 10 + 5, trigger, "trigger"))
    return c


def test_an_explosion_of_no_stated_kind_is_the_strike_the_report_tells_there_that_day():
    strike = claim("missile", sub="Shelling/artillery/missile attack", et="Explosions/Remote violence", hour=14)
    events = fuse([_blast("boom", "huge explosion hit"), strike])
    assert len(events) == 1
    assert events[0].sub_event_type == "Shelling/artillery/missile attack"
    assert sorted(events[0].claim_ids) == ["boom", "missile"]


def test_a_named_device_another_place_or_another_report_keeps_the_blast_apart():
    strike = claim("missile", sub="Shelling/artillery/missile attack", et="Explosions/Remote violence", hour=14)
    assert len(fuse([_blast("car", "car bomb"), strike])) == 2
    assert len(fuse([_blast("boom", "explosion", loc=JEB), strike])) == 2
    assert len(fuse([_blast("boom", "explosion", report="r2"), strike])) == 2


def _said(c, text):
    c.evidence = [Evidence("r1", "UPDATE", 10, 10 + len(text), text, "sentence")]
    return c


def test_a_risen_toll_is_overtaken_by_a_higher_figure_of_the_same_report():
    # one report: "first said two ... the toll rose to three by noon ... in the evening medics said five"
    rose = _said(claim("b", fat=3, hour=9), "By noon the toll had risen to three, medics said.")
    evening = _said(claim("c", fat=5, hour=9, src=ACTIVIST), "In the evening medics said five people had died.")
    first = _said(claim("a", fat=2, hour=9), "Medics first said two people had died.")
    assert fuse([first, rose, evening])[0].fatalities.best == 5
    # near miss: with no higher figure the risen toll replaces the lower one it revised
    assert fuse([first, rose])[0].fatalities.best == 3
    # near miss: a toll revised down is not overtaken by a higher figure
    down = _said(claim("d", fat=3, hour=9), "Medics revised the toll down to three.")
    assert fuse([down, evening])[0].fatalities.best == 3
