"""Paragraph layout of a report: where paragraphs are and what each one is.

Both the segmenter and the sentence splitter read this, so they agree on what is a label, a heading,
page debris or text. Offsets are into `Report.text`; nothing here changes the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, time, timedelta, timezone

# Paragraph kinds: "update" / "original" open a live-blog entry with a label; "bracket" opens a
# bracketed "[UPDATE ...: ...]"; "heading" is a side-story heading; "debris" is page furniture;
# "text" is everything else.


@dataclass
class Para:
    index: int
    start: int  # first non-blank character
    end: int  # one past the last non-blank character
    text: str
    kind: str = "text"
    label: str = ""
    time: datetime | None = None
    content_start: int = 0  # where the prose starts (after a label and its colon)
    content_end: int = 0  # where the prose ends (before a closing "]" of a bracketed update)
    bracket_close: int | None = None  # for "bracket": index of the paragraph holding the closing "]"


_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")

_UPDATE = re.compile(
    r"^(?P<open>\[\s*)?(?P<label>UPDATE\b[ ,]*"
    r"(?P<when>(?:\d[\d:.]*\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Za-z]{1,5}|local(?: time)?)?)?))"
    # The label's colon is followed by a space, which tells it from the colon inside "18:50".
    r"\s*(?::(?=\s|$)|\s[—–]\s)\s*",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(
    r"^(?P<label>ORIGINAL ENTRY\b[ ,]*"
    r"(?P<when>(?:\d[\d:.]*\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Za-z]{1,5}|local(?: time)?)?)?))"
    r"\s*(?::(?=\s|$)|\s[—–]\s)\s*",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"^(?P<h>\d{1,2})(?:[:.h]?(?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*(?P<zone>[A-Za-z][A-Za-z ]{0,12})?$",
    re.IGNORECASE,
)
# Hours east of UTC for zone names live blogs use. "local" is the writer's own clock, whose offset
# the text does not give: the hour is kept and treated as UTC (the best available, flagged here).
_ZONES = {
    "gmt": 0.0, "utc": 0.0, "z": 0.0, "ut": 0.0, "local": 0.0, "local time": 0.0,
    "bst": 1.0, "cet": 1.0, "cest": 2.0, "eet": 2.0, "eest": 3.0, "msk": 3.0,
    "est": -5.0, "edt": -4.0, "pst": -8.0, "pdt": -7.0,
}

_DEBRIS = [
    re.compile(r"^(?:PHOTO|Photo|IMAGE|Image|Picture|Photo credit|Image credit)\s*:", re.IGNORECASE),
    re.compile(r"^Jump to (?:the )?Original Entry\.?$", re.IGNORECASE),
    # "See Syria Daily, 8 December: Russia Announces Aleppo Ceasefire" links to another post.
    re.compile(r"^See\s+(?:also\s*:?\s*)?[A-Z][^:\n]{1,80}:\s+[^\n]*[^.\n]$"),
    re.compile(
        r"^(?:Share(?: this(?: article| post)?)?|Advertisement|Read more|Read More|Continue reading|"
        r"Watch|Listen|Related|Click here[^\n]*)\s*:?$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:Read more|Related|Read also|Also read)\s*:\s*[^\n]*[^.\n]$", re.IGNORECASE),
]
# Promotions that sit above a post ("Audio Analysis: ...", "Video: ..."); debris only before any prose.
_PROMO = re.compile(r"^(?:Audio|Video|Podcast|Watch|Listen)(?: Analysis| Report| Interview)?\s*:\s*\S[^\n]*[^.\n]$")

_SMALL_WORDS = {
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "near", "as", "over", "into", "after", "amid", "vs", "via", "per", "than", "off", "up",
    "out", "is", "are", "be", "its",
}
MAX_HEADING_WORDS = 14


def paragraphs(text: str) -> list[Para]:
    """Returns the paragraphs of `text` in order, unclassified.

    Paragraphs are separated by blank lines; a text with no blank line at all (one paragraph per line,
    as many extractors write) is split at every line break instead.
    """
    breaker = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    paras: list[Para] = []
    pos = 0
    for match in [*breaker.finditer(text), None]:
        stop = match.start() if match else len(text)
        chunk = text[pos:stop]
        stripped = chunk.strip()
        if stripped:
            start = pos + (len(chunk) - len(chunk.lstrip()))
            for piece_start, piece in _split_heading_line(start, stripped):
                paras.append(Para(len(paras), piece_start, piece_start + len(piece), piece,
                                  content_start=piece_start, content_end=piece_start + len(piece)))
        if match:
            pos = match.end()
    return paras


_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+[A-Z][^\n]{0,80}[^.\n:]$")


def _split_heading_line(start: int, chunk: str) -> list[tuple[int, str]]:
    """A heading typed directly above its text ("SUMMARY\nThe deadliest ...", "1. Solhan (Yagha), 4 June\n...")
    is its own paragraph, not the first words of the next one."""
    first, sep, rest = chunk.partition("\n")
    if not sep or not rest.strip():
        return [(start, chunk)]
    heading = first.strip()
    if not (heading.isupper() and len(heading.split()) <= MAX_HEADING_WORDS) and not _NUMBERED.match(heading) \
            and not is_heading(heading):
        return [(start, chunk)]
    body_start = start + len(first) + 1
    body = rest.lstrip()
    body_start += len(rest) - len(body)
    return [(start, heading)] + _split_heading_line(body_start, body)


@lru_cache(maxsize=1)
def layout(text: str, published: datetime) -> list[Para]:
    """Returns the classified paragraphs of a report; label times are placed on the published day.

    Segmenting a report and splitting its sentences both read its layout, so the last report's is kept
    and handed out again: callers read the paragraphs and must not change them.
    """
    return _layout(text, published)


def _layout(text: str, published: datetime) -> list[Para]:
    paras = paragraphs(text)
    seen_prose = False
    for i, para in enumerate(paras):
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        _classify(para, nxt, published, seen_prose)
        if para.kind in ("update", "original", "bracket") or (para.kind == "text" and not para.text.endswith(":")):
            seen_prose = True
    _close_brackets(paras)
    return paras


def _classify(para: Para, nxt: Para | None, published: datetime, seen_prose: bool) -> None:
    text = para.text
    match = _UPDATE.match(text)
    if match:
        para.kind = "bracket" if match.group("open") else "update"
        para.label = match.group("label").strip().rstrip(",")
        para.time = label_time(match.group("when"), published)
        para.content_start = para.start + match.end()
        return
    match = _ORIGINAL.match(text)
    if match:
        para.kind = "original"
        para.label = match.group("label").strip().rstrip(",")
        if match.group("when"):  # "ORIGINAL ENTRY 0700 GMT:"
            para.time = label_time(match.group("when"), published)
        para.content_start = para.start + match.end()
        return
    if is_debris(text) or (not seen_prose and _PROMO.match(text)):
        para.kind = "debris"
        return
    if nxt is not None and is_heading(text):
        para.kind = "heading"
        para.label = text


def _close_brackets(paras: list[Para]) -> None:
    """Finds the paragraph that closes each bracketed update and trims the "]" from its prose."""
    for i, para in enumerate(paras):
        if para.kind != "bracket":
            continue
        para.bracket_close = i  # unless a later paragraph closes it
        for j in range(i, min(i + 6, len(paras))):
            if j > i and paras[j].kind != "text":
                break
            if paras[j].text.endswith("]"):
                para.bracket_close = j
                paras[j].content_end = paras[j].end - 1
                break


def is_debris(line: str) -> bool:
    """Returns True for page furniture: photo credits, jump links, cross-post links, share/read-more."""
    return any(pattern.match(line) for pattern in _DEBRIS)


def is_heading(line: str) -> bool:
    """Returns True for a short standalone Title Case line with no closing period, colon or comma."""
    if _NUMBERED.match(line):
        return True  # "1. Solhan (Yagha province), night of 4-5 June"
    if "\n" in line or line[-1] in ".:;,\"”'’" or line[0] in "[(\"“‘'":
        return False
    words = line.split()
    if not 1 <= len(words) <= MAX_HEADING_WORDS:
        return False
    checked = capitalised = 0
    for position, word in enumerate(words):
        core = word.strip("\"“”‘’'()[]?!—–-")
        if not core or not core[0].isalpha():
            continue
        if position > 0 and core.lower() in _SMALL_WORDS:
            continue
        checked += 1
        if core[0].isupper():
            capitalised += 1
        elif position == 0:
            return False
    return checked > 0 and capitalised / checked >= 0.75


def label_time(when: str | None, published: datetime) -> datetime | None:
    """Returns the UTC time a label like "1850 GMT" or "6:50 pm GMT" names on the published day, else None."""
    if not when or not when.strip():
        return None
    match = _CLOCK.match(when.strip())
    if not match:
        return None
    hour, minute = int(match.group("h")), int(match.group("m") or 0)
    ampm = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    zone = (match.group("zone") or "gmt").strip().lower()
    if zone not in _ZONES:
        return None
    offset = timedelta(hours=_ZONES[zone])
    day = published.astimezone(timezone.utc).date()
    local = datetime.combine(day, time(hour, minute), tzinfo=timezone(offset))
    return local.astimezone(timezone.utc)
