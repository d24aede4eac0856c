"""Analyst review: an audit log of confirmations, rejections and corrections, applied on read.

Ingestion rewrites events whenever it re-fuses them, so corrections are never written into the
events table: they live in `reviews` (who, when, field, old -> new, note) and are laid over each
event as it is read. Re-ingesting the same or new reports therefore cannot overwrite them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from sitroom.models import DISORDER, STATUSES, SUB_TO_TYPE, TAXONOMY, ActorRef, Event, Fatalities, Location
from sitroom.store.schema import reviews as reviews_t

ACTIONS = ("confirm", "reject", "restore", "correct")
# Fields an analyst may correct, with what a value looks like (for error messages and forms).
FIELDS: dict[str, str] = {
    "event_type": "one of ACLED's six event types",
    "sub_event_type": "one of ACLED's 25 sub-event types (sets the event type too)",
    "actor1": "an actor name",
    "actor2": "an actor name (empty to remove)",
    "location": "a place: {name, latitude, longitude[, country, admin1]}",
    "event_date": "a date YYYY-MM-DD",
    "fatalities": "a whole number >= 0, or {low, best, high}",
    "status": "one of " + ", ".join(STATUSES),
}


class ReviewError(ValueError):
    """A review that cannot be applied: the message names the field and the value's expected form."""


@dataclass
class Review:
    id: int
    event_id: str
    action: str
    field: str | None
    old: Any
    new: Any
    note: str
    who: str
    at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "event_id": self.event_id, "action": self.action, "field": self.field, "old": self.old,
                "new": self.new, "note": self.note, "who": self.who, "at": self.at.isoformat()}


def normalise(field: str, value: Any) -> Any:
    """Return the JSON form of a corrected value after checking it; ReviewError says what is wrong."""
    if field not in FIELDS:
        raise ReviewError(f"field {field!r} cannot be corrected: use one of {', '.join(FIELDS)}")
    if isinstance(value, str):
        value = value.strip()
    if field == "event_type":
        if value not in TAXONOMY:
            raise ReviewError(f"event_type {value!r} is not {FIELDS[field]}: {', '.join(TAXONOMY)}")
        return value
    if field == "sub_event_type":
        if value not in SUB_TO_TYPE:
            raise ReviewError(f"sub_event_type {value!r} is not {FIELDS[field]}")
        return value
    if field in ("actor1", "actor2"):
        if value in (None, ""):
            if field == "actor1":
                raise ReviewError("actor1 cannot be empty: every event has a first actor")
            return None
        if not isinstance(value, str) or len(value) > 200:
            raise ReviewError(f"{field} must be {FIELDS[field]} of at most 200 characters")
        return value
    if field == "event_date":
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise ReviewError(f"event_date {value!r} is not {FIELDS[field]}") from None
    if field == "status":
        if value not in STATUSES:
            raise ReviewError(f"status {value!r} is not {FIELDS[field]}")
        return value
    if field == "fatalities":
        return _fatalities(value)
    return _location(value)


def _fatalities(value: Any) -> dict[str, int]:
    if isinstance(value, dict):
        try:
            low, best, high = (int(value[k]) for k in ("low", "best", "high"))
        except (KeyError, TypeError, ValueError):
            raise ReviewError(f"fatalities {value!r} is not {FIELDS['fatalities']}") from None
    else:
        try:
            low = best = high = int(str(value).strip())
        except ValueError:
            raise ReviewError(f"fatalities {value!r} is not {FIELDS['fatalities']}") from None
    if not 0 <= low <= best <= high:
        raise ReviewError(f"fatalities {value!r}: need 0 <= low <= best <= high")
    return {"low": low, "best": best, "high": high}


