"""find_dates / resolve_weekday: relative and explicit dates resolved against a Friday 2016-12-09 report."""
from __future__ import annotations

from datetime import date

import pytest

from sitroom.analyze import find_dates, resolve_weekday

REF = date(2016, 12, 9)  # a Friday, the seed's publication day
D = date

# (sentence, mention text, value, precision, relation, end_value, future)
WRITTEN = [
    ("The army shelled the town on Thursday.", "Thursday", D(2016, 12, 8), 1, "on", None, False),
    ("Protesters gathered on Friday in the capital.", "Friday", D(2016, 12, 9), 1, "on", None, False),
    ("Thursday's strike hit a school.", "Thursday's", D(2016, 12, 8), 1, "", None, False),
    ("Gunmen attacked the post late Monday night.", "late Monday night", D(2016, 12, 5), 1, "", None, False),
    ("The envoys will meet in Geneva on Saturday.", "Saturday", D(2016, 12, 10), 1, "on", None, True),
    ("Talks are scheduled to resume on Monday.", "Monday", D(2016, 12, 12), 1, "on", None, True),
    ("The vote is set for next Friday.", "next Friday", D(2016, 12, 16), 1, "on", None, True),
    ("The report was released on December 20.", "December 20", D(2015, 12, 20), 1, "on", None, False),
    ("Two soldiers were killed yesterday.", "yesterday", D(2016, 12, 8), 1, "", None, False),
    ("Shelling continued last night.", "last night", D(2016, 12, 8), 1, "", None, False),
    ("The bridge was destroyed two days ago.", "two days ago", D(2016, 12, 7), 1, "", None, False),
    ("The clashes erupted this morning.", "this morning", REF, 1, "", None, False),
    ("The offensive began on 13 December 2015.", "13 December 2015", D(2015, 12, 13), 1, "on", None, False),
    ("The town fell on December 1.", "December 1", D(2016, 12, 1), 1, "on", None, False),
    ("The report was released on Dec. 13.", "Dec. 13", D(2016, 12, 13), 1, "on", None, False),
    ("The accord was signed on 2016-11-30 in Ankara.", "2016-11-30", D(2016, 11, 30), 1, "on", None, False),
    ("Fighting raged between 5 and 7 December.", "between 5 and 7 December", D(2016, 12, 5), 2, "during", D(2016, 12, 7), False),
    ("Rebels have held the hill since November 26.", "November 26", D(2016, 11, 26), 1, "since", REF, False),
    ("The protests began in March 2011.", "March 2011", D(2011, 3, 1), 3, "in", None, False),
    ("Government forces retook the city in March.", "March", D(2016, 3, 1), 3, "in", None, False),
    ("The group was founded in 2012.", "2012", D(2012, 1, 1), 4, "in", None, False),
    ("Aid deliveries have been blocked for days.", "for days", D(2016, 12, 2), 2, "during", REF, False),
    ("Airstrikes intensified in recent days.", "in recent days", D(2016, 12, 2), 2, "during", REF, False),
    ("The minister visited the front last week.", "last week", D(2016, 12, 2), 2, "", REF, False),
    ("The border crossing was closed last month.", "last month", D(2016, 11, 1), 3, "", None, False),
    ("Attacks rose over the past 18 months.", "over the past 18 months", D(2015, 6, 9), 4, "during", REF, False),
    ("Militias will hand over weapons in January.", "January", D(2017, 1, 1), 3, "in", None, True),
    ("The ceasefire collapsed in May.", "May", D(2016, 5, 1), 3, "in", None, False),
    # a night, late or overnight form names the day it belongs to: the latest such day on or before the report's
    ("Gunmen reached the village late on Monday night.", "Monday night", D(2016, 12, 5), 1, "on", None, False),
    ("Rebels shelled the camp overnight Tuesday.", "Tuesday", D(2016, 12, 6), 1, "", None, False),
    ("Militants stormed the base in the early hours of Thursday.", "Thursday", D(2016, 12, 8), 1, "in", None, False),
    ("The mosque was blown up on Friday night.", "Friday night", REF, 1, "on", None, False),
    # "would" + verb in reported speech is a future seen from the statement: the next such day
    ("A spokesman said the units would head for the front on Monday.", "Monday", D(2016, 12, 12), 1, "on", None, True),
    # ... but not a past conditional, nor a narrative "would later"
    ("He said the toll would have been higher on Monday.", "Monday", D(2016, 12, 5), 1, "on", None, False),
    ("Officers would later admit they opened fire on Monday.", "Monday", D(2016, 12, 5), 1, "on", None, False),
]

