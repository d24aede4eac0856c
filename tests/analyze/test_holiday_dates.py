"""A holiday with its year dates an event ("On Christmas Eve 2000, bombs ... killed 20"): a fixed feast its day,
a movable one its year. Sentences written for these tests."""
from datetime import date

from sitroom.analyze import find_dates
from sitroom.fuse import fuse
from sitroom.pipeline import analyze_text

REF = date(2002, 10, 14)


def test_fixed_feasts_with_a_year_are_days():
    found = find_dates("On Christmas Eve 2000, bombs at churches killed nearly 20 people.", ref=REF)
    assert [(d.value, d.precision) for d in found] == [(date(2000, 12, 24), 1)]
    found = find_dates("On New Year's Day 2001 a bomb hit a market.", ref=REF)
    assert [(d.value, d.precision) for d in found] == [(date(2001, 1, 1), 1)]


def test_a_movable_feast_gives_its_year():
    found = find_dates("At Easter 2001 gunmen attacked a church.", ref=REF)
    assert [(d.value, d.precision) for d in found] == [(date(2001, 1, 1), 4)]


def test_a_feast_without_a_year_names_no_date():
    # near miss: "on Christmas Eve" alone could be any year's; no date is made up
    assert find_dates("On Christmas Eve, bombs at churches killed nearly 20 people.", ref=REF) == []


def test_a_bombing_on_a_feast_years_ago_is_history():
    text = ("Bombs exploded outside two nightclubs in Kuta on Saturday night, killing 180 people, police said. "
            "On Christmas Eve 2000, bombs at churches in Jakarta and several other cities killed nearly 20 people.")
    places = [e.location.name for e in fuse(analyze_text(text, "2002-10-14T10:00:00Z").claims) if e.location]
    assert "Jakarta" not in places
