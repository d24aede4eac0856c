"""First-character guards (analyze/rx.py): a guarded pattern finds exactly what the pattern finds."""
from __future__ import annotations

import importlib
import random
import re

import pytest

from sitroom.analyze.rx import first_chars, guarded

# modules whose patterns are guarded at import (the sentence-by-sentence rules)
GUARDED_MODULES = ["sitroom.extract.claims", "sitroom.extract.coding", "sitroom.extract.sources",
                   "sitroom.analyze.cues", "sitroom.analyze.dates", "sitroom.ingest.sentences"]


def _matches(rx: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_guard_goes_in_front_of_a_case_folded_word_list():
    rx = re.compile(r"\b(?:killed|shelled|Strike)\b", re.IGNORECASE)
    g = guarded(rx)
    assert g.pattern.startswith("(?-i:(?=[")
    text = "Warplanes SHELLED the town; a strike killed two."
    assert _matches(g, text) == _matches(rx, text) == [((10, 17), ()), ((30, 36), ()), ((37, 43), ())]


def test_a_boundary_every_alternative_starts_with_is_tested_once_in_front():
    rx = re.compile(r"(?P<ago>\b\d+ days ago\b)|(?P<day>\bMonday\b)")
    g = guarded(rx)
    assert g.pattern.startswith("(?=[") and "])\\b(?:" in g.pattern
    text = "Two raids 3 days ago, one on Monday, none on xMonday"
    assert [(m.span(), m.lastgroup) for m in g.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in rx.finditer(text)] == [((10, 20), "ago"), ((29, 35), "day")]
    partly = re.compile(r"\bmay\b|n't\b")  # one alternative does not start with \b: none in front
    assert "])\\b(?:" not in guarded(partly).pattern


def test_no_guard_where_re_already_skips_ahead_or_a_match_may_be_empty():
    literal = re.compile(r"said\b")  # case-sensitive literal prefix: re's own search is fast
    optional = re.compile(r"(?:the\s+)?")  # may match the empty string: any position can match
    assert guarded(literal) is literal
    assert guarded(optional) is optional


def test_first_characters_follow_re_case_folding():
    parsed = re.compile(r"\bkill", re.IGNORECASE)
    chars = first_chars(re._parser.parse(parsed.pattern, parsed.flags), parsed.flags)
    assert chars == {"k", "K"}
    # the Kelvin sign folds to "k": non-ASCII text always passes the guard, so it still matches
    g = guarded(parsed)
    assert _matches(g, "\u212aILLED") == _matches(parsed, "\u212aILLED") == [((0, 4), ())]


@pytest.mark.parametrize("module", GUARDED_MODULES)
def test_module_patterns_match_as_unguarded_on_seed_sentences(module, seed_text):
    mod = importlib.import_module(module)
    sentences = [s for s in re.split(r"(?<=[.!?\n])\s+", seed_text) if s]
    random.seed(7)
    odd = ["".join(random.choice("akisKS \u212a\u017f\u0131\u0130-'’.,0(é\n") for _ in range(25)) for _ in range(300)]
    checked = 0
    for name, rx in vars(mod).items():
        if not isinstance(rx, re.Pattern) or not rx.pattern.startswith("(?"):
            continue
        body = re.match(r"(?:\(\?-i:\(\?=\[[^\]]*\]\)\)|\(\?=\[[^\]]*\]\))(?:\\b)?\(\?:", rx.pattern)
        if body is None:
            continue
        plain = re.compile(rx.pattern[body.end():-1].removesuffix("\n") if rx.flags & re.VERBOSE
                           else rx.pattern[body.end():-1], rx.flags)
        for text in sentences + odd:
            assert _matches(rx, text) == _matches(plain, text), (name, text)
        checked += 1
    assert checked > 0


def test_a_guarded_pattern_searched_by_its_start_set_finds_what_the_pattern_finds():
    # the guarded pattern's search skips ahead by the guard's characters (rx._skipping): every start
    # position, every end bound, matches at the very end of the text and folded non-ASCII letters agree
    rx = re.compile(r"\b(?:killed|shelled|strikes?|(?:air|drone)\s+raids?)\b", re.IGNORECASE)
    g = guarded(rx)
    assert g.pattern.startswith("(?-i:(?=[")
    texts = ["Jets SHELLED it, then drone  raids KILLED four", "a strike", "strikes", "\u212aILLED by a \u017ftrike",
             "unskilled workers; airraid", "", "k"]
    for text in texts:
        assert _matches(g, text) == _matches(rx, text)
        for pos in range(len(text) + 1):
            for found, expected in ((g.search(text, pos), rx.search(text, pos)), (g.match(text, pos), rx.match(text, pos)),
                                    (g.search(text, 0, pos), rx.search(text, 0, pos))):
                assert (found and found.span()) == (expected and expected.span()), (text, pos)
    assert [m.span() for m in g.finditer(texts[0])] == [(5, 12), (22, 34), (35, 41)]
