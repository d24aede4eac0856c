"""UCDP GED-style CSV: organised violence only, with UCDP's violence types and precision codes."""
from __future__ import annotations

import calendar
import csv
from collections import defaultdict
from datetime import date
from typing import TextIO

from sitroom.export import regions
from sitroom.export.record import ordered
from sitroom.models import ActorRef, Event

COLUMNS = (
    "id", "relid", "year", "active_year", "type_of_violence", "conflict_name", "dyad_name", "side_a",
    "side_b", "source_article", "source_headline", "where_prec", "where_coordinates", "adm_1", "adm_2",
    "latitude", "longitude", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best",
    "high", "low",
)  # fmt: skip

# UCDP counts organised violence only; protests, riots and strategic developments are left out.
UCDP_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
STATE_BASED, NON_STATE, ONE_SIDED = 1, 2, 3
ORGANISED = {1, 2, 3, 4, 8}  # ACLED inter codes of armed, organised actors
CIVILIANS = 7
# ACLED geo_precision -> UCDP where_prec (3, a region coded to its centroid, is UCDP's admin-1 level 4).
WHERE_PREC = {1: 1, 2: 2, 3: 4}
# ACLED time_precision -> UCDP date_prec (3, only the month, is UCDP's "within a month" 4).
DATE_PREC = {1: 1, 2: 2, 3: 4}
# UCDP marks a dyad's year active from 25 battle-related deaths.
ACTIVE_DEATHS = 25
_STATE_PREFIXES = ("Military Forces of ", "Police Forces of ")


def is_state(actor: ActorRef | None) -> bool:
    """True for state forces: inter 1, or foreign state forces coded 8 ("Military Forces of Russia")."""
    if actor is None or actor.inter is None:
        return False
    return actor.inter == 1 or (actor.inter == 8 and actor.name.startswith(_STATE_PREFIXES))


def _organised(actor: ActorRef | None) -> bool:
    return actor is not None and actor.inter in ORGANISED


def violence_type(event: Event) -> int:
    """Return UCDP's type_of_violence: 1 state-based, 2 non-state, 3 one-sided.

    One-sided when an organised actor faces civilians (inter 7) or the event is violence against
    civilians; state-based when state forces are on either side; non-state otherwise, including a
    lone non-state actor whose target the reports do not name.
    """
    a1, a2 = event.actor1, event.actor2
    inters = {a.inter for a in (a1, a2) if a is not None}
    if CIVILIANS in inters and (_organised(a1) or _organised(a2)):
        return ONE_SIDED
    if event.event_type == "Violence against civilians":
        return ONE_SIDED
    if is_state(a1) or is_state(a2):
        return STATE_BASED
    return NON_STATE


def ucdp_side(actor: ActorRef | None) -> str:
    """Return a side's UCDP-style name: state forces become "Government of X"; "" when unknown."""
    if actor is None:
        return ""
    if actor.inter == CIVILIANS:
        return "Civilians"
    for prefix in _STATE_PREFIXES:
        if actor.name.startswith(prefix):
            return "Government of " + actor.name[len(prefix):].split(" (")[0]
    return actor.name


def sides(event: Event, kind: int) -> tuple[str, str]:
    """Return (side_a, side_b): the state first in state-based violence, the perpetrator first and
    "Civilians" second in one-sided violence, actor1 first otherwise."""
    a1, a2 = event.actor1, event.actor2
    if kind == ONE_SIDED:
        perpetrator = a2 if (a1 is not None and a1.inter == CIVILIANS) else a1
        return ucdp_side(perpetrator), "Civilians"
    if kind == STATE_BASED and not is_state(a1) and is_state(a2):
        a1, a2 = a2, a1
    return ucdp_side(a1), ucdp_side(a2)


def _names(event: Event, kind: int) -> tuple[str, str]:
    """Return (conflict_name, dyad_name) in UCDP's manner ("Syria: Government", "A - B")."""
    side_a, side_b = sides(event, kind)
    dyad = f"{side_a} - {side_b}"
    if kind == STATE_BASED and side_b and not side_b.startswith("Government of "):
        return f"{event.country or side_a}: Government", dyad
    return dyad, dyad


def _dates(event: Event) -> tuple[date, date]:
    day = event.event_date
    if event.time_precision == 3:  # only the month is known
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    return day, day


def _deaths(event: Event) -> tuple[int, int, int]:
    """Return (best, low, high); UCDP has no unknown, so an unreported figure is 0."""
    f = event.fatalities
    best = f.best if f is not None and f.best is not None else 0
    low = f.low if f is not None and f.low is not None else best
    high = f.high if f is not None and f.high is not None else best
    return best, low, high


def ucdp_row(event: Event, active_year: bool) -> dict[str, object]:
    """Return the CSV row of `event` keyed by UCDP column (ACLED does not split deaths by side)."""
    kind = violence_type(event)
    conflict, dyad = _names(event, kind)
    side_a, side_b = sides(event, kind)
    loc = event.location
    known = regions.country(event.country)
    best, low, high = _deaths(event)
    start, end = _dates(event)
    iso = loc.iso if loc is not None and loc.iso is not None else (known.iso if known else None)
    return {
        "id": event.id,
        "relid": f"{regions.iso3(event.country)}-{event.event_date.year}-{kind}-{event.id[:8]}",
        "year": event.event_date.year,
        "active_year": int(active_year),
        "type_of_violence": kind,
        "conflict_name": conflict,
        "dyad_name": dyad,
        "side_a": side_a,
        "side_b": side_b,
        "source_article": "; ".join(s.name for s in event.sources),
        "source_headline": "",
        "where_prec": WHERE_PREC.get(loc.geo_precision, "") if loc else "",
        "where_coordinates": loc.name if loc else "",
        "adm_1": (loc.admin1 or "") if loc else "",
        "adm_2": (loc.admin2 or "") if loc else "",
        "latitude": f"{loc.latitude:.4f}" if loc else "",
        "longitude": f"{loc.longitude:.4f}" if loc else "",
        "country": (known.name if known else event.country) or "",
        "country_id": "" if iso is None else iso,
        "region": regions.ucdp_region(event.country),
        "event_clarity": 1,
        "date_prec": DATE_PREC.get(event.time_precision, ""),
        "date_start": start.isoformat(),
        "date_end": end.isoformat(),
        "deaths_a": 0,
        "deaths_b": 0,
        "deaths_civilians": 0,
        "deaths_unknown": best,
        "best": best,
        "high": high,
        "low": low,
    }


def write_ucdp(events: list[Event], out: TextIO) -> int:
    """Write the header and one row per organised-violence event; returns the number of rows.

    active_year is 1 when the event's dyad reaches 25 deaths (best) in that year within the exported
    events, as UCDP's threshold; a partial export can therefore under-count it.
    """
    kept = [e for e in ordered(events) if e.event_type in UCDP_TYPES]
    totals: dict[tuple[str, int], int] = defaultdict(int)
    for e in kept:
        totals[(_names(e, violence_type(e))[1], e.event_date.year)] += _deaths(e)[0]
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in kept:
        dyad = _names(e, violence_type(e))[1]
        writer.writerow(ucdp_row(e, totals[(dyad, e.event_date.year)] >= ACTIVE_DEATHS))
    return len(kept)
