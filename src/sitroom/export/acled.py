"""ACLED-style CSV: ACLED's columns, names and codes, one row per event."""
from __future__ import annotations

import calendar
import csv
import re
from typing import TextIO

from sitroom.export import regions
from sitroom.export.record import interaction_code, ordered
from sitroom.models import ActorRef, Event

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

# ACLED's source_scale says how close a source is to the event. sitroom only knows a source's kind,
# so the scale is read off the kind: groups on the ground are Local, a state's own organs and press
# are National, UN bodies, aid agencies and wires are International, anything else is Other.
# Several sources give the distinct scales joined by "-" in SCALE_ORDER ("Local-International").
SCALE_BY_KIND = {
    "activist": "Local",
    "activist network": "Local",
    "monitor": "Local",
    "local council": "Local",
    "local media": "Local",
    "civil defence": "Local",
    "medical": "Local",
    "residents": "Local",
    "witness": "Local",
    "party outlet": "Local",
    "armed group": "Local",
    "news outlet": "National",
    "state media": "National",
    "government": "National",
    "military": "National",
    "police": "National",
    "ministry": "National",
    "un": "International",
    "humanitarian": "International",
    "ngo": "International",
    "international organisation": "International",
    "international organization": "International",
    "wire": "International",
    "news agency": "International",
    "international media": "International",
    "foreign government": "International",
}
SCALE_ORDER = ("Local", "National", "International", "Other")
_HEX8 = re.compile(r"[0-9a-fA-F]{8}")


def source_scale(kinds: list[str]) -> str:
    """Return ACLED's source_scale for sources of these kinds ("" for none)."""
    scales = {SCALE_BY_KIND.get(kind.strip().lower(), "Other") for kind in kinds}
    return "-".join(s for s in SCALE_ORDER if s in scales)


def event_id_cnty(event: Event) -> str:
    """Return ACLED's event_id_cnty: the country's ISO3 and 8 hex characters of the event id, upper-cased."""
    found = _HEX8.search(event.id)
    tail = found.group(0) if found else re.sub(r"[^0-9A-Za-z]", "", event.id)[:8]
    return regions.iso3(event.country) + tail.upper()


def midnight_utc(event: Event) -> int:
    """Return the unix time of the event date's midnight UTC: deterministic, unlike "now"."""
    return calendar.timegm(event.event_date.timetuple())


def _names(actors: list[ActorRef]) -> str:
    return "; ".join(a.name for a in actors)


def _inter(actor: ActorRef | None) -> int | str:
    return actor.inter if actor is not None and actor.inter is not None else ""


def _blank(value: object) -> object:
    return "" if value is None else value


def acled_row(event: Event) -> dict[str, object]:
    """Return the CSV row of `event`, keyed by ACLED column; missing values are ""."""
    loc = event.location
    known = regions.country(event.country)
    if loc is not None and loc.iso is not None:
        iso: object = loc.iso
    else:
        iso = known.iso if known and known.iso is not None else ""
    return {
        "event_id_cnty": event_id_cnty(event),
        "event_date": event.event_date.isoformat(),
        "year": event.event_date.year,
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else "",
        "assoc_actor_1": _names(event.assoc_actor_1),
        "inter1": _inter(event.actor1),
        "actor2": event.actor2.name if event.actor2 else "",
        "assoc_actor_2": _names(event.assoc_actor_2),
        "inter2": _inter(event.actor2),
        "interaction": _blank(interaction_code(event)),
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else "",
        "iso": iso,
        "region": regions.acled_region(event.country),
        "country": (known.name if known else event.country) or "",
        "admin1": _blank(loc.admin1) if loc else "",
        "admin2": _blank(loc.admin2) if loc else "",
        "admin3": _blank(loc.admin3) if loc else "",
        "location": loc.name if loc else "",
        "latitude": f"{loc.latitude:.4f}" if loc else "",
        "longitude": f"{loc.longitude:.4f}" if loc else "",
        "geo_precision": loc.geo_precision if loc else "",
        "source": "; ".join(s.name for s in event.sources),
        "source_scale": source_scale([s.kind for s in event.sources]),
        "notes": event.notes,
        # ACLED has no "unknown": a count that was not reported is 0.
        "fatalities": event.fatalities.best if event.fatalities and event.fatalities.best is not None else 0,
        "tags": "; ".join(event.flags),
        "timestamp": midnight_utc(event),
    }


def write_acled(events: list[Event], out: TextIO) -> int:
    """Write the header and one row per event in export order; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    events = ordered(events)
    for event in events:
        writer.writerow(acled_row(event))
    return len(events)
