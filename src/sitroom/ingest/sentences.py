"""Sentence splitting over a report's entries, with offsets into `Report.text`."""
from __future__ import annotations

import re

from sitroom.ingest.layout import Para, is_debris, layout
from sitroom.models import Entry, Report, Sentence

# Abbreviations that are (almost) always followed by more of the same sentence: titles, months, "vs.".
_NEVER_END = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "st", "prof",
    "rev", "sen", "rep", "gov", "brig", "adm", "cmdr", "cdr", "mt", "ft", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "fig", "approx", "e.g", "i.e", "cf",
    "sheikh", "gens", "messrs",
}
# Abbreviations that may also close a sentence: they end one only when a usual sentence opener follows.
_MAY_END = {"etc", "inc", "ltd", "co", "corp", "jr", "sr", "km", "mi", "kg", "a.m", "p.m", "u.s", "u.n", "u.k", "e.u"}
_OPENERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but", "and", "this",
    "that", "these", "those", "there", "his", "her", "their", "its", "our", "meanwhile", "however",
    "also", "after", "before", "when", "while", "some", "many", "according", "another", "other", "no",
    "nor", "so", "yet", "still", "since", "as", "if", "earlier", "later", "one", "two", "three",
    "activists", "rebels", "officials", "residents", "witnesses", "sources",
}
_END = re.compile(r"(?:[.!?…]+|\.\.\.)[”\"’'»)\]]*(?=\s|$)")
_CLOSERS = ".!?…:”\"’'»)]"
# A colon line that introduces quoted words rather than dropped media ("Lavrov said:").
_SPEECH_INTRO = re.compile(
    r"\b(?:said|says|say|saying|declared|declares|stated|states|announced|announces|added|adds|wrote|"
    r"writes|explained|explains|continued|warned|warns|insisted|insists|noted|notes|told|tells|"
    r"asserted|argued|argues|responded|replied|concluded)\b(?:\s+[^\s:]+){0,6}:$",
    re.IGNORECASE,
)


def split_sentences(report: Report, entries: list[Entry]) -> list[Sentence]:
    """Returns every sentence of every entry in document order, `index` counting across the report.

    Labels ("UPDATE 1850 GMT:"), brackets, headings and page debris give no sentence text. A colon
    line that introduced dropped media gets `caption=True`.
    """
    paras = layout(report.text, report.published)
    sentences: list[Sentence] = []
    cursor = 0
    for entry in sorted(entries, key=lambda e: e.start):
        # One pass over the paragraphs: entries are in document order and do not overlap.
        while cursor < len(paras) and paras[cursor].start < entry.start:
            cursor += 1
        inside = []
        while cursor < len(paras) and paras[cursor].end <= entry.end:
            inside.append(paras[cursor])
            cursor += 1
        for position, para in enumerate(inside):
            if para.kind in ("heading", "debris"):
                continue
            nxt = inside[position + 1] if position + 1 < len(inside) else None
            spans = split_span(report.text, para.content_start, para.content_end)
            for number, (start, end) in enumerate(spans):
                text = report.text[start:end]
                if is_debris(text):
                    continue
                last = number == len(spans) - 1
                sentences.append(
                    Sentence(
                        entry_index=entry.index,
                        index=len(sentences),
                        start=start,
                        end=end,
                        text=text,
                        caption=last and _is_caption(text, nxt),
                    )
                )
    return sentences


def _is_caption(text: str, nxt: Para | None) -> bool:
    """Returns True when a colon-final sentence introduced media the scrape dropped.

    At the end of an entry nothing followed, so the media is gone. Otherwise a speech verb ("Lavrov
    said:") or a following quotation, bracket or first-person opening shows the quoted words survived.
    """
    if not text.endswith(":"):
        return False
    if nxt is None:
        return True
    if _SPEECH_INTRO.search(text):
        return False
    following = nxt.text[:40]
    return not (following[:1] in "“\"‘'[" or following.split(" ", 1)[0] in ("I", "We"))


def split_span(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Returns (start, end) offsets of the sentences in text[start:end], trimmed of surrounding blanks.

    Line breaks inside a paragraph end a sentence when the line closes with sentence punctuation
    (or a colon); otherwise the line is taken as wrapped and the sentence runs on.
    """
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _line_groups(text, start, end):
        chunk = text[line_start:line_end]
        cut = 0
        for match in _END.finditer(chunk):
            if match.end() >= len(chunk.rstrip()):
                break
            if _ends_sentence(chunk, match):
                spans.append((line_start + cut, line_start + match.end()))
                cut = match.end()
        spans.append((line_start + cut, line_end))
    trimmed = []
    for s, e in spans:
        piece = text[s:e]
        s += len(piece) - len(piece.lstrip())
        e -= len(piece) - len(piece.rstrip())
        if e > s and any(ch.isalnum() for ch in text[s:e]):
            trimmed.append((s, e))
    return trimmed


def _line_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Returns spans of lines joined while a line ends mid-sentence (a soft wrap)."""
    groups: list[tuple[int, int]] = []
    group_start = start
    pos = start
    while True:
        newline = text.find("\n", pos, end)
        if newline == -1:
            groups.append((group_start, end))
            return groups
        line = text[pos:newline].rstrip()
        if line and line[-1] in _CLOSERS:
            groups.append((group_start, newline))
            group_start = newline + 1
        pos = newline + 1


def _ends_sentence(chunk: str, match: re.Match) -> bool:
    """Returns True when the punctuation at `match` closes a sentence (not an abbreviation or initial)."""
    rest = chunk[match.end():].lstrip()
    if not rest:
        return True
    first = rest[0]
    if not (first.isupper() or first.isdigit() or first in "“\"‘'([«"):
        return False
    mark = match.group()
    if not mark.startswith(".") or mark.startswith(".."):
        return True
    word = chunk[: match.start()].rsplit(None, 1)[-1] if chunk[: match.start()].strip() else ""
    word = word.lstrip("\"“‘'([").lower()
    if not word:
        return True
    next_word = re.match(r"[\w']+", rest.lstrip("\"“‘'([«"))
    opener = next_word.group().lower() if next_word else ""
    if word in _NEVER_END:
        return False
    if word in ("no", "nos"):
        return not first.isdigit()
    if word in _MAY_END:
        return opener in _OPENERS
    if len(word) == 1 and word.isalpha() and chunk[match.start() - 1].isupper():
        return False  # an initial: "John F. Kennedy"
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return opener in _OPENERS  # other dotted acronyms
    return True


# Every pattern above behind a first-character guard: the same matches, found faster (see analyze/rx.py).
from sitroom.analyze.rx import guard_patterns  # noqa: E402

guard_patterns(globals())
