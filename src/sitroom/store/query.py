"""Event queries shared by the CLI, the JSON API and the web pages: filters, sorting, paging, stats.

Analysts' corrections (store/review.py) are laid over events as they are read. The filters run in
SQL on the stored columns for events nobody reviewed; the few reviewed events are filtered in
Python after their overlay and joined back in by id, so a filter always sees corrected values.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from sitroom.models import STATUSES, SUB_TO_TYPE, TAXONOMY, Event
from sitroom.store import review, rows
from sitroom.store.schema import claims as claims_t
from sitroom.store.schema import entries as entries_t
from sitroom.store.schema import events as events_t
from sitroom.store.schema import reports as reports_t

# name -> (column, ascending first). "-name" sorts descending; ties fall back to date then id.
SORTS: dict[str, sa.ColumnElement] = {
    "date": events_t.c.event_date,
    "type": events_t.c.event_type,
    "sub_type": events_t.c.sub_event_type,
    "country": events_t.c.country,
    "admin1": events_t.c.admin1,
    "status": events_t.c.status,
    "fatalities": events_t.c.fatalities_best,
    "id": events_t.c.id,
}
REJECTED = ("include", "exclude", "only")


@dataclass(frozen=True)
class EventFilter:
    """Which events to return. Text filters ignore case; None means 'any'.

    event_type matches the type or the sub-event type; actor matches part of any actor's name; q
    matches part of the id, types, actors, place names, notes or source names; bbox is (west,
    south, east, north) in degrees and keeps located events inside it; report_id keeps events
    with a claim from that report (id or external id); rejected says what to do with events an
    analyst rejected.
    """

    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    status: str | None = None
    q: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    report_id: str | None = None
    rejected: str = "include"
    sort: str = "date"
    limit: int | None = None
    offset: int = 0


@dataclass
class Page:
    items: list[Event]
    total: int
    filter: EventFilter = field(default_factory=EventFilter)


def report_matches(report_id: str) -> sa.ColumnElement[bool]:
    return sa.or_(reports_t.c.id == report_id, reports_t.c.external_id == report_id)


def _same(column: sa.ColumnElement, value: str) -> sa.ColumnElement[bool]:
    return sa.func.lower(column) == sa.func.lower(sa.literal(value))


def _like(column: sa.ColumnElement, text: str) -> sa.ColumnElement[bool]:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


def _spelled(value: str, known) -> str | None:
    low = value.lower()
    return next((k for k in known if k.lower() == low), None)


def _canonical(column: sa.ColumnElement, value: str, known) -> sa.ColumnElement[bool]:
    """column == the canonical spelling of `value` (case ignored); no match can be found for unknown values."""
    spelled = _spelled(value, known)
    return column == spelled if spelled is not None else _same(column, value)


def optimize(conn: sa.Connection) -> None:
    """Refresh the query planner's statistics (run when a server starts: the filters' index choice depends on them)."""
    conn.exec_driver_sql("ANALYZE")


def _raw_conditions(f: EventFilter) -> list[sa.ColumnElement[bool]]:
    e = events_t.c
    out: list[sa.ColumnElement[bool]] = []
    if f.since is not None:
        out.append(e.event_date >= f.since)
    if f.until is not None:
        out.append(e.event_date <= f.until)
    for column, value in ((e.country, f.country), (e.admin1, f.admin1)):
        if value is not None:
            out.append(_same(column, value))
    # Types and statuses are stored in their canonical spelling: a plain equality can use the index.
    if f.sub_event_type is not None:
        out.append(_canonical(e.sub_event_type, f.sub_event_type, SUB_TO_TYPE))
    if f.status is not None:
        out.append(_canonical(e.status, f.status, STATUSES))
    if f.event_type is not None:
        if _spelled(f.event_type, TAXONOMY):
            out.append(e.event_type == _spelled(f.event_type, TAXONOMY))
        else:
            out.append(_canonical(e.sub_event_type, f.event_type, SUB_TO_TYPE))
    if f.actor is not None:
        out.append(_like(e.actors, f.actor))
    if f.q is not None:
        out.append(_like(e.search, f.q))
    if f.bbox is not None:
        west, south, east, north = f.bbox
        out.append(e.latitude.between(south, north))
        out.append(e.longitude.between(west, east) if west <= east else sa.or_(e.longitude >= west, e.longitude <= east))
    return out


def _matches(ev: Event, f: EventFilter) -> bool:
    """The Python twin of _raw_conditions, for events seen through their review overlay."""
    low = str.lower
    if f.since is not None and ev.event_date < f.since:
        return False
    if f.until is not None and ev.event_date > f.until:
        return False
    loc = ev.location
    for value, have in ((f.country, loc.country if loc else None), (f.admin1, loc.admin1 if loc else None),
                        (f.sub_event_type, ev.sub_event_type), (f.status, ev.status)):
        if value is not None and (have is None or low(have) != low(value)):
            return False
    if f.event_type is not None and low(f.event_type) not in (low(ev.event_type), low(ev.sub_event_type)):
        return False
    if f.actor is not None and low(f.actor) not in rows.event_row(ev)["actors"]:
        return False
    if f.q is not None and low(f.q) not in rows.search_text(ev):
        return False
    if f.bbox is not None:
        if loc is None:
            return False
        west, south, east, north = f.bbox
        inside_lon = west <= loc.longitude <= east if west <= east else (loc.longitude >= west or loc.longitude <= east)
        if not (south <= loc.latitude <= north and inside_lon):
            return False
    rejected = "rejected" in ev.flags
    return not ((f.rejected == "exclude" and rejected) or (f.rejected == "only" and not rejected))


def _where(conn: sa.Connection, f: EventFilter) -> sa.ColumnElement[bool]:
    """One WHERE clause for `f` that accounts for reviewed events (see the module docstring)."""
    raw = _raw_conditions(f)
    if f.report_id is not None:
        reports = sa.select(reports_t.c.id).where(report_matches(f.report_id))
        raw.append(events_t.c.id.in_(sa.select(claims_t.c.event_id).where(claims_t.c.report_id.in_(reports))))
    reviewed = review.load(conn)
    if not reviewed:
        if f.rejected == "only":
            return sa.false()
        return sa.and_(sa.true(), *raw)
    overlaid = _load(conn, sorted(reviewed), reviewed)
    in_report = None
    if f.report_id is not None:
        in_report = set(conn.execute(sa.select(events_t.c.id).where(raw[-1])).scalars())
    keep = [ev.id for ev in overlaid if _matches(ev, f) and (in_report is None or ev.id in in_report)]
    unreviewed = sa.false() if f.rejected == "only" else sa.and_(events_t.c.id.not_in(sorted(reviewed)), *raw)
    return sa.or_(unreviewed, events_t.c.id.in_(keep)) if keep else unreviewed


def _load(conn: sa.Connection, ids: list[str], reviews: dict[str, list[review.Review]] | None = None) -> list[Event]:
    """Events by id, in the order given, with their reviews laid over them (missing ids skipped)."""
    found: dict[str, Event] = {}
    for i in range(0, len(ids), 500):
        for row in conn.execute(sa.select(events_t.c.id, events_t.c.data).where(events_t.c.id.in_(ids[i : i + 500]))):
            found[row.id] = rows.event_from_data(row.data)
    if reviews is None:
        reviews = review.load(conn, list(found))
    return [review.apply(found[i], reviews.get(i, [])) for i in ids if i in found]


def order_by(sort: str) -> list[sa.ColumnElement]:
    """ORDER BY for a sort name ('date', '-fatalities', ...); ValueError names the allowed ones."""
    name = sort.lstrip("-")
    if name not in SORTS:
        raise ValueError(f"sort {sort!r} is not one of {', '.join(sorted(SORTS))} (prefix - for descending)")
    column = SORTS[name]
    key = column.desc().nulls_last() if sort.startswith("-") else column.asc().nulls_last()
    return [key, events_t.c.event_date, events_t.c.id]


def find_events(conn: sa.Connection, f: EventFilter, *, count: bool = True) -> Page:
    """The page of events matching `f` (overlay applied) and, with `count`, how many match in all."""
    if f.rejected not in REJECTED:
        raise ValueError(f"rejected {f.rejected!r} is not one of {', '.join(REJECTED)}")
    where = _where(conn, f)
    stmt = sa.select(events_t.c.id).where(where).order_by(*order_by(f.sort)).offset(f.offset)
    if f.limit is not None:
        stmt = stmt.limit(f.limit)
    ids = list(conn.execute(stmt).scalars())
    total = len(ids) + f.offset if not count else conn.execute(sa.select(sa.func.count()).select_from(events_t).where(where)).scalar_one()
    return Page(_load(conn, ids), total, f)


def get_event(conn: sa.Connection, event_id: str) -> Event | None:
    found = _load(conn, [event_id])
    return found[0] if found else None


def stats(conn: sa.Connection, f: EventFilter) -> dict[str, Any]:
    """Events and fatalities per day and type, per type, and per admin1, for the events matching `f`."""
    f = replace(f, limit=None, offset=0)
    where = _where(conn, f)
    e = events_t.c
    reviewed = review.reviewed_ids(conn)
    plain = sa.and_(where, e.id.not_in(sorted(reviewed))) if reviewed else where
    fat = sa.func.coalesce(sa.func.sum(e.fatalities_best), 0)
    day: dict[tuple[str, str], list[int]] = {}
    for row in conn.execute(sa.select(e.event_date, e.event_type, sa.func.count(), fat).where(plain).group_by(e.event_date, e.event_type)):
        day[(row[0].isoformat(), row[1])] = [row[2], int(row[3])]
    admin: dict[str, list[int]] = {}
    for row in conn.execute(sa.select(e.admin1, sa.func.count(), fat).where(plain).group_by(e.admin1)):
        admin[row[0] or ""] = [row[1], int(row[2])]
    if reviewed:
        ids = list(conn.execute(sa.select(e.id).where(where, e.id.in_(sorted(reviewed)))).scalars())
        for ev in _load(conn, ids):
            n = ev.fatalities.best or 0 if ev.fatalities else 0
            for table, key in ((day, (ev.event_date.isoformat(), ev.event_type)), (admin, ev.location.admin1 or "" if ev.location else "")):
                slot = table.setdefault(key, [0, 0])
                slot[0] += 1
                slot[1] += n
    types: dict[str, list[int]] = {}
    for (d, t), (n, k) in day.items():
        slot = types.setdefault(t, [0, 0])
        slot[0] += n
        slot[1] += k
    return {
        "total": {"events": sum(v[0] for v in types.values()), "fatalities": sum(v[1] for v in types.values())},
        "by_day": [{"date": d, "event_type": t, "events": n, "fatalities": k} for (d, t), (n, k) in sorted(day.items())],
        "by_type": [{"event_type": t, "events": n, "fatalities": k} for t, (n, k) in sorted(types.items())],
        "by_admin1": [{"admin1": a or None, "events": n, "fatalities": k}
                      for a, (n, k) in sorted(admin.items(), key=lambda kv: (-kv[1][0], kv[0]))],
    }


# -- reports ---------------------------------------------------------------------------------


@dataclass
class ReportSummary:
    id: str
    external_id: str | None
    title: str | None
    outlet: str | None
    url: str | None
    published: datetime
    ingested_at: datetime
    claims: int
    events: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "external_id": self.external_id, "title": self.title, "outlet": self.outlet, "url": self.url,
                "published": self.published.isoformat(), "ingested_at": self.ingested_at.isoformat(),
                "claims": self.claims, "events": self.events}


def _report_summaries(conn: sa.Connection, where: sa.ColumnElement[bool] | None, limit: int | None, offset: int) -> list[ReportSummary]:
    r = reports_t.c
    n_claims = sa.select(sa.func.count()).where(claims_t.c.report_id == r.id).scalar_subquery()
    n_events = sa.select(sa.func.count(sa.distinct(claims_t.c.event_id))).where(claims_t.c.report_id == r.id).scalar_subquery()
    stmt = sa.select(r.id, r.external_id, r.title, r.outlet, r.url, r.published, r.ingested_at, n_claims, n_events)
    if where is not None:
        stmt = stmt.where(where)
    stmt = stmt.order_by(r.published.desc(), r.id).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [ReportSummary(row[0], row[1], row[2], row[3], row[4], rows.utc(row[5]), rows.utc(row[6]), row[7], row[8])
            for row in conn.execute(stmt)]


def list_reports(conn: sa.Connection, limit: int, offset: int) -> tuple[list[ReportSummary], int]:
    """Reports, newest published first, with how many claims and events each gave; and the total."""
    total = conn.execute(sa.select(sa.func.count()).select_from(reports_t)).scalar_one()
    return _report_summaries(conn, None, limit, offset), total


def report_summary(conn: sa.Connection, report_id: str) -> ReportSummary | None:
    found = _report_summaries(conn, report_matches(report_id), 1, 0)
    return found[0] if found else None


def entry_events(conn: sa.Connection, report_id: str) -> dict[int, list[str]]:
    """entry index -> ids of the events its claims belong to (in claim order, no repeats)."""
    out: dict[int, list[str]] = {}
    stmt = (sa.select(claims_t.c.entry_index, claims_t.c.event_id).where(claims_t.c.report_id == report_id)
            .order_by(claims_t.c.seq))
    for idx, eid in conn.execute(stmt):
        if eid and eid not in out.setdefault(idx, []):
            out[idx].append(eid)
    return out


# -- the live stream's cursor ----------------------------------------------------------------


@dataclass(frozen=True)
class Cursor:
    """Where a live stream stands: the last report ingested (time, id) and the last review id."""

    at: datetime | None = None
    report_id: str = ""
    review_id: int = 0

    def encode(self) -> str:
        """URL-safe text: microseconds since 1970, report id, review id."""
        micros = "" if self.at is None else str((self.at - _EPOCH) // timedelta(microseconds=1))
        return f"{micros}~{self.report_id}~{self.review_id}"

    @classmethod
    def decode(cls, text: str) -> Cursor:
        """ValueError when `text` is not a cursor this module made."""
        parts = text.split("~")
        if len(parts) != 3 or not (parts[0].isdigit() or parts[0] == "") or not parts[2].isdigit():
            raise ValueError(f"cursor {text!r} is not one sitroom gave (use the id of a message from /api/stream)")
        at = _EPOCH + timedelta(microseconds=int(parts[0])) if parts[0] else None
        return cls(at, parts[1], int(parts[2]))


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def cursor_now(conn: sa.Connection) -> Cursor:
    r = reports_t.c
    last = conn.execute(sa.select(r.ingested_at, r.id).order_by(r.ingested_at.desc(), r.id.desc()).limit(1)).first()
    return Cursor(rows.utc(last[0]) if last else None, last[1] if last else "", review.last_id(conn))


def changes(conn: sa.Connection, cursor: Cursor) -> tuple[list[Event], Cursor]:
    """Events new or changed since `cursor` (touched by a report ingested or a review made after it),
    ordered by date then id, and the cursor to continue from."""
    r = reports_t.c
    stmt = sa.select(r.ingested_at, r.id).order_by(r.ingested_at, r.id)
    if cursor.at is not None:
        stmt = stmt.where(sa.or_(r.ingested_at > cursor.at, sa.and_(r.ingested_at == cursor.at, r.id > cursor.report_id)))
    new_reports = list(conn.execute(stmt))
    new_reviews = review.since(conn, cursor.review_id)
    if not new_reports and not new_reviews:
        return [], cursor
    ids: set[str] = {rv.event_id for rv in new_reviews}
    report_ids = [row[1] for row in new_reports]
    for i in range(0, len(report_ids), 500):
        ids |= set(conn.execute(sa.select(claims_t.c.event_id).where(
            claims_t.c.report_id.in_(report_ids[i : i + 500]), claims_t.c.event_id.is_not(None)).distinct()).scalars())
    events = sorted(_load(conn, sorted(ids)), key=lambda ev: (ev.event_date, ev.id))
    at, rid = (rows.utc(new_reports[-1][0]), new_reports[-1][1]) if new_reports else (cursor.at, cursor.report_id)
    return events, Cursor(at, rid, new_reviews[-1].id if new_reviews else cursor.review_id)


def report_entries(conn: sa.Connection, report_id: str) -> list:
    stmt = sa.select(entries_t).where(entries_t.c.report_id == report_id).order_by(entries_t.c.idx)
    return [rows.entry_from_row(r._mapping) for r in conn.execute(stmt)]
