"""A headline and a dateline paragraph (the lede) sum up what the body then tells place by place: a
summary at country level, with no place, or at the dateline's city makes no event of its own when the
body tells the same kind of violence at a finer place that day; it stays when it is the only telling.
Texts written for these tests."""
from __future__ import annotations

from sitroom.fuse import fuse
from sitroom.ingest import read_inputs
from sitroom.pipeline import analyze_report

COUNTRY_LEDE = """---
published: 2023-07-11T18:00:00Z
outlet: sitroom tests
title: Kenya fuel protests
---
Seven dead in Kenya as fuel price protests turn violent

NAIROBI, July 11 (sitroom tests) - Seven people were killed in clashes between police and protesters across Kenya on Monday, the interior ministry said.

In Kisumu, protesters threw stones at police and burned tyres on the main road on Monday, witnesses said.

In Mombasa, police fired live rounds at marchers near the port on Monday, killing two of them, a hospital official said.
"""

ONLY_TELLING = """---
published: 2022-03-03T18:00:00Z
outlet: sitroom tests
title: Hotel attack
---
Gunmen storm hotel in Somali capital

MOGADISHU, March 3 (sitroom tests) - Gunmen stormed a hotel in the centre of Mogadishu on Thursday, killing at least four guards, police said.

The hotel is popular with officials and lawmakers. A similar attack on another hotel last year killed 12 people.
"""

UNPLACED_LEDE = """---
published: 2021-05-04T18:00:00Z
outlet: sitroom tests
title: Minister dies
---
Defence minister dies of wounds, army says

BAMAKO, May 4 (sitroom tests) - Mali's defence minister has died of wounds he suffered while leading troops against rebels, the army said on Tuesday.

On Saturday soldiers fought rebels near Kidal for several hours, the army said, and killed 20 of them.
"""

CITY_LEDE = """---
published: 2022-08-06T10:00:00Z
outlet: sitroom tests
title: Mosque bombing
---
Bomb kills worshippers at Kabul mosque

KABUL, Aug 6 (sitroom tests) - A bomb hidden in a bag killed at least 12 people at a mosque in Kabul on Friday, officials said.

The bomb went off in the mosque during evening prayers, witnesses said.
"""


