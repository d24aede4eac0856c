"""Token lists of a text's pieces, derived from the tokens of the whole text instead of tokenising again.

A report is tokenised once (for its focus); its sentences, and the text of a story made of some of them
joined by spaces, get the very tokens `tokenize` would give them (same offsets, words, folds and gaps),
built from that one pass. Place recognition reads only tokens, so the places found are the same.
"""
from __future__ import annotations

from bisect import bisect_left

from sitroom.geo.names import ARTICLES
from sitroom.geo.recognize import Span, Token, _is_initial, reads_across, tokenize


def _match_end(tok: Token) -> int:
    """Where the tokeniser's match ended: a split-off possessive "'s" is two characters past the word."""
    return tok.end + 2 if tok.possessive else tok.end


def piece_range(text: str, tokens: list[Token], start: int, end: int,
                starts: list[int] | None = None) -> tuple[int, int] | None:
    """The slice `tokens[i:j]` of `tokens == tokenize(text)` that holds the words of `text[start:end]`,
    or None when a word runs across either end of the piece (`starts`: the tokens' start offsets)."""
    if starts is None:
        starts = [t.start for t in tokens]
    i = bisect_left(starts, start)
    if i > 0 and _match_end(tokens[i - 1]) > start:
        return None  # a word runs across the piece's start
    n = len(tokens)
    j = i
    while j < n and _match_end(tokens[j]) <= end:
        j += 1
    if j < n and tokens[j].start < end:
        return None  # a word runs across the piece's end
    return i, j


def piece_tokens(text: str, tokens: list[Token], start: int, end: int,
                 starts: list[int] | None = None, where: tuple[int, int] | None = None) -> list[Token]:
    """`tokenize(text[start:end])`, from `tokens == tokenize(text)` (`starts`: their start offsets, to
    reuse across calls; `where`: the piece's `piece_range`, when already known). The tokeniser's pattern
    looks at no context, so the piece's tokens are the text's tokens inside it, shifted, the first one's
    gap cut at the piece's start; when a word runs across either end of the piece, the piece is
    tokenised on its own."""
    where = where or piece_range(text, tokens, start, end, starts)
    if where is None:
        return tokenize(text[start:end])
    i, j = where
    out: list[Token] = []
    append = out.append
    for k in range(i, j):
        t = tokens[k]
        gap = text[start:t.start] if k == i else t.gap
        append(Token(t.start - start, t.end - start, t.text, t.folded, t.cap, t.possessive, gap))
    return out


def piece_spans(raw: list[Span], tokens: list[Token], where: tuple[int, int], piece: list[Token],
                firsts: list[int] | None = None) -> list[Span] | None:
    """`raw_spans(piece, gazetteer, fuzzy=False)` from `raw == raw_spans(tokens, gazetteer, fuzzy=False)`,
    where `piece` is `tokens[i:j]` cut out by `piece_tokens` (`where == (i, j)`; `firsts`: the raw
    spans' first tokens, to reuse across calls); None when the piece's ends may read otherwise.

    The scan reads a name from its first word forwards, so inside the piece it finds what it found
    there in the whole text, provided no name found runs across either end of the piece, no hyphen
    follows it (a name written "Port-Gentil" is looked up as one word, two words before a hyphen
    are not) and its last word is no article (which takes the word after it). Whether a name is a
    sentence's first word is asked of the piece again: its first word starts it."""
    i, j = where
    if j < len(tokens) and (tokens[j].gap == "-" or (j > i and tokens[j - 1].folded in ARTICLES)):
        return None
    if firsts is None:
        firsts = [s.first for s in raw]
    k = bisect_left(firsts, i)
    if k > 0 and raw[k - 1].last >= i:
        return None  # a name runs across the piece's start
    out: list[Span] = []
    n = len(raw)
    while k < n and raw[k].first < j:
        span = raw[k]
        if span.last >= j:
            return None  # a name runs across the piece's end
        first = span.first - i
        out.append(Span(first, span.last - i, span.key, span.rows, _is_initial(piece, first), span.fuzzy))
        k += 1
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


def joined_spans(token_lists: list[list[Token]], raws: list[list[Span] | None], joined: list[Token]) -> list[Span] | None:
    """`raw_spans(joined, gazetteer, fuzzy=False)` where `joined == joined_tokens(texts, token_lists)`, from
    `raws[k] == raw_spans(token_lists[k], gazetteer, fuzzy=False)` (None where unknown); None when a name
    may be read across the joint of two pieces (see `reads_across`) or a piece's names are unknown."""
    out: list[Span] = []
    base = 0
    for tokens, raw in zip(token_lists, raws):
        if raw is None:
            return None
        if not tokens:
            continue
        if base and reads_across(joined[base - 1], joined[base]):
            return None
        for span in raw:
            first = span.first + base
            out.append(Span(first, span.last + base, span.key, span.rows, _is_initial(joined, first), span.fuzzy))
        base += len(tokens)
    return out
