"""Report construction and metadata: content ids, publication times, front matter."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time, timezone

from dateutil import parser as dateparser

from sitroom.models import Report

NO_PUBLISHED = "no publication time: give --published YYYY-MM-DD or put it in the document's metadata"

FRONT_MATTER_KEYS = ("published", "outlet", "url", "title", "id")


# a run of spaces or tabs longer than any layout needs (a padded table cell, a centred title: a few dozen)
LONG_SPACE_RUN = 100
_LONG_SPACES = re.compile(r"[^\S\n]{%d,}" % (LONG_SPACE_RUN + 1))


def normalise_text(text: str) -> str:
    """Returns `text` NFC-normalised with CRLF/CR line endings turned into LF, and every run of more
    than `LONG_SPACE_RUN` spaces or tabs (any whitespace but a line break) cut to its first
    `LONG_SPACE_RUN` characters.

    Every reader passes text through this before it becomes `Report.text`, so offsets and ids
    do not depend on how the file was saved. The cut keeps the sentence rules' time in bounds: a
    pattern like "\\s+(?:...)\\s+said" tries every split of a run of spaces, so a sentence with 20,000
    of them took seconds; real reports have no runs that long (the example reports and the seed: single spaces).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > LONG_SPACE_RUN:
        text = _LONG_SPACES.sub(lambda m: m.group(0)[:LONG_SPACE_RUN], text)
    return unicodedata.normalize("NFC", text)


def content_id(text: str) -> str:
    """Returns the first 20 hex chars of sha256 over the normalised text (same text -> same id)."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:20]


def as_utc(value: datetime) -> datetime:
    """Returns `value` as a timezone-aware UTC datetime (naive values are taken to be UTC already)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_published(value: str | datetime | None) -> datetime | None:
    """Returns an aware UTC datetime for ISO dates, ISO datetimes and RFC 822 strings, else None.

    A date alone means midnight UTC. Unparseable values give None rather than a guess.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return as_utc(value)
    raw = str(value).strip()
    if not raw:
        return None
    if _DATE_ONLY.match(raw):
        try:
            return datetime.combine(datetime.fromisoformat(raw).date(), time(0, 0), tzinfo=timezone.utc)
        except ValueError:
            return None
    try:
        return as_utc(datetime.fromisoformat(raw.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        # dateutil reads RFC 822 ("Fri, 09 Dec 2016 18:50:00 GMT") and other common forms.
        return as_utc(dateparser.parse(raw))
    except (ValueError, OverflowError):
        return None


def make_report(
    text: str,
    *,
    published: datetime,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    external_id: str | None = None,
    origin: str | None = None,
) -> Report:
    """Returns a Report whose id is the content hash of `text` and whose `published` is aware UTC."""
    text = normalise_text(text)
    return Report(
        id=content_id(text),
        text=text,
        published=as_utc(published),
        outlet=outlet or None,
        url=url or None,
        title=title or None,
        external_id=str(external_id) if external_id not in (None, "") else None,
        origin=origin,
    )


@dataclass
class Draft:
    """What a format reader found in one document, before defaults are applied."""

    text: str
    published: str | datetime | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    external_id: str | None = None


def split_front_matter(text: str) -> Draft:
    """Returns a Draft with the `---` front-matter keys read and the block removed from the text.

    The block is recognised only when the very first line is `---` and a closing `---` follows;
    otherwise the whole text is the report.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return Draft(text=text)
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() == "---":
            break
    else:
        return Draft(text=text)
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in FRONT_MATTER_KEYS:
            meta[key.strip().lower()] = value.strip().strip("\"'")
    body = "\n".join(lines[end + 1 :]).lstrip("\n")
    return Draft(
        text=body,
        published=meta.get("published"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        title=meta.get("title"),
        external_id=meta.get("id"),
    )