def _events(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    report = list(read_inputs([str(path)]))[0].report
    return fuse(analyze_report(report).claims)


def test_country_level_headline_and_lede_fold_into_the_cities(tmp_path):
    events = _events(tmp_path, COUNTRY_LEDE)
    places = sorted(e.location.name for e in events if e.location is not None)
    assert places == ["Kisumu", "Mombasa"]
    assert all(e.location is not None for e in events)
    # the national toll is not copied onto either city
    assert all(e.fatalities is None or e.fatalities.best != 7 for e in events)


def test_a_lede_that_is_the_only_telling_stays(tmp_path):
    events = _events(tmp_path, ONLY_TELLING)
    assert [e.location.name for e in events if e.location] == ["Mogadishu"]
    assert events[0].fatalities is not None and events[0].fatalities.best == 4


def test_unplaced_lede_is_the_story_the_body_dates(tmp_path):
    events = _events(tmp_path, UNPLACED_LEDE)
    assert len(events) == 1
    assert events[0].location is not None and events[0].location.name == "Kidal"
    assert events[0].event_date.isoformat() == "2021-05-01"


def test_lede_at_the_dateline_city_keeps_its_figure(tmp_path):
    events = _events(tmp_path, CITY_LEDE)
    kabul = [e for e in events if e.location is not None and e.location.name == "Kabul"]
    assert len(kabul) == 1
    assert kabul[0].fatalities is not None and kabul[0].fatalities.best == 12


UNDATED_AGENCY_LEDE = """---
published: 2024-04-11T11:00:00Z
outlet: sitroom tests
title: Convoy ambush
---
Insurgents kill six soldiers in Niger ambush

NIAMEY, Niger (sitroom tests) - Insurgents killed six soldiers in an ambush in western Niger, two security sources said on Thursday.

The fighters shelled an army convoy with mortars near the town of Tera on Wednesday, one of the sources said.
"""

HEADLINE_OF_ANOTHER_DAY = """---
published: 2024-04-11T11:00:00Z
outlet: sitroom tests
title: Convoy ambush
---
Insurgents kill six soldiers in Niger ambush

NIAMEY, April 11 (sitroom tests) - Insurgents killed six soldiers in an ambush in western Niger on Thursday, two security sources said.

Last Sunday the fighters attacked an army convoy near the town of Tera, one of the sources said.
"""


def test_a_country_headline_over_a_lede_dated_by_its_report_tells_the_bodys_incident_of_the_day_before(tmp_path):
    # the lede's "said on Thursday" is the statement's day: the headline's ambush may be Wednesday's shelling
    events = _events(tmp_path, UNDATED_AGENCY_LEDE)
    assert len(events) == 1
    assert events[0].location.country == "Niger" and events[0].location.geo_precision == 1
    assert events[0].event_date.isoformat() == "2024-04-10"


def test_a_country_headline_over_a_lede_that_states_its_day_keeps_that_day(tmp_path):
    events = _events(tmp_path, HEADLINE_OF_ANOTHER_DAY)
    assert len(events) == 2


HEADLINE_AT_CITY_LEDE_AT_DISTRICT = """---
published: 2024-07-18T18:00:00Z
outlet: sitroom tests
title: Market bomb
---
Car bomb kills nine in Baghdad

BAGHDAD (sitroom tests) - A car bomb killed nine shoppers at a market in Baghdad on Thursday, police said.

The bomb went off outside a crowded market in Sadr City on Thursday afternoon, a police officer said.
"""

UNDATED_DATELINE = """---
published: 2024-03-05T15:00:00Z
outlet: sitroom tests
title: Base attack
---
Ten soldiers killed in attack on Somali base

MOGADISHU (sitroom tests) - Al Shabaab fighters attacked an army base near the Somali capital on Tuesday, killing ten soldiers, an officer said.

The militants stormed the base in Afgoye at dawn on Tuesday and fought the garrison for two hours, the officer said.
"""

TWO_CITIES_UNDATED_DATELINE = """---
published: 2024-03-05T15:00:00Z
outlet: sitroom tests
title: Two attacks
---
Attacks in Somalia

MOGADISHU (sitroom tests) - Al Shabaab fighters attacked an army base in Mogadishu on Tuesday, killing ten soldiers, an officer said.

In Kismayo, militants fought police at a checkpoint on Tuesday, residents said.
"""


def test_a_headline_at_the_city_goes_where_its_lede_goes(tmp_path):
    events = _events(tmp_path, HEADLINE_AT_CITY_LEDE_AT_DISTRICT)
    assert [e.location.name for e in events] == ["Sadr City"]


def test_a_dateline_with_no_date_is_a_dateline(tmp_path):
    # "MOGADISHU (Agency) -": the lede's "near the capital" is the town the body names
    events = _events(tmp_path, UNDATED_DATELINE)
    assert len(events) == 1
    assert events[0].location.name != "Mogadishu"


def test_a_lede_at_an_undated_datelines_city_and_a_body_incident_far_from_it_stay_two(tmp_path):
    events = _events(tmp_path, TWO_CITIES_UNDATED_DATELINE)
    assert sorted(e.location.name for e in events) == ["Kismayo", "Mogadishu"]


HEADLINE_OVER_A_DATED_LEDE = """---
published: 2022-06-20T10:00:00Z
outlet: sitroom tests
title: Village attacks
---
Gunmen kill 20 in central Mali villages

BAMAKO, June 19 (sitroom tests) - Gunmen killed at least 20 civilians in attacks on villages in central Mali on Sunday, local officials said on Monday.

Gunmen attacked the village of Diallassagou late on Saturday night, killing 13 people, a local official said.
"""


def test_an_undated_headline_the_body_does_not_retell_goes_where_its_lede_goes(tmp_path):
    events = _events(tmp_path, HEADLINE_OVER_A_DATED_LEDE)
    # the headline ("kill 20", dated only by the report) is the lede's story, not a fight on the report's day
    assert not any(e.event_date.isoformat() == "2022-06-20" for e in events)
    assert not any(e.sub_event_type == "Armed clash" for e in events)
