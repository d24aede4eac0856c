"""Word tokens with character offsets, shared by the analyze modules.

One compiled regex; no model. Hyphenated and apostrophised words stay whole ("pro-Assad",
"22-year-old", "Iran’s") because the cue and head-noun heuristics reason about whole words.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Digits first (with thousands separators, decimals, a plural "s" as in "100s", an ordinal suffix, a
# percent sign or a hyphenated unit as in "22-year-old"), then words (any
# script's letters), then any other single non-space character.
TOKEN = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:(?:-[^\W\d_]+)+|(?:st|nd|rd|th|s)\b|%)?"
    r"|[^\W\d_]+(?:[-'’][^\W_]+)*"
    r"|\S"
)


@lru_cache(maxsize=1)
def tokenize(text: str) -> tuple[list[str], list[int], list[int]]:
    """Return parallel lists (words, starts, ends) for `text`; offsets index into `text`.

    The analyze modules tokenize each sentence in turn, so the last text's tokens are kept and handed
    out again: callers read the lists and must not change them.
    """
    # Every non-space character starts a token (the last alternative is \S), so only spaces lie between
    # tokens and each word is found at the first place it occurs after the one before.
    words: list[str] = TOKEN.findall(text)
    starts: list[int] = []
    ends: list[int] = []
    find = text.find
    end = 0
    for word in words:
        start = find(word, end)
        end = start + len(word)
        starts.append(start)
        ends.append(end)
    return words, starts, ends
