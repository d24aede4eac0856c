"""Reading event filters from query parameters, with one clear message per bad value (-> 422)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fastapi import HTTPException, Query

from sitroom.models import STATUSES, SUB_TO_TYPE, TAXONOMY
from sitroom.store.query import REJECTED, SORTS, EventFilter

MAX_LIMIT = 1000


def _bad(message: str) -> HTTPException:
    return HTTPException(422, message)


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    parts = text.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise _bad(f"bbox {text!r} must be four numbers: west,south,east,north (degrees)") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise _bad(f"bbox {text!r}: longitudes must lie in -180..180 and latitudes in -90..90 with south <= north")
    return west, south, east, north


def _pick(name: str, value: str | None, allowed: list[str]) -> str | None:
    if value is None or value == "":
        return None
    for option in allowed:
        if option.lower() == value.lower():
            return option
    raise _bad(f"{name} {value!r} is not one of: {', '.join(allowed)}")


@dataclass
class FilterParams:
    """FastAPI dependency: the filters every event query takes."""

    since: date | None = Query(None, description="First event date, YYYY-MM-DD (inclusive).")
    until: date | None = Query(None, description="Last event date, YYYY-MM-DD (inclusive).")
    event_type: str | None = Query(None, description="ACLED event type, or a sub-event type.")
    sub_event_type: str | None = Query(None, description="ACLED sub-event type.")
    country: str | None = Query(None, max_length=128)
    admin1: str | None = Query(None, max_length=128)
    actor: str | None = Query(None, max_length=200, description="Part of an actor's name.")
    status: str | None = Query(None, description="reported, claimed, corroborated, contested or denied.")
    q: str | None = Query(None, max_length=200, description="Free text: part of an id, type, actor, place, note or source.")
    bbox: str | None = Query(None, description="west,south,east,north in degrees.")
    report: str | None = Query(None, max_length=512, description="Only events with a claim from this report (id or external id).")
    rejected: str = Query("include", description="include, exclude or only: events an analyst rejected.")

    def to_filter(self, *, sort: str = "date", limit: int | None = None, offset: int = 0) -> EventFilter:
        if self.since and self.until and self.since > self.until:
            raise _bad(f"since {self.since} is after until {self.until}")
        types = list(TAXONOMY) + list(SUB_TO_TYPE)
        name = sort.lstrip("-")
        if name not in SORTS:
            raise _bad(f"sort {sort!r} is not one of: {', '.join(sorted(SORTS))} (prefix '-' for descending)")
        return EventFilter(
            since=self.since, until=self.until,
            event_type=_pick("event_type", self.event_type, types),
            sub_event_type=_pick("sub_event_type", self.sub_event_type, list(SUB_TO_TYPE)),
            country=self.country or None, admin1=self.admin1 or None, actor=self.actor or None,
            status=_pick("status", self.status, list(STATUSES)),
            q=self.q or None,
            bbox=parse_bbox(self.bbox) if self.bbox else None,
            report_id=self.report or None,
            rejected=_pick("rejected", self.rejected, list(REJECTED)) or "include",
            sort=sort, limit=limit, offset=offset,
        )

    def query_string(self) -> dict[str, str]:
        """The non-empty filters, to carry into links (sorting, paging)."""
        out = {}
        for key in ("since", "until", "event_type", "sub_event_type", "country", "admin1", "actor", "status", "q", "bbox", "report"):
            value = getattr(self, key)
            if value not in (None, ""):
                out[key] = str(value)
        if self.rejected != "include":
            out["rejected"] = self.rejected
        return out