# (seed locator, mention text, value, precision, relation, end_value, future)
SEED = [
    ("in Germany on Thursday", "Thursday", D(2016, 12, 8), 1, "on", None, False),
    ("families on Sunday", "Sunday", D(2016, 12, 4), 1, "on", None, False),
    ("since August 24", "August 24", D(2016, 8, 24), 1, "since", REF, False),
    ("since November 26", "November 26", D(2016, 11, 26), 1, "since", REF, False),
    ("in Geneva on Saturday", "Saturday", D(2016, 12, 10), 1, "on", None, True),
    ("John Kerry last week", "last week", D(2016, 12, 2), 2, "", REF, False),
    ("early this week", "early this week", D(2016, 12, 5), 2, "", REF, False),
    ("withdrew in 2015", "2015", D(2015, 1, 1), 4, "in", None, False),
    ("moved early Thursday", "early Thursday", D(2016, 12, 8), 1, "", None, False),
    ("ceasefire on Wednesday", "Wednesday", D(2016, 12, 7), 1, "on", None, False),
    ("Syria Daily, 8 December", "8 December", D(2016, 12, 8), 1, "", None, False),
    ("since August by", "August", D(2016, 8, 1), 3, "since", REF, False),
    ("In March, pro-Assad", "March", D(2016, 3, 1), 3, "in", None, False),
    ("in October 2015", "October 2015", D(2015, 10, 1), 3, "in", None, False),
    ("Manbij in June", "June", D(2016, 6, 1), 3, "in", None, False),
    ("in September 2013", "September 2013", D(2013, 9, 1), 3, "in", None, False),
    ("by autumn 2015", "autumn 2015", D(2015, 9, 1), 4, "before", None, False),
    ("over the past 18 months", "over the past 18 months", D(2015, 6, 9), 4, "during", REF, False),
    ("have said for days", "for days", D(2016, 12, 2), 2, "during", REF, False),
    ("three sides today", "today", REF, 1, "", None, False),
    ("protest Thursday’s", "Thursday’s", D(2016, 12, 8), 1, "", None, False),
]


def _pick(sentence: str, mtext: str, ref: date = REF):
    found = [d for d in find_dates(sentence, ref=ref) if d.text == mtext]
    assert found, f"no date {mtext!r} in {[d.text for d in find_dates(sentence, ref=ref)]}"
    return found[0]


def _check(d, value, precision, relation, end_value, future):
    assert (d.value, d.precision, d.relation, d.end_value, d.future) == (value, precision, relation, end_value, future)


@pytest.mark.parametrize("sentence,mtext,value,precision,relation,end_value,future", WRITTEN)
def test_written_sentences(sentence, mtext, value, precision, relation, end_value, future):
    _check(_pick(sentence, mtext), value, precision, relation, end_value, future)


@pytest.mark.parametrize("key,mtext,value,precision,relation,end_value,future", SEED)
def test_seed_sentences(seed_sentence, key, mtext, value, precision, relation, end_value, future):
    sentence, _ = seed_sentence(key)
    _check(_pick(sentence, mtext), value, precision, relation, end_value, future)


@pytest.mark.parametrize(
    "sentence",
    [
        "UPDATE 1850 GMT: the shelling stopped.",
        "A spokesman for the March 8 Alliance spoke.",
        "Officials say the convoy may arrive soon.",
        "May God protect them, the mother said.",
        "The rebels held 2000 positions.",
        "Fighters may have withdrawn from 12 villages.",
    ],
)
def test_not_dates(sentence):
    assert find_dates(sentence, ref=REF) == []


def test_seed_false_positives(seed_text):
    texts = [d.text for d in find_dates(seed_text, ref=REF)]
    assert not any("GMT" in t or t in ("1850", "May") for t in texts)
    assert len(texts) == 28  # counted by hand: every weekday, month, year and relative phrase in the seed


@pytest.mark.parametrize(
    "ref,weekday,future,expected",
    [
        (REF, 3, False, D(2016, 12, 8)),   # Thursday before a Friday
        (REF, 6, False, D(2016, 12, 4)),   # Sunday
        (REF, 4, False, REF),              # the same day
        (REF, 5, True, D(2016, 12, 10)),   # next Saturday
        (REF, 4, True, D(2016, 12, 16)),   # "will ... on Friday" in a Friday report: a week on
        (D(2017, 1, 2), 4, False, D(2016, 12, 30)),  # across a year boundary
    ],
)
def test_resolve_weekday(ref, weekday, future, expected):
    assert resolve_weekday(ref, weekday, future=future) == expected


def test_offsets_are_report_offsets(seed_text):
    base = seed_text.index("since November 26")
    d = find_dates(seed_text[base:base + 30], ref=REF, offset=base)[0]
    assert seed_text[d.start:d.end] == "November 26"
