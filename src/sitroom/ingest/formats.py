"""Format readers: decoded document text in, Drafts (or per-item errors) out.

Each reader returns a list of (origin, Draft | reason) pairs so that one bad JSONL line or feed item
does not hide the good ones.
"""
from __future__ import annotations

import calendar
import json
import re
from datetime import datetime, timezone

import feedparser
import trafilatura

from sitroom.ingest.htmltext import html_to_text, tidy_paragraphs
from sitroom.ingest.meta import Draft, split_front_matter

Item = tuple[str, "Draft | str"]

EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text", "": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
EXPECTED = "expected text, HTML, JSONL or RSS/Atom"


def sniff(text: str) -> str:
    """Returns the format the content looks like: "feed", "html", "jsonl" or "text"."""
    head = text.lstrip("\ufeff \t\r\n")[:2000].lower()
    if re.search(r"<(rss|feed|rdf:rdf)\b", head[:1000]):
        return "feed"
    if head.startswith("<!doctype html") or "<html" in head[:500] or re.match(r"<(head|body|article|p)\b", head):
        return "html"
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    if lines and all(ln.startswith("{") and ln.endswith("}") for ln in lines[:20]):
        return "jsonl"
    return "text"


def read_format(kind: str, text: str, origin: str) -> list[Item]:
    """Returns the drafts (or failure reasons) that a document of the given format holds."""
    if kind == "html":
        return [(origin, read_html(text))]
    if kind == "jsonl":
        return read_jsonl(text, origin)
    if kind == "feed":
        return read_feed(text, origin)
    return [(origin, read_text(text))]


def read_text(text: str) -> Draft | str:
    """Returns a Draft for plain text, honouring an opening `---` front-matter block."""
    draft = split_front_matter(text)
    if not draft.text.strip():
        return "empty file" if not draft.published else "no report text after the front matter"
    return draft


_META_PUBLISHED = re.compile(
    r"<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|datePublished|"
    r"og:published_time|pubdate|date)[\"'][^>]*>",
    re.IGNORECASE,
)
_CONTENT_ATTR = re.compile(r"content\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)


def meta_published(html: str) -> str | None:
    """Returns the content of the page's `article:published_time` (or similar) meta tag, if any."""
    match = _META_PUBLISHED.search(html)
    if not match:
        return None
    content = _CONTENT_ATTR.search(match.group(0))
    return content.group(1) if content else None


def read_html(html: str) -> Draft | str:
    """Returns a Draft with trafilatura's main text (comments excluded) and page metadata."""
    body = trafilatura.extract(html, include_comments=False)
    if not body:
        # Short pages fall below trafilatura's thresholds; their visible text is still the report.
        body = html_to_text(html)
    text = tidy_paragraphs(body or "")
    if not text:
        return "no readable text in the HTML page"
    meta = trafilatura.extract_metadata(html)
    # The meta tag carries a time of day; trafilatura's date is a day only, so the tag wins when present.
    published = meta_published(html) or (meta.date if meta else None)
    return Draft(
        text=text,
        published=published,
        outlet=(meta.sitename or meta.hostname) if meta else None,
        url=meta.url if meta else None,
        title=meta.title if meta else None,
    )


def read_jsonl(text: str, origin: str) -> list[Item]:
    """Returns one item per non-blank line: a Draft, or a reason naming the line."""
    items: list[Item] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}#line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            items.append((where, f"line {number}: not JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(obj, dict):
            items.append((where, f"line {number}: expected a JSON object, got {type(obj).__name__}"))
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            items.append((where, f'line {number}: no "text" field (each line needs {{"text": ..., "published": ...}})'))
            continue
        items.append(
            (
                where,
                Draft(
                    text=body,
                    published=_str_or_none(obj.get("published")),
                    outlet=_str_or_none(obj.get("outlet")),
                    url=_str_or_none(obj.get("url")),
                    title=_str_or_none(obj.get("title")),
                    external_id=_str_or_none(obj.get("id")),
                ),
            )
        )
    if not items:
        items.append((origin, "empty file"))
    return items


def _str_or_none(value) -> str | None:
    return None if value is None or value == "" else str(value)


def read_feed(text: str, origin: str) -> list[Item]:
    """Returns one item per RSS/Atom entry, or a single reason when the text is not a usable feed."""
    parsed = feedparser.parse(text)
    if not parsed.entries:
        if parsed.get("bozo") and not parsed.get("version"):
            return [(origin, f"not an RSS/Atom feed: {parsed.get('bozo_exception')}")]
        if not parsed.get("version"):
            return [(origin, "not an RSS/Atom feed: no <rss>, <feed> or <rdf:RDF> root element")]
        return [(origin, "feed has no items")]
    outlet = parsed.feed.get("title") or None
    items: list[Item] = []
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#item {number}"
        raw = ""
        if entry.get("content"):
            raw = entry.content[0].get("value", "")
        raw = raw or entry.get("summary", "") or entry.get("description", "")
        body = html_to_text(raw)
        if not body:
            items.append((where, f"item {number}: no content or summary text"))
            continue
        items.append(
            (
                where,
                Draft(
                    text=body,
                    published=_entry_time(entry),
                    outlet=outlet,
                    url=entry.get("link") or None,
                    title=entry.get("title") or None,
                    external_id=entry.get("id") or None,
                ),
            )
        )
    return items


def _entry_time(entry) -> datetime | str | None:
    """Returns the entry's published (else updated) time; feedparser gives it as a UTC struct_time."""
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)
    return entry.get("published") or entry.get("updated") or None
