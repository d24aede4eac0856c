"""Token lists of a text's pieces, derived from the tokens of the whole text instead of tokenising again.

A report is tokenised once (for its focus); its sentences, and the text of a story made of some of them
joined by spaces, get the very tokens `tokenize` would give them (same offsets, words, folds and gaps),
built from that one pass. Place recognition reads only tokens, so the places found are the same.
"""
from __future__ import annotations

from bisect import bisect_left

from sitroom.geo.recognize import Token, tokenize


def _match_end(tok: Token) -> int:
    """Where the tokeniser's match ended: a split-off possessive "'s" is two characters past the word."""
    return tok.end + 2 if tok.possessive else tok.end


def piece_tokens(text: str, tokens: list[Token], start: int, end: int,
                 starts: list[int] | None = None) -> list[Token]:
    """`tokenize(text[start:end])`, from `tokens == tokenize(text)` (`starts`: their start offsets, to
    reuse across calls). The tokeniser's pattern looks at no context, so the piece's tokens are the
    text's tokens inside it, shifted, the first one's gap cut at the piece's start; when a word runs
    across either end of the piece, the piece is tokenised on its own."""
    if starts is None:
        starts = [t.start for t in tokens]
    i = bisect_left(starts, start)
    if i > 0 and _match_end(tokens[i - 1]) > start:
        return tokenize(text[start:end])  # a word runs across the piece's start
    out: list[Token] = []
    append = out.append
    n = len(tokens)
    j = i
    while j < n and _match_end(tokens[j]) <= end:
        t = tokens[j]
        gap = text[start:t.start] if j == i else t.gap
        append(Token(t.start - start, t.end - start, t.text, t.folded, t.cap, t.possessive, gap))
        j += 1
    if j < n and tokens[j].start < end:
        return tokenize(text[start:end])  # a word runs across the piece's end
    return out


def joined_tokens(texts: list[str], token_lists: list[list[Token]]) -> list[Token]:
    """`tokenize(" ".join(texts))`, from `token_lists[k] == tokenize(texts[k])`: no word runs across a
    space, so each piece's tokens move by the piece's place in the joined text, and the first token of
    a piece gets the gap back to the last word before it."""
    joined = " ".join(texts)
    out: list[Token] = []
    append = out.append
    base = 0
    prev_end = 0  # where the last match in the joined text ended
    for text, tokens in zip(texts, token_lists):
        for k, t in enumerate(tokens):
            start = base + t.start
            gap = joined[prev_end:start] if k == 0 else t.gap
            append(Token(start, base + t.end, t.text, t.folded, t.cap, t.possessive, gap))
        if tokens:
            prev_end = base + _match_end(tokens[-1])
        base += len(text) + 1
    return out
