"""Dataclasses <-> table rows. The JSON `data` columns are the truth; other columns serve queries."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Mapping

from sitroom.models import Claim, Entry, Event, Report


def utc(value: datetime | None) -> datetime | None:
    """Return `value` as an aware UTC datetime (naive values are taken to be UTC already).

    SQLite keeps no offset and PostgreSQL answers in the session's zone, so everything is
    normalised to UTC on the way in and out; aware datetimes compare equal across zones.
    """
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def report_row(report: Report, ingested_at: datetime) -> dict[str, Any]:
    return {
        "id": report.id,
        "external_id": report.external_id,
        "origin": report.origin,
        "outlet": report.outlet,
        "url": report.url,
        "title": report.title,
        "published": utc(report.published),
        "text": report.text,
        "ingested_at": utc(ingested_at),
    }


def report_from_row(row: Mapping[str, Any]) -> Report:
    return Report(
        id=row["id"],
        text=row["text"],
        published=utc(row["published"]),
        outlet=row["outlet"],
        url=row["url"],
        title=row["title"],
        external_id=row["external_id"],
        origin=row["origin"],
    )


def entry_row(entry: Entry) -> dict[str, Any]:
    return {
        "report_id": entry.report_id,
        "idx": entry.index,
        "kind": entry.kind,
        "label": entry.label,
        "start": entry.start,
        "end": entry.end,
        "time": utc(entry.time),
        "heading": entry.heading,
    }


def entry_from_row(row: Mapping[str, Any]) -> Entry:
    return Entry(
        report_id=row["report_id"],
        index=row["idx"],
        kind=row["kind"],
        label=row["label"],
        start=row["start"],
        end=row["end"],
        time=utc(row["time"]),
        heading=row["heading"],
    )


def claim_row(claim: Claim, seq: int, event_id: str | None = None) -> dict[str, Any]:
    return {
        "id": claim.id,
        "report_id": claim.report_id,
        "seq": seq,
        "entry_index": claim.entry_index,
        "event_id": event_id,
        "event_date": claim.event_date,
        "event_type": claim.event_type,
        "sub_event_type": claim.sub_event_type,
        "country": claim.location.country if claim.location else None,
        "data": claim.to_dict(),
    }


def evidence_rows(claim: Claim) -> list[dict[str, Any]]:
    return [
        {
            "claim_id": claim.id,
            "report_id": ev.report_id,
            "field": ev.field,
            "start": ev.start,
            "end": ev.end,
            "text": ev.text,
        }
        for ev in claim.evidence
    ]


def event_row(ev: Event, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """The events row of `ev`; `data` is ev.to_dict() when the caller has it already."""
    actors = [a for a in (ev.actor1, ev.actor2, *ev.assoc_actor_1, *ev.assoc_actor_2) if a is not None]
    return {
        "id": ev.id,
        "event_date": ev.event_date,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "country": ev.location.country if ev.location else None,
        "admin1": ev.location.admin1 if ev.location else None,
        "actor1": ev.actor1.name if ev.actor1 else None,
        "actor2": ev.actor2.name if ev.actor2 else None,
        "actors": "\n".join(a.name.lower() for a in actors),
        "status": ev.status,
        "fatalities_best": ev.fatalities.best if ev.fatalities else None,
        "data": ev.to_dict() if data is None else data,
        "latitude": ev.location.latitude if ev.location else None,
        "longitude": ev.location.longitude if ev.location else None,
        "search": search_text(ev),
    }


def search_text(ev: Event) -> str:
    """Lower-cased words the free-text filter looks in: id, types, actors, place names, notes, sources."""
    actors = [a for a in (ev.actor1, ev.actor2, *ev.assoc_actor_1, *ev.assoc_actor_2) if a is not None]
    loc = ev.location
    words = [ev.id, ev.event_type, ev.sub_event_type, ev.notes, *(a.name for a in actors)]
    if loc is not None:
        words += [loc.name, loc.admin1, loc.admin2, loc.country]
    words += [s.name for s in ev.sources]
    return "\n".join(w.lower() for w in words if w)


def event_from_data(data: Mapping[str, Any]) -> Event:
    return Event.from_dict(dict(data))


def claim_from_data(data: Mapping[str, Any]) -> Claim:
    return Claim.from_dict(dict(data))
