"""Live-blog segmentation: a report's text cut into entries (updates, original entry, side stories)."""
from __future__ import annotations

from dataclasses import replace

from sitroom.ingest.layout import Para, layout
from sitroom.models import Entry, Report

_MARKERS = ("update", "original", "bracket")


def segment(report: Report) -> list[Entry]:
    """Returns the report's entries in document order, non-overlapping, each covering its own paragraphs.

    A text without live-blog markers (`UPDATE ... :`, `ORIGINAL ENTRY:`) is a "body" entry, cut into
    "story" sections at its headings. In a
    live blog, anything before the first marker is the "preamble"; a heading after it opens a "story";
    a bracketed `[UPDATE ...]` is a "story-update" inside a story (an "update" elsewhere), and the
    paragraphs after its closing bracket continue the entry it interrupted.
    """
    paras = layout(report.text, report.published)
    if not paras:
        return []
    if not any(p.kind in _MARKERS for p in paras):
        return _article_entries(report, paras)
    return _live_entries(report, paras)


def _article_entries(report: Report, paras: list[Para]) -> list[Entry]:
    """An article without live-blog markers: one "body" entry, cut into sections at its headings
    ("NAYPYITAW", "BACKGROUND"), each section a "story" entry that knows its heading."""
    entries = [Entry(report.id, 0, "body", "", paras[0].start, paras[0].end)]
    for para in paras:
        if para.kind == "heading" and para is not paras[0]:
            entries.append(Entry(report.id, len(entries), "story", para.text, para.start, para.end,
                                 heading=para.text))
        else:
            entries[-1].end = para.end
    return entries


def _live_entries(report: Report, paras: list[Para]) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    story: str | None = None  # heading of the side story we are in
    resume: Entry | None = None  # the entry a closed bracketed update interrupted
    close_at = -1  # index of the paragraph that closes the open bracketed update
    seen_marker = False

    def open_entry(kind: str, label: str, para: Para, time=None, heading=None) -> Entry:
        entry = Entry(report.id, len(entries), kind, label, para.start, para.end, time=time, heading=heading)
        entries.append(entry)
        return entry

    for i, para in enumerate(paras):
        if i <= close_at:
            current.end = para.end  # still inside the bracketed update
            continue
        if para.kind in ("update", "original"):
            seen_marker, story, resume = True, None, None
            kind = "update" if para.kind == "update" else "original"
            current = open_entry(kind, para.label, para, time=para.time)
        elif para.kind == "heading" and seen_marker:
            story, resume = para.text, None
            current = open_entry("story", para.text, para, heading=para.text)
        elif para.kind == "bracket":
            seen_marker = True
            if resume is None and current is not None and current.kind != "preamble":
                resume = current
            kind = "story-update" if story else "update"
            current = open_entry(kind, para.label, para, time=para.time, heading=story)
            close_at = para.bracket_close if para.bracket_close is not None else i
            current.end = paras[close_at].end
        else:
            if current is None:
                current = open_entry("preamble", "", para)
            elif resume is not None:
                # Prose after a bracketed update belongs to the story (or entry) the update sat in.
                current = replace(resume, index=len(entries), start=para.start, end=para.end)
                entries.append(current)
                resume = None
            current.end = para.end
    return entries
