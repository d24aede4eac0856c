"""The JSONL event record of EVENT-RECORD.md, built from an Event, and the order every export uses."""
from __future__ import annotations

import json
from typing import Any, TextIO

from sitroom.models import ActorRef, Event

# Counts every record carries, null when the reports give no figure; other counts follow, sorted.
STANDARD_COUNTS = ("captured", "injured", "destroyed")


def ordered(events: list[Event]) -> list[Event]:
    """Return the events in export order: event date, then id (a stable order for diffable files)."""
    return sorted(events, key=lambda e: (e.event_date, e.id))


def interaction_code(event: Event) -> int | None:
    """Return ACLED's interaction code: the two inter codes, lower first (17); X0 for a lone actor.

    The fuser's own code wins when it set one; None when no actor has an inter code.
    """
    if event.interaction is not None:
        return event.interaction
    codes = sorted(a.inter for a in (event.actor1, event.actor2) if a is not None and a.inter is not None)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def _actor(actor: ActorRef | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "mention": actor.mention, "inter": actor.inter, "side": actor.side}


def _location(event: Event) -> dict[str, Any] | None:
    loc = event.location
    if loc is None:
        return None
    return {
        "name": loc.name,
        "latitude": loc.latitude,
        "longitude": loc.longitude,
        "geo_precision": loc.geo_precision,
        "admin1": loc.admin1,
        "admin2": loc.admin2,
        "admin3": loc.admin3,
        "country": loc.country,
        "iso": loc.iso,
        "gazetteer_id": loc.gazetteer_id,
    }


def _counts(counts: dict[str, int]) -> dict[str, int | None]:
    out: dict[str, int | None] = {key: counts.get(key) for key in STANDARD_COUNTS}
    out.update({key: counts[key] for key in sorted(counts) if key not in out})
    return out


def event_record(event: Event) -> dict[str, Any]:
    """Return the JSONL record of `event`: EVENT-RECORD.md's fields, in its order, null when unknown."""
    fat = event.fatalities
    return {
        "id": event.id,
        "event_date": event.event_date.isoformat(),
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": _actor(event.actor1),
        "assoc_actor_1": [_actor(a) for a in event.assoc_actor_1],
        "actor2": _actor(event.actor2),
        "assoc_actor_2": [_actor(a) for a in event.assoc_actor_2],
        "interaction": interaction_code(event),
        "civilian_targeting": event.civilian_targeting or None,
        "location": _location(event),
        "fatalities": {"best": fat.best, "low": fat.low, "high": fat.high} if fat is not None else None,
        "counts": _counts(event.counts),
        "status": event.status,
        "sources": [{"name": s.name, "kind": s.kind, "stance": s.stance, "cue": s.cue} for s in event.sources],
        "claims": len(event.claim_ids),
        "evidence": [
            {"report_id": ev.report_id, "entry": ev.entry, "start": ev.start, "end": ev.end, "text": ev.text}
            for ev in event.evidence
        ],
        "notes": event.notes,
        "confidence": event.confidence,
    }


def write_jsonl(events: list[Event], out: TextIO) -> int:
    """Write one record per line in export order; returns the number of lines."""
    events = ordered(events)
    for event in events:
        out.write(json.dumps(event_record(event), ensure_ascii=False, sort_keys=False) + "\n")
    return len(events)
