"""Tokens cut from a report's own tokens (geo.pieces) are exactly what tokenising the piece gives.

Extraction tokenises a report once and cuts its sentences' and stories' tokens from that pass; place
recognition reads only tokens, so any difference here would change the places found.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from sitroom.geo.pieces import joined_tokens, piece_tokens
from sitroom.geo.recognize import tokenize
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
