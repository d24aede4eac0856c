"""Headlines, ledes and country-wide lines that sum up what the body then tells place by place.

A wire story opens with its headline and a dateline paragraph ("CITY, Month D (Outlet) - Clashes
across the country killed nine ..."), and then tells each place's events. ACLED codes the detailed
events, once each, at their own places (CODING-RULES.md: one event per place and day; a summary or a
national toll is not an event of its own). So a claim that only sums up is absorbed by the detailed
telling of the same kind of violence:

- the claim comes from the headline or the lede, or it has no place finer than the country;
- its place is the country, none, or (for a headline or lede) the dateline's place;
- the same report tells, outside its headline and lede, an event of the same kind at a finer place
  inside it (or at the dateline's place itself) on that day.

When nothing more detailed is told, the summary stays: it is then the only telling of its event.
"""
from __future__ import annotations

import re
from datetime import timedelta

from .. import geo
from ..ingest.layout import paragraphs
from ..models import Claim, Location
from ..fuse import _family
from .coding import distance_km

DATELINE = re.compile(r"^[A-Z][A-Z/ .'-]{2,40},\s+\w{3,9}\.?\s+\d{1,2}\b")
# the kinds of violence a summary line may call by another name ("clashes", "unrest", "violence")
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests"}
_NEAR_KM = 25.0


def _span(c: Claim) -> int | None:
    return min((e.start for e in c.evidence if e.field == "sentence"), default=None)


def opening_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the headline (a first line that is not a sentence) and of the dateline
    paragraph (the lede) of a text, when it has them."""
    paras = paragraphs(text)[:4]
    out: list[tuple[int, int, str]] = []
    if paras:
        first = paras[0].text
        if "\n" not in first and not re.search(r"[.!?][\"'”’)]?$", first) and len(first.split()) <= 25:
            out.append((paras[0].start, paras[0].end, "headline"))
    for p in paras:
        if DATELINE.match(p.text):
            out.append((p.start, p.end, "lede"))
            break
    return out


def _is_country(loc: Location) -> bool:
    if loc.gazetteer_id:
        place = geo.place_by_id(loc.gazetteer_id)
        if place is not None:
            return place.feature == "country"
    return loc.geo_precision >= 3 and not loc.admin1


def _dateline_place(text: str, spans: list[tuple[int, int, str]]) -> str | None:
    for start, _, kind in spans:
        if kind == "lede":
            m = DATELINE.match(text[start:])
            return m.group(0).split(",")[0].strip().lower() if m else None
    return None


def _km(a: Location, b: Location) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _same_kind(summary: Claim, detail: Claim, opening: bool) -> bool:
    if summary.sub_event_type == detail.sub_event_type:
        return True
    if summary.event_type == "Strategic developments" or detail.event_type == "Strategic developments":
        return False
    if summary.sub_event_type == "Peaceful protest" or detail.sub_event_type == "Peaceful protest":
        return {summary.event_type, detail.event_type} <= {"Protests", "Riots"}
    if opening:  # a headline's "clashes" or "unrest" is whatever violence the body tells
        return summary.event_type in VIOLENT and detail.event_type in VIOLENT
    return summary.event_type == detail.event_type


def mark_lede_summaries(claims: list[Claim], text: str) -> None:
    spans = opening_spans(text)
    dateline = _dateline_place(text, spans)

    def opening_of(c: Claim) -> str | None:
        s = _span(c)
        if s is None:
            return None
        return next((kind for start, end, kind in spans if start <= s < end), None)

    where = {id(c): opening_of(c) for c in claims}
    details = [d for d in claims if not d.summary and d.polarity == "supports" and d.location is not None
               and where[id(d)] is None and not _is_country(d.location)]
    if not details:
        return
    lede_days = {c.event_date for c in claims if where[id(c)] == "lede"}
    for c in claims:
        if c.summary or c.polarity != "supports" or c.modality == "denied":
            continue
        opening = where[id(c)]
        loc = c.location
        at_dateline = bool(opening and loc is not None and dateline and
                           loc.name.lower() in (dateline, dateline.replace(" ", "")))
        if loc is not None and not _is_country(loc) and not at_dateline:
            continue
        if opening is None:
            continue
        # the days the summary can speak of: its own; a headline or an unplaced lede may sum up the
        # days its story tells (a headline carries no date of its own; a lede's "said on Tuesday")
        if opening and loc is None:
            days = {c.event_date - timedelta(days=k) for k in range(8)}
        elif opening == "headline" and not any(e.field == "date" for e in c.evidence):
            days = {c.event_date} | lede_days  # an undated headline tells the lede's day
        else:
            days = {c.event_date}
        for d in details:
            if d is c or d.report_id != c.report_id or d.event_date not in days:
                continue
            if not _same_kind(c, d, opening is not None):
                continue
            if loc is not None:
                if d.location.country != loc.country:
                    continue
                if at_dateline:
                    if not (d.location.name == loc.name or _km(d.location, loc) <= _NEAR_KM):
                        continue
                    if _family(d.sub_event_type) == _family(c.sub_event_type) and d.location.name == loc.name:
                        continue  # the same event at the same place: fusion joins them, figures and all
            c.summary = True
            c.flags.append("summary")
            break
