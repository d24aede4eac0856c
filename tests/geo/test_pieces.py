"""Tokens cut from a report's own tokens (geo.pieces) are exactly what tokenising the piece gives.

Extraction tokenises a report once and cuts its sentences' and stories' tokens from that pass; place
recognition reads only tokens, so any difference here would change the places found.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from sitroom.geo.gazetteer import Gazetteer
from sitroom.geo.pieces import joined_spans, joined_tokens, piece_range, piece_spans, piece_tokens
from sitroom.geo.recognize import raw_spans, reads_across, tokenize
from sitroom.ingest import make_report, segment, split_sentences

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "syria-daily-2016-12-09.txt"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "reports").glob("*.txt"))]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    return texts


@pytest.mark.parametrize("text", _texts())
def test_sentence_and_story_tokens_match_tokenize(text):
    report = make_report(text, published=datetime(2016, 12, 9, tzinfo=timezone.utc))
    sentences = split_sentences(report, segment(report))
    assert sentences
    tokens = tokenize(report.text)
    starts = [t.start for t in tokens]
    pieces = []
    for s in sentences:
        got = piece_tokens(report.text, tokens, s.start, s.end, starts)
        assert got == tokenize(s.text), s.text
        pieces.append(got)
    texts = [s.text for s in sentences]
    assert joined_tokens(texts, pieces) == tokenize(" ".join(texts))


def test_words_cut_by_a_piece_boundary():
    text = "Rebels' positions near Aleppo's citadel, d’Ivoire and al-Bab’s edge"
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert piece_tokens(text, tokens, start, end, starts) == tokenize(text[start:end])
    # a possessive split off at the end, and a piece that is only punctuation
    assert piece_tokens(text, tokens, 0, text.index("'s") + 2, starts)[-1].possessive
    assert joined_tokens(["Aleppo's", ",", "Idlib"], [tokenize("Aleppo's"), [], tokenize("Idlib")]) == \
        tokenize("Aleppo's , Idlib")


def _all_pieces(text):
    """Every piece of `text` between two word boundaries, with its token range."""
    tokens = tokenize(text)
    bounds = sorted({0, len(text)} | {t.start for t in tokens} | {t.end for t in tokens})
    for a in bounds:
        for b in bounds:
            if a <= b:
                where = piece_range(text, tokens, a, b)
                if where is not None:
                    yield tokens, where, piece_tokens(text, tokens, a, b, where=where)


@pytest.mark.parametrize("text", [
    "Shelling hit al-Bab. Al Bab's market burned; troops entered Port-Gentil and St. Louis on Monday.",
    "Clashes in Deir ez-Zor and New York. Ezzor residents fled to Kafr Nabl, the U.S. said",
    "Gunmen in Kaduna state: Zaria residents said Al Bab was calm",
])
def test_names_cut_from_the_text_scan(text):
    gazetteer = Gazetteer.load()
    raw = raw_spans(tokenize(text), gazetteer, fuzzy=False)
    assert raw  # the texts name places
    reused = refused = 0
    for tokens, where, piece in _all_pieces(text):
        got = piece_spans(raw, tokens, where, piece)
        if got is None:
            refused += 1
        else:
            assert got == raw_spans(piece, gazetteer, fuzzy=False), [t.text for t in piece]
            reused += 1
    assert reused > refused > 0


def test_pieces_whose_ends_may_read_otherwise_are_refused():
    gazetteer = Gazetteer.load()
    text = "Troops reached New York from Aleppo"
    tokens = tokenize(text)
    raw = raw_spans(tokens, gazetteer, fuzzy=False)
    assert [(s.first, s.last) for s in raw] == [(2, 3), (5, 5)]
    def spans(i, j):
        return piece_spans(raw, tokens, (i, j), tokens[i:j])
    assert spans(3, 6) is None  # "York from Aleppo": the name "New York" runs across the start
    assert spans(0, 3) is None  # "Troops reached New": it runs across the end
    assert [(s.first, s.last) for s in spans(2, 6)] == [(0, 1), (3, 3)]
    # "Pétion-Ville" is looked up as one word, but not inside a name of three hyphened parts
    hyphen = tokenize("Troops reached Pétion-Ville-Sud")
    assert raw_spans(hyphen, gazetteer, fuzzy=False) == []
    assert raw_spans(hyphen[:4], gazetteer, fuzzy=False) != []
    assert piece_spans([], hyphen, (0, 4), hyphen[:4]) is None
    # an article takes the word after it
    article = tokenize("Rebels said Al Bab fell")
    assert piece_spans(raw_spans(article, gazetteer, fuzzy=False), article, (0, 3), article[:3]) is None


@pytest.mark.parametrize("texts", [
    ["Shelling hit al-Bab.", "Al Bab's market burned near Aleppo."],
    ["Troops entered St.", "Louis residents fled", "to Kaduna"],  # "St. Louis" reads across the joint
    ["Families left New", "York for Zaria."],  # so does a name joined by a space
    ["Clashes in Pétion-Ville", "-Sud", "and Kafr Nabl."],  # and by a hyphen
    ["", "Zaria residents said", "U.", "S. troops left"],
])
def test_story_names_from_its_sentences(texts):
    gazetteer = Gazetteer.load()
    lists = [tokenize(t) for t in texts]
    joined = joined_tokens(texts, lists)
    got = joined_spans(lists, [raw_spans(tokens, gazetteer, fuzzy=False) for tokens in lists], joined)
    want = raw_spans(joined, gazetteer, fuzzy=False)
    if got is None:  # refused only where a name may be read across a joint
        assert any(reads_across(joined[k - 1], joined[k]) for k in range(1, len(joined)))
    else:
        assert got == want
    assert joined_spans(lists, [None] * len(lists), joined) is None


def test_story_joints_that_read_on():
    gazetteer = Gazetteer.load()
    texts = ["Families left New", "York for Zaria."]
    lists = [tokenize(t) for t in texts]
    joined = joined_tokens(texts, lists)
    assert [s.key for s in raw_spans(joined, gazetteer, fuzzy=False)][:1] == ["new york"]
    assert joined_spans(lists, [raw_spans(tokens, gazetteer, fuzzy=False) for tokens in lists], joined) is None
    texts = ["Families left Zaria.", "Kaduna was calm"]
    lists = [tokenize(t) for t in texts]
    joined = joined_tokens(texts, lists)
    got = joined_spans(lists, [raw_spans(tokens, gazetteer, fuzzy=False) for tokens in lists], joined)
    assert [(s.first, s.last, s.initial) for s in got] == [(2, 2, False), (3, 3, True)]
