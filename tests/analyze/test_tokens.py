"""analyze.tokens.tokenize: words with offsets, the same as the tokeniser's pattern matches."""
from __future__ import annotations

from sitroom.analyze.tokens import TOKEN, tokenize


def _by_pattern(text: str) -> tuple[list[str], list[int], list[int]]:
    ms = list(TOKEN.finditer(text))
    return [m.group() for m in ms], [m.start() for m in ms], [m.end() for m in ms]


def test_offsets_are_the_pattern_matches_on_the_seed(seed_text):
    for paragraph in seed_text.split("\n\n"):
        assert tokenize(paragraph) == _by_pattern(paragraph)


def test_repeated_words_spaces_and_units():
    text = "  22-year-old  rebels, rebels’ 1,000.5% ...\tIran’s\n100s of 3rd  "
    words, starts, ends = tokenize(text)
    assert (words, starts, ends) == _by_pattern(text)
    assert words[:4] == ["22-year-old", "rebels", ",", "rebels"]
    assert [text[s:e] for s, e in zip(starts, ends)] == words
    assert tokenize("") == ([], [], [])
