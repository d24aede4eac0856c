"""Segmentation of hand-written live blogs and articles; label times; heading and debris tests."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from sitroom.ingest import segment, split_sentences
from sitroom.ingest.layout import is_debris, is_heading, label_time

from .conftest import report_of

DAY = datetime(2016, 12, 9, 15, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "when, expected",
    [
        ("1850 GMT", (2016, 12, 9, 18, 50)),
        ("18:50 GMT", (2016, 12, 9, 18, 50)),
        ("6:50 pm GMT", (2016, 12, 9, 18, 50)),
        ("6:50 p.m. GMT", (2016, 12, 9, 18, 50)),
        ("12:15 am GMT", (2016, 12, 9, 0, 15)),
        ("0915 UTC", (2016, 12, 9, 9, 15)),
        ("1850 local", (2016, 12, 9, 18, 50)),  # local offset unknown: the hour is kept as UTC
        ("1850", (2016, 12, 9, 18, 50)),
        ("2300 EST", (2016, 12, 10, 4, 0)),
        ("", None),
        ("2560 GMT", None),
        ("sometime", None),
    ],
)
def test_label_time(when, expected):
    result = label_time(when, DAY)
    assert result == (datetime(*expected, tzinfo=timezone.utc) if expected else None)


@pytest.mark.parametrize(
    "line, heading",
    [
        ("Taking the Initiative from the Opposition?", True),
        ("Regime Bombing Destroys Civil Defense Center in Kafrnabel", True),
        ("Obama Waiver for Arms to Groups — Especially Kurdish-Led Force — in Syria", True),
        ("Sounds of bombardment:", False),
        ("No personnel were injured in the attack.", False),
        ("Pro-regime militia fight in the Salaheddin district", False),
        ("“Rebels and Government forces helped 100s cross front lines with her,” Barnard reports.", False),
        ("Islamic State Fighters Seize Jazal Oilfield and the Town of Huwaysis After a Sudden Dawn "
         "Offensive on Thursday Night", False),  # too long for a heading
    ],
)
def test_is_heading(line, heading):
    assert is_heading(line) is heading


@pytest.mark.parametrize(
    "line, debris",
    [
        ("PHOTO: Russian Foreign Minister Sergei Lavrov in Germany on Thursday (Christian Charisius/EPA)", True),
        ("Jump to Original Entry", True),
        ("See Syria Daily, 8 December: Russia Announces Aleppo Ceasefire", True),
        ("Share this", True),
        ("Advertisement", True),
        ("Read more", True),
        ("Watch:", True),
        ("Listen:", True),
        ("See earlier entry for the casualty figures.", False),
        ("Sounds of bombardment:", False),
        ("The White Helmets reported 25 dead in Jaloom.", False),
    ],
)
def test_is_debris(line, debris):
    assert is_debris(line) is debris


def test_plain_article_is_one_body_entry():
    text = ("Syrian Army Retakes Palmyra\n\nSyrian government forces retook Palmyra on Thursday, state media said. "
            "The Islamic State withdrew.\n\nPHOTO: Palmyra's Roman theatre (SANA)\n\nRussian jets flew 40 sorties.\n")
    report = report_of(text)
    entries = segment(report)
    assert [(e.kind, e.label, e.start, e.end) for e in entries] == [("body", "", 0, len(text) - 1)]
    assert [s.text for s in split_sentences(report, entries)] == [
        "Syrian government forces retook Palmyra on Thursday, state media said.",
        "The Islamic State withdrew.",
        "Russian jets flew 40 sorties.",
    ]


def test_bracketed_update_inside_the_original_entry_is_an_update_and_the_entry_resumes():
    text = (
        "Jump to Original Entry\n\n"
        "UPDATE 18:50 GMT: Rebels shelled Nubl.\n\n"
        "ORIGINAL ENTRY: Talks opened in Geneva.\n\n"
        "[UPDATE 1100 GMT: The talks were suspended.\n\nDelegates left the hall.]\n\n"
        "Both sides blamed each other.\n"
    )
    report = report_of(text)
    entries = segment(report)
    assert [(e.kind, e.label, e.time.hour if e.time else None) for e in entries] == [
        ("preamble", "", None),
        ("update", "UPDATE 18:50 GMT", 18),
        ("original", "ORIGINAL ENTRY", None),
        ("update", "UPDATE 1100 GMT", 11),
        ("original", "ORIGINAL ENTRY", None),
    ]
    sentences = split_sentences(report, entries)
    assert [(s.entry_index, s.text) for s in sentences] == [
        (1, "Rebels shelled Nubl."),
        (2, "Talks opened in Geneva."),
        (3, "The talks were suspended."),
        (3, "Delegates left the hall."),
        (4, "Both sides blamed each other."),
    ]


def test_title_before_the_first_update_stays_in_the_preamble():
    text = ("Syria Daily: Rebels Hit Back in Aleppo\n\nVideo: Inside the Besieged City\n\n"
            "UPDATE 6:50 pm GMT: Rebels destroyed two tanks.\n\nUPDATE 1850 local: More clashes.\n")
    report = report_of(text)
    entries = segment(report)
    assert [(e.kind, e.label) for e in entries] == [
        ("preamble", ""), ("update", "UPDATE 6:50 pm GMT"), ("update", "UPDATE 1850 local")]
    assert entries[1].time == datetime(2016, 12, 9, 18, 50, tzinfo=timezone.utc)
    assert [s.text for s in split_sentences(report, entries)] == ["Rebels destroyed two tanks.", "More clashes."]


def test_single_newline_paragraphs_from_extractors():
    text = "UPDATE 1850 GMT: Rebels advanced.\nHeavy Fighting in Hama\nClashes hit Souran.\n"
    report = report_of(text)
    entries = segment(report)
    assert [(e.kind, e.label) for e in entries] == [("update", "UPDATE 1850 GMT"), ("story", "Heavy Fighting in Hama")]
    assert [s.text for s in split_sentences(report, entries)] == ["Rebels advanced.", "Clashes hit Souran."]


def test_empty_text_has_no_entries():
    assert segment(report_of("   \n\n ")) == []


@pytest.mark.parametrize(
    "opening, kind, label",
    [
        ("UPDATE: Rebels shelled Nubl.", "update", "UPDATE"),
        ("UPDATE, 0900 GMT: Rebels shelled Nubl.", "update", "UPDATE, 0900 GMT"),
        ("Update on the situation: rebels shelled Nubl.", "body", ""),  # prose, not a marker
        ("Updated figures show 40 dead.", "body", ""),
        ("ORIGINAL ENTRY: Rebels shelled Nubl.", "original", "ORIGINAL ENTRY"),
        ("ORIGINAL ENTRY 0700 GMT: Rebels shelled Nubl.", "original", "ORIGINAL ENTRY 0700 GMT"),
    ],
)
def test_what_counts_as_an_entry_marker(opening, kind, label):
    entries = segment(report_of(opening + "\n"))
    assert [(e.kind, e.label) for e in entries] == [(kind, label)]


def test_timed_original_entry_below_its_updates():
    text = ("UPDATE 1900 GMT: The toll rose to 30.\n\nUPDATE 0900 GMT: At least 13 were killed.\n\n"
            "ORIGINAL ENTRY 0700 GMT: Troops stormed the camp.\n")
    entries = segment(report_of(text))
    assert [e.kind for e in entries] == ["update", "update", "original"]
    assert entries[2].time == datetime(2016, 12, 9, 7, 0, tzinfo=timezone.utc)


def test_a_kept_layout_is_handed_out_only_for_the_same_text_and_day():
    # layout() keeps the last report's paragraphs; the same words published another day place their
    # label times on that day, and another text gets its own paragraphs
    from datetime import timedelta

    from sitroom.ingest.layout import layout

    text = "UPDATE 0930 GMT: Shelling resumed near the bridge.\n\nUPDATE 1415 GMT: A convoy left the town.\n"
    first = layout(text, DAY)
    assert layout(text, DAY) is first
    assert [p.time for p in first] == [datetime(2016, 12, 9, 9, 30, tzinfo=timezone.utc),
                                       datetime(2016, 12, 9, 14, 15, tzinfo=timezone.utc)]
    later = layout(text, DAY + timedelta(days=1))
    assert [p.time for p in later] == [datetime(2016, 12, 10, 9, 30, tzinfo=timezone.utc),
                                       datetime(2016, 12, 10, 14, 15, tzinfo=timezone.utc)]
    other = layout(text.replace("bridge", "dam"), DAY + timedelta(days=1))
    assert other is not later and other[0].text == "UPDATE 0930 GMT: Shelling resumed near the dam."
