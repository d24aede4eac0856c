"""One incident told twice in one report is one event (CODING-RULES: one event per place, day and kind; a
summary is not an event of its own): a summary section's or a lede's account of what the body tells at
that place joins the body's incident, and a toll line that opens a paragraph joins the incident the
paragraph then tells. Texts written for these tests."""
from __future__ import annotations

from sitroom.fuse import fuse
from sitroom.ingest import read_inputs
from sitroom.pipeline import analyze_report

OVERVIEW_SECTION = """---
published: 2022-11-06T12:00:00Z
outlet: sitroom tests
title: Weekly security brief
---
NORTHERN REGION SECURITY BRIEF
Sunday 6 November 2022

OVERVIEW
An air strike hit Dori on Saturday, and gunmen attacked a convoy near Djibo.

INCIDENTS
- Dori: Artillery shells fired by the army struck a market on the edge of the town on Saturday afternoon, killing four traders, the mayor said.

- Djibo: Gunmen ambushed a supply convoy escorted by soldiers south of the town on Friday, witnesses said. Eleven soldiers were killed.
"""

UNDATED_LEDE = """---
published: 2023-03-15T18:00:00Z
outlet: sitroom tests
title: Market bombing
---
Bomb kills traders in Kismayo market

A bomb planted in a cart tore through the main market in Kismayo, killing at least nine traders and wounding dozens, police and a hospital official said.

The bomb exploded in the market shortly after 9 a.m. on Tuesday, when it was crowded, a police officer told reporters. Several stalls were destroyed.
"""

TWO_INCIDENTS = """---
published: 2014-07-20T18:00:00Z
outlet: sitroom tests
title: Fighting in southern Gaza
---
SOUTHERN GAZA DAILY NOTE
Sunday 20 July 2014

KEY POINTS
- Israeli troops fought Hamas fighters in Khan Younis on Saturday.

INCIDENTS
- Rafah: Hamas fighters attacked an army post on Saturday morning and killed three soldiers, the army said.

- Bani Suheila: Hamas fighters and Israeli troops clashed for two hours on Saturday afternoon, the army said.
"""

TOLL_LINE = """---
published: 2021-04-12T20:00:00Z
outlet: sitroom tests
title: Casualty bulletin
---
CASUALTY BULLETIN No. 3

GULU, 11 April: 6 dead, 20 wounded (district hospital). Several thousand students marched on the district offices in the morning. Soldiers fired live rounds into the crowd, witnesses said.

LIRA, 11 April: 2 dead (police).
"""