def _location(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not str(value.get("name") or "").strip():
        raise ReviewError(f"location {value!r} is not {FIELDS['location']}")
    try:
        lat, lon = float(value["latitude"]), float(value["longitude"])
    except (KeyError, TypeError, ValueError):
        raise ReviewError("location needs numeric latitude and longitude") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ReviewError(f"location ({lat}, {lon}) is outside -90..90 latitude, -180..180 longitude")
    out = {"name": str(value["name"]).strip(), "latitude": lat, "longitude": lon}
    for key in ("country", "admin1"):
        if str(value.get(key) or "").strip():
            out[key] = str(value[key]).strip()
    return out


def current(event: Event, field: str) -> Any:
    """The JSON form of `event`'s value for a correctable field (the 'old' of a correction)."""
    if field in ("event_type", "sub_event_type", "status"):
        return getattr(event, field)
    if field == "event_date":
        return event.event_date.isoformat()
    if field in ("actor1", "actor2"):
        actor = getattr(event, field)
        return actor.name if actor else None
    if field == "fatalities":
        return event.fatalities.to_dict() if event.fatalities else None
    loc = event.location
    if loc is None:
        return None
    return {"name": loc.name, "latitude": loc.latitude, "longitude": loc.longitude, "country": loc.country, "admin1": loc.admin1}


def apply(event: Event, reviews: list[Review]) -> Event:
    """Lay `reviews` (oldest first) over `event`, in place; returns it. Flags say what happened."""
    if not reviews:
        return event
    flags = [f for f in event.flags if f not in ("reviewed", "confirmed", "rejected") and not f.startswith("corrected:")]
    rejected = confirmed = False
    corrected: list[str] = []
    for r in reviews:
        if r.action == "reject":
            rejected = True
        elif r.action == "restore":
            rejected = False
        elif r.action == "confirm":
            confirmed = True
        elif r.action == "correct" and r.field:
            _set(event, r.field, r.new)
            if r.field not in corrected:
                corrected.append(r.field)
    flags.append("reviewed")
    if confirmed:
        flags.append("confirmed")
    if rejected:
        flags.append("rejected")
    flags += [f"corrected:{f}" for f in corrected]
    event.flags = flags
    return event


def _set(event: Event, field: str, value: Any) -> None:
    if field == "event_type":
        event.event_type = value
        if event.sub_event_type not in TAXONOMY[value]:
            event.sub_event_type = TAXONOMY[value][0]
        event.disorder_type = DISORDER[value]
    elif field == "sub_event_type":
        event.sub_event_type = value
        event.event_type = SUB_TO_TYPE[value]
        event.disorder_type = DISORDER[event.event_type]
    elif field == "status":
        event.status = value
    elif field == "event_date":
        event.event_date = date.fromisoformat(value)
        event.time_precision = 1
    elif field in ("actor1", "actor2"):
        setattr(event, field, ActorRef(name=value) if value else None)
    elif field == "fatalities":
        event.fatalities = Fatalities(**value)
    elif field == "location":
        old = event.location
        event.location = Location(
            name=value["name"], latitude=value["latitude"], longitude=value["longitude"], geo_precision=1,
            country=value.get("country") or (old.country if old else ""),
            admin1=value.get("admin1") or (old.admin1 if old and not value.get("country") else None),
        )


# -- database ------------------------------------------------------------------------------------


def _from_row(row: sa.Row) -> Review:
    at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
    return Review(row.id, row.event_id, row.action, row.field, row.old, row.new, row.note, row.who, at)


def load(conn: sa.Connection, event_ids: list[str] | None = None) -> dict[str, list[Review]]:
    """Reviews by event id, oldest first; all of them when `event_ids` is None."""
    stmt = sa.select(reviews_t).order_by(reviews_t.c.id)
    out: dict[str, list[Review]] = {}
    if event_ids is None:
        for row in conn.execute(stmt):
            out.setdefault(row.event_id, []).append(_from_row(row))
        return out
    ids = sorted(set(event_ids))
    for i in range(0, len(ids), 500):
        for row in conn.execute(stmt.where(reviews_t.c.event_id.in_(ids[i : i + 500]))):
            out.setdefault(row.event_id, []).append(_from_row(row))
    return out


def reviewed_ids(conn: sa.Connection) -> set[str]:
    return set(conn.execute(sa.select(reviews_t.c.event_id).distinct()).scalars())


def record(conn: sa.Connection, event: Event, action: str, field: str | None, value: Any, note: str, who: str) -> Review:
    """Check and append one review of `event` (as currently seen, overlay included); returns it."""
    if action not in ACTIONS:
        raise ReviewError(f"action {action!r} is not one of {', '.join(ACTIONS)}")
    note = (note or "").strip()
    if len(note) > 2000:
        raise ReviewError("note is longer than 2000 characters")
    old = new = None
    if action == "correct":
        if not field:
            raise ReviewError("a correction names the field it corrects: " + ", ".join(FIELDS))
        new = normalise(field, value)
        old = current(event, field)
        if old == new:
            raise ReviewError(f"{field} is already {new!r}: nothing to correct")
    elif field is not None and field not in FIELDS:
        raise ReviewError(f"field {field!r} cannot be reviewed: use one of {', '.join(FIELDS)}")
    at = datetime.now(UTC)
    rid = conn.execute(
        reviews_t.insert().values(event_id=event.id, action=action, field=field, old=old, new=new, note=note, who=who, at=at)
        .returning(reviews_t.c.id)
    ).scalar_one()
    return Review(rid, event.id, action, field, old, new, note, who, at)


def since(conn: sa.Connection, after_id: int) -> list[Review]:
    """Reviews with an id above `after_id`, oldest first (the live stream's cursor)."""
    return [_from_row(r) for r in conn.execute(sa.select(reviews_t).where(reviews_t.c.id > after_id).order_by(reviews_t.c.id))]


def last_id(conn: sa.Connection) -> int:
    return conn.execute(sa.select(sa.func.coalesce(sa.func.max(reviews_t.c.id), 0))).scalar_one()
