"""Long runs of spaces: cut when the text is read, so that the sentence rules stay fast on them.

Many rules read "some words, then spaces, then a verb" (`\\s+(?:[\\w-]+\\s+){0,2}?\\s*(?:are|is) planned`);
on a run of N spaces `re` tries every way of splitting the run between the pieces, N squared or cubed
steps: one sentence with 20,000 spaces took seconds before the cut.
"""
from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.ingest.meta import LONG_SPACE_RUN, content_id, normalise_text
from sitroom.pipeline import analyze_text

DAY = datetime(2016, 12, 9, tzinfo=timezone.utc)


def test_a_run_longer_than_the_limit_is_cut_to_its_first_characters():
    text = "Rebels shelled" + " \t" * 200 + "the town."
    cut = normalise_text(text)
    assert cut == "Rebels shelled" + (" \t" * 200)[:LONG_SPACE_RUN] + "the town."
    assert normalise_text(cut) == cut  # (ids are hashes of the normalised text: it must be stable)
    assert content_id(text) == content_id(cut)


def test_runs_up_to_the_limit_and_line_breaks_are_left_alone():
    # near misses: a padded table row, a run exactly at the limit, many blank lines
    table = "Province      Killed      Injured\nAleppo        12          30\n"
    at_limit = "Rebels shelled" + " " * LONG_SPACE_RUN + "the town."
    lines = "First line." + "\n" * 500 + "Second line."
    for text in (table, at_limit, lines):
        assert normalise_text(text) == text
    # a run of line breaks and spaces keeps every line break; only the spaces between them could be cut
    mixed = "A." + " \n" * 300 + "B."
    assert normalise_text(mixed) == mixed


def test_the_cut_is_linear():
    started = time.process_time()
    normalise_text("x" + " " * 2_000_000 + "y")
    normalise_text("x " * 1_000_000)
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize("sentence", [
    "The army spokesman{spaces}and the rebels said the ceasefire{spaces}failed.",
    "A spokesman for the army said the ceasefire between the rebels and members of the security forces"
    "{spaces}had collapsed after the blast killed 5 people in Aleppo.",
    "Protests{spaces}are planned in Aleppo on Friday.",
    "Government forces shelled{tabs}the town of Idlib, killing 4 people.",
])
def test_a_sentence_with_20000_spaces_is_coded_in_well_under_a_second(sentence):
    fuse(analyze_text("Rebels attacked Aleppo on Monday, a spokesman said. Protests are planned.", DAY).claims)
    text = sentence.format(spaces=" " * 20_000, tabs=" \t" * 10_000)
    started = time.process_time()
    analyzed = analyze_text(text, DAY)
    fuse(analyzed.claims)
    assert time.process_time() - started < 1.0
    # the report is the cut text: what is coded is what a run at the limit gives
    short = sentence.format(spaces=" " * LONG_SPACE_RUN, tabs=(" \t" * 10_000)[:LONG_SPACE_RUN])
    assert analyzed.report.text == make_report(short, published=DAY).text