def _events(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    report = list(read_inputs([str(path)]))[0].report
    return fuse(analyze_report(report).claims)


def test_an_overview_line_joins_the_incident_the_body_tells_at_its_place(tmp_path):
    events = _events(tmp_path, OVERVIEW_SECTION)
    dori = [e for e in events if e.location is not None and e.location.name == "Dori"]
    # the overview's "air strike" is the shelling the body tells at Dori that day: one event, coded as the
    # body codes it, with the body's toll
    assert len(dori) == 1
    assert dori[0].sub_event_type == "Shelling/artillery/missile attack"
    assert dori[0].event_date.isoformat() == "2022-11-05"
    assert dori[0].fatalities is not None and dori[0].fatalities.best == 4
    assert any("air strike hit Dori" in x.text for x in dori[0].evidence if x.field == "sentence")


def test_an_undated_lede_is_the_incident_the_body_dates(tmp_path):
    events = _events(tmp_path, UNDATED_LEDE)
    kismayo = [e for e in events if e.location is not None and e.location.name == "Kismayo"]
    assert len(kismayo) == 1
    # the day is the body's Tuesday, not the publication day the lede would have had alone
    assert kismayo[0].event_date.isoformat() == "2023-03-14"
    assert kismayo[0].fatalities is not None and kismayo[0].fatalities.best == 9


def test_a_key_point_over_two_incidents_near_its_place_is_their_summary(tmp_path):
    events = _events(tmp_path, TWO_INCIDENTS)
    battles = [e for e in events if e.event_type == "Battles"]
    texts = [x.text for e in battles for x in e.evidence if x.field == "sentence"]
    assert not any("fought Hamas fighters in Khan Younis" in t for t in texts)
    assert len(battles) == 2


def test_a_toll_line_joins_the_incident_its_paragraph_tells(tmp_path):
    events = _events(tmp_path, TOLL_LINE)
    gulu = [e for e in events if e.location is not None and e.location.name == "Gulu"]
    assert len(gulu) == 1
    assert gulu[0].event_type in ("Protests", "Riots")
    assert gulu[0].fatalities is not None and gulu[0].fatalities.best == 6


def test_a_toll_line_with_nothing_after_it_stays_an_event(tmp_path):
    events = _events(tmp_path, TOLL_LINE)
    lira = [e for e in events if e.location is not None and e.location.name == "Lira"]
    assert len(lira) == 1
    assert lira[0].fatalities is not None and lira[0].fatalities.best == 2


def test_a_city_and_its_suburbs_is_the_sum_of_the_strikes_told_around_it(tmp_path):
    text = """---
published: 2021-05-12T22:00:00Z
outlet: sitroom tests
title: Rockets
---
A man was killed in Bat Yam, south of Tel Aviv, when a rocket hit his car on Wednesday, paramedics said. In Holon a rocket damaged a school on Wednesday. The armed wing of Hamas said it had fired 100 rockets at Tel Aviv and its suburbs.
"""
    events = _events(tmp_path, text)
    places = sorted(e.location.name for e in events if e.location is not None)
    assert "Tel Aviv" not in places
    assert "Bat Yam" in places
    # with no strike told around it, the city's own claim stays
    alone = _events(tmp_path, text.replace("A man was killed in Bat Yam, south of Tel Aviv, when a rocket hit his car "
                                           "on Wednesday, paramedics said. In Holon a rocket damaged a school on "
                                           "Wednesday. ", ""))
    assert [e.location.name for e in alone if e.location is not None] == ["Tel Aviv"]


CITY_SECTION = """---
published: 2016-11-25T20:00:00Z
outlet: sitroom tests
title: Aleppo bulletin
---
ALEPPO BULLETIN
Friday 25 November 2016

AIR STRIKES
Government aircraft bombed the outskirts of Aleppo on Friday, killing 11 people, rescue workers said.

CASUALTIES BY DISTRICT
- Jaloum: Barrel bombs dropped by helicopters killed six people in the old city district on Friday, rescue workers said.

- Sheikh Saeed: An air strike killed five people in the southern district on Friday, a monitor said.
"""


def test_a_sections_city_wide_toll_is_the_sum_of_the_districts_another_section_tells(tmp_path):
    events = _events(tmp_path, CITY_SECTION)
    assert sorted(e.location.name for e in events) == ["Jalloum", "Sheikh Saeed"]
    assert sorted(e.fatalities.best for e in events) == [5, 6]


def test_a_bulletins_first_section_is_no_lede(tmp_path):
    # with no dateline, only a paragraph of the report's body before any section heading is its lede: a
    # section's strike on the city stays an event beside the shelling another section tells in a district
    text = CITY_SECTION.replace(", killing 11 people, rescue workers said", ", rescue workers said")
    text = text[:text.index("- Jaloum:")] + text[text.index("- Sheikh Saeed:"):].replace(
        "An air strike killed five people", "Artillery shells killed five people")
    events = _events(tmp_path, text)
    assert sorted((e.sub_event_type, e.location.name) for e in events) == [
        ("Air/drone strike", "Aleppo"), ("Shelling/artillery/missile attack", "Sheikh Saeed")]


def test_a_dateline_that_names_the_country_dates_nothing(tmp_path):
    # "GAO, Mali, May 8 (...) -": the day the story was filed; the attack was on Sunday, and the body's
    # undated retelling of it is the same incident on the same day
    text = """---
published: 2023-05-08T12:00:00Z
outlet: sitroom tests
title: Market attack
---
GAO, Mali, May 8 (sitroom tests) - Gunmen killed 12 traders in an attack on a market in Gao on Sunday, officials said.

The army sent troops to the area.

Armed men on motorbikes opened fire at the market and killed twelve people, a resident said.
"""
    events = [e for e in _events(tmp_path, text) if e.event_type == "Violence against civilians"]
    assert [(e.location.name, e.event_date.isoformat()) for e in events] == [("Gao", "2023-05-07")]


def test_a_country_wide_retelling_in_the_body_joins_the_placed_incident(tmp_path):
    text = """---
published: 2023-05-08T12:00:00Z
outlet: sitroom tests
title: Market attack
---
Gunmen killed 12 traders in an attack on a market in Gao on Sunday, officials said.

Gunmen attacked a market in northern Mali on Sunday, killing a dozen people, a local radio station reported.
"""
    events = _events(tmp_path, text)
    assert [e.location.name for e in events] == ["Gao"]
    assert len(events[0].claim_ids) == 2


def test_a_line_whose_place_is_unknown_is_no_retelling(tmp_path):
    # the label names a town the gazetteer lacks: its claim falls back on the country, but it is an
    # incident of its own beside the other towns' that day
    text = """---
published: 2021-08-14T12:00:00Z
outlet: sitroom tests
title: Towns taken
---
AFGHANISTAN: PROVINCIAL CAPITALS HANDED OVER
- Qalat (Friday 13 August): Officials and troops left the city without a fight and the Taliban moved in.

- Tarinkot (Friday 13 August): The governor handed the city over to the Taliban.

- Zzyzxabad (Friday 13 August): Elders said the town was handed over to the Taliban without resistance.
"""
    events = [e for e in _events(tmp_path, text) if e.sub_event_type == "Non-violent transfer of territory"]
    assert len(events) == 3


def test_a_lede_at_the_dateline_city_joins_the_bodys_blast_with_its_toll_and_its_weapon(tmp_path):
    # the lede names the weapon and the toll, the body calls it an explosion at the same mosque: one event,
    # a suicide bombing with the lede's 31 dead (it used to be dropped as a summary, toll and all)
    text = """---
published: 2023-01-30T18:00:00Z
outlet: sitroom tests
title: Mosque bombing
---
QUETTA, Pakistan, Jan 30 (sitroom tests) - A suicide bomber killed 31 people at a mosque in Quetta on Monday, officials said.

An explosion tore through the mosque during afternoon prayers, and part of the roof fell in, police said.
"""
    events = _events(tmp_path, text)
    assert len(events) == 1
    assert events[0].sub_event_type == "Suicide bomb"
    assert events[0].fatalities is not None and events[0].fatalities.best == 31
    assert events[0].event_date.isoformat() == "2023-01-30"


def test_where_a_march_was_headed_is_not_a_second_place_of_the_incident(tmp_path):
    text = """---
published: 2019-11-16T12:00:00Z
outlet: sitroom tests
title: Marchers shot
---
Police fired on thousands of farmers who were trying to walk from their villages into the city of Cochabamba, at a bridge in Sacaba, Bolivia, on Friday, witnesses said.
"""
    events = _events(tmp_path, text)
    assert [e.location.name for e in events] == ["Sacaba"]
