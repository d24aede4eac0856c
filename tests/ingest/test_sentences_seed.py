"""Sentences of the seed live blog: offsets, labels left out, debris dropped, captions flagged."""
from __future__ import annotations

import pytest


def _texts(sentences):
    return [s.text for s in sentences]


def test_every_sentence_points_at_its_own_text(seed_report, seed_entries, seed_sentences):
    assert seed_sentences
    for number, sentence in enumerate(seed_sentences):
        assert sentence.index == number
        assert seed_report.text[sentence.start : sentence.end] == sentence.text
        entry = seed_entries[sentence.entry_index]
        assert entry.start <= sentence.start < sentence.end <= entry.end
    starts = [s.start for s in seed_sentences]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Eldorar site, 25 Afghan, Iranian, and regime militiamen were slain in battles in "
        "Sheikh Saeed on the southern edge of opposition territor, and eight were captured.",
        "Another 15 pro-Assad troops were killed on the Jeb Chalabi front.",
        "Spokesman Rupert Colville said families are reporting lost contact with men aged between 30 and 50.",
        "UN investigators cited reports that advancing pro-Assad forces have carried out abuses.",
        "There are some 8,000 people in the column.",
        "Nor was there any corroborating evidence of the “8,000 people”.",
        "In a sudden offensive on Thursday, the Islamic State has defeated regime forces and moved within "
        "4 km (2.5 miles) of the historic city of Palmyra in eastern Homs Province.",
        "No personnel were injured in the attack.",
    ],
)
def test_sentences_split_where_a_reader_would(seed_sentences, sentence):
    assert sentence in _texts(seed_sentences)


@pytest.mark.parametrize(
    "label, first_sentence_start",
    [
        ("UPDATE 1850 GMT", "Opposition activists claim that rebels"),
        ("UPDATE 0900 GMT", "Military sources have said"),
        ("ORIGINAL ENTRY", "Russia’s Foreign Minister Sergei Lavrov announced"),
        ("UPDATE 2000 GMT", "The Islamic State says it has now surrounded"),
    ],
)
def test_labels_are_not_part_of_the_first_sentence(seed_entries, seed_sentences, label, first_sentence_start):
    (entry,) = [e for e in seed_entries if e.label == label]
    first = next(s for s in seed_sentences if s.entry_index == entry.index)
    assert first.text.startswith(first_sentence_start)


def test_bracketed_update_sentence_has_no_brackets(seed_sentences):
    (sentence,) = [s for s in seed_sentences if s.text.startswith("The Islamic State says it has now surrounded")]
    assert sentence.text.endswith("the town of Huwaysis, and checkpoints.")
    assert "[" not in sentence.text and "]" not in sentence.text


@pytest.mark.parametrize(
    "fragment",
    ["PHOTO:", "Jump to Original Entry", "See Syria Daily, 8 December", "Audio Analysis:",
     "Taking the Initiative from the Opposition?", "Regime Bombing Destroys Civil Defense Center"],
)
def test_debris_and_headings_give_no_sentences(seed_sentences, fragment):
    assert not [s for s in seed_sentences if fragment in s.text]


def test_preamble_gives_no_sentences(seed_sentences):
    assert all(s.entry_index != 0 for s in seed_sentences)


@pytest.mark.parametrize(
    "sentence, caption",
    [
        ("Pro-regime militia fight in the Salaheddin district:", True),
        ("Sounds of bombardment:", True),
        ("Hossein Mortada, a reporter with Iran’s Al-Alam, hoists a Hezbollah flag on the Aleppo Citadel:", True),
        ("Claimed footage of the fighting, with regime fighters running across the battlefield:", True),
        # These introduce words that the page still carries, so they are not captions.
        ("Still Lavrov declared on Thursday:", False),
        ("The White House was cautious about Lavrov’s statement, with spokesman Josh Earnest saying:", False),
        ("Another 15 pro-Assad troops were killed on the Jeb Chalabi front.", False),
    ],
)
def test_colon_lines_that_introduced_dropped_media_are_captions(seed_sentences, sentence, caption):
    (found,) = [s for s in seed_sentences if s.text == sentence]
    assert found.caption is caption


def test_sentences_are_assigned_to_their_entries(seed_entries, seed_sentences):
    by_text = {s.text: seed_entries[s.entry_index].label for s in seed_sentences}
    assert by_text["Another 15 pro-Assad troops were killed on the Jeb Chalabi front."] == "UPDATE 1850 GMT"
    assert by_text["No personnel were injured in the attack."] == "Regime Bombing Destroys Civil Defense Center in Kafrnabel"
    assert by_text["The Islamic State’s outlet Amaq claimed more than 50 regime troops were killed."] == (
        "Islamic State Takes Town, Village, and Oilfields Near Palmyra"
    )
