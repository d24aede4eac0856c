"""Saving one report and re-fusing the events it touches, in one transaction."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from sitroom.models import Claim, Entry, Event, Report
from sitroom.recent import Recent
from sitroom.store import rows
from sitroom.store.schema import claims as claims_t
from sitroom.store.schema import entries as entries_t
from sitroom.store.schema import events as events_t
from sitroom.store.schema import evidence as evidence_t
from sitroom.store.schema import reports as reports_t
from sitroom.store.schema import sources as sources_t

# Claims in, events out; deterministic: the same claims (objects unchanged) give the same events.
Fuse = Callable[[list[Claim]], list[Event]]

# Claims this many days apart (or closer) may describe the same incident and are re-fused together.
WINDOW_DAYS = 3
# PostgreSQL advisory lock key held by every save: re-fusing reads then rewrites events, so two
# concurrent saves could each replace the same event; one writer at a time (as SQLite has anyway).
_PG_SAVE_LOCK = 0x5172_0002
# Keeps IN (...) lists and OR chains well under every backend's bound-parameter limit.
_CHUNK = 500


# Whether a report is stored (built once: a statement built per call is also compiled per call).
REPORT_ID = sa.select(reports_t.c.id).where(reports_t.c.id == sa.bindparam("id"))


@dataclass
class SaveResult:
    """What saving one report changed."""

    new_report: bool
    claims: int
    new_events: int
    updated_events: int


@dataclass
class _Stored:
    """A claim already in the database, with what orders it."""

    claim: Claim
    event_id: str | None
    order: tuple


def save_report(conn: sa.Connection, report: Report, entries: list[Entry], claims: list[Claim], fuse: Fuse) -> SaveResult:
    """Write `report` and its entries and claims, and re-fuse the affected events, on `conn`.

    Returns the SaveResult; the caller owns the transaction (it commits, or rolls back when this
    raises). Nothing is written when the report is already stored.
    """
    _check_belongs(report, entries, claims)
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_SAVE_LOCK})
    if _select(conn, REPORT_ID, {"id": report.id}):
        return SaveResult(new_report=False, claims=0, new_events=0, updated_events=0)
    _CLAIM_CACHE.rotate()
    _EVENT_DATA.rotate()

    stored = _stored_candidates(conn, claims)
    _insert_report(conn, report, entries, claims)

    published = rows.utc(report.published)
    new = [_Stored(c, None, _order_key(c, published, report.id, i)) for i, c in enumerate(claims)]
    candidates = {s.claim.id: s for s in stored + new}
    replaced = {s.event_id for s in stored if s.event_id}
    while True:
        ordered = sorted(candidates.values(), key=lambda s: s.order)
        fused = fuse([s.claim for s in ordered])
        _check_fused(fused, candidates)
        # An id the fuser gives may belong to a stored event outside the candidates (same content,
        # other claims): pull that event in and fuse again, so an event is never stored twice.
        clashes = _existing_event_ids(conn, {e.id for e in fused} - replaced)
        if not clashes:
            break
        for s in _claims_of_events(conn, clashes):
            candidates.setdefault(s.claim.id, s)
        replaced |= clashes

    before = _load_events(conn, replaced)
    now = {e.id: _event_data(fuse, e, candidates) for e in fused}
    unchanged = {eid for eid, form in now.items() if eid in before and _same_event(before[eid], form)}
    # events whose content is the same are left alone: re-fusing a busy place rewrites only what changed
    _replace_events(conn, replaced - unchanged, [e for e in fused if e.id not in unchanged], now, candidates)
    new_events = sum(1 for e in fused if e.id not in before)
    updated = sum(1 for e in fused if e.id in before and e.id not in unchanged)
    return SaveResult(new_report=True, claims=len(claims), new_events=new_events, updated_events=updated)


def _check_belongs(report: Report, entries: list[Entry], claims: list[Claim]) -> None:
    for item in (*entries, *claims):
        if item.report_id != report.id:
            raise ValueError(
                f"{type(item).__name__} with report_id {item.report_id!r} passed with report {report.id!r}: "
                "save each report with its own entries and claims"
            )


def _order_key(claim: Claim, report_published: datetime | None, report_id: str, seq: int) -> tuple:
    """Claims go to the fuser in time order (claim time, else report time), then report order."""
    when = rows.utc(claim.published) or report_published or datetime.min.replace(tzinfo=UTC)
    return (when, report_id, seq)


def _chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    items = list(items)
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _build_select_stored(pg: bool) -> sa.Select:
    # On SQLite the claim's JSON comes back as its text: a claim seen before is then found by that
    # text without decoding it again (PostgreSQL's driver hands JSONB over already decoded).
    data = claims_t.c.data if pg else sa.type_coerce(claims_t.c.data, sa.Text)
    return sa.select(data.label("data"), claims_t.c.id, claims_t.c.event_id, claims_t.c.report_id, claims_t.c.seq,
                     reports_t.c.published).join(reports_t, reports_t.c.id == claims_t.c.report_id)


# built once per kind of database (a statement built per call is compiled per call too)
_SELECT_STORED = {True: _build_select_stored(True), False: _build_select_stored(False)}


def _to_stored(result: Iterable[tuple], places: set[str] | None = None) -> list[_Stored]:
    """Stored claims from rows of `_SELECT_STORED`; with `places`, only those located at one of them (the
    rest cannot fuse)."""
    out = []
    for data, cid, event_id, report_id, seq, published in result:
        claim = _claim(cid, data)
        if places is not None and _claim_place(claim) not in places:
            continue
        out.append(_Stored(claim, event_id, _order_key(claim, rows.utc(published), report_id, seq)))
    return out


def _stored_near(pg: bool, countries: int, anywhere: int) -> sa.Select:
    """The stored claims within date windows given as bind parameters: `countries` windows of one country
    each (lo<k>, hi<k>, country<k>), then `anywhere` windows of any country. Built once per shape (a
    statement built per call is compiled per call too)."""
    stmt = _STORED_NEAR.get((pg, countries, anywhere))
    if stmt is None:
        conditions = []
        for k in range(countries + anywhere):
            near = claims_t.c.event_date.between(sa.bindparam(f"lo{k}", type_=claims_t.c.event_date.type),
                                                 sa.bindparam(f"hi{k}", type_=claims_t.c.event_date.type))
            if k < countries:
                # "the country, or none": written on coalesce() so that the planner walks the date index
                # (a country's claims can be most of the table)
                country = sa.bindparam(f"country{k}", type_=claims_t.c.country.type)
                near = sa.and_(near, sa.func.coalesce(claims_t.c.country, country) == country)
            conditions.append(near)
        stmt = _STORED_NEAR[(pg, countries, anywhere)] = _SELECT_STORED[pg].where(sa.or_(*conditions))
    return stmt


_STORED_NEAR: dict[tuple[bool, int, int], sa.Select] = {}


def _windows(keys: list[tuple]) -> list[tuple]:
    """(country, first day, last day) date windows covering WINDOW_DAYS around each (day, country) key,
    overlapping or adjacent windows of one country merged; country None stands for any country."""
    days: dict = {}
    for day, country in keys:
        days.setdefault(country, set()).add(day)
    out = []
    span = timedelta(days=WINDOW_DAYS)
    for country in sorted(days, key=str):
        current = None
        for day in sorted(days[country]):
            lo, hi = day - span, day + span
            if current is not None and lo <= current[2] + timedelta(days=1):
                current = (country, current[1], max(current[2], hi))
            else:
                if current is not None:
                    out.append(current)
                current = (country, lo, hi)
        out.append(current)
    return out


def _stored_candidates(conn: sa.Connection, claims: list[Claim]) -> list[_Stored]:
    """Return the stored claims near the new ones in time and place, plus every claim of their events.

    Near: event_date within WINDOW_DAYS, the same country and the same place — fusion joins nothing else
    (claims with no place join only claims of their own entry, so stored ones are never candidates).
    """
    keys = sorted({(c.event_date, c.location.country if c.location else None) for c in claims}, key=str)
    # fusion joins claims at the same place only (a claim with no place joins its own entry's claims)
    places = {_claim_place(c) for c in claims if c.location is not None}
    found: dict[str, _Stored] = {}
    pg = conn.dialect.name == "postgresql"
    for chunk in _chunks(_windows(keys)):
        # the windows of one country first, then those of any country (the order of an OR's terms changes nothing)
        chunk = [w for w in chunk if w[0] is not None] + [w for w in chunk if w[0] is None]
        countries = sum(1 for w in chunk if w[0] is not None)
        params: dict[str, Any] = {}
        for k, (country, lo, hi) in enumerate(chunk):
            params[f"lo{k}"], params[f"hi{k}"] = lo, hi
            if country is not None:
                params[f"country{k}"] = country
        for s in _to_stored(_select(conn, _stored_near(pg, countries, len(chunk) - countries), params), places):
            found[s.claim.id] = s
    # every claim of their events: mostly found already, so only events with claims beyond those are read
    have: dict[str, int] = {}
    for s in found.values():
        if s.event_id:
            have[s.event_id] = have.get(s.event_id, 0) + 1
    for s in _claims_of_events(conn, {eid for eid, n in _claim_counts(conn, set(have)).items() if n != have[eid]}):
        found.setdefault(s.claim.id, s)
    return list(found.values())


_CLAIM_COUNTS = (sa.select(claims_t.c.event_id, sa.func.count()).where(claims_t.c.event_id.in_(sa.bindparam("ids", expanding=True)))
                 .group_by(claims_t.c.event_id))


def _claim_counts(conn: sa.Connection, event_ids: set[str]) -> dict[str, int]:
    """How many stored claims each of these events has."""
    out: dict[str, int] = {}
    for chunk in _chunks(sorted(event_ids)):
        for event_id, n in _select(conn, _CLAIM_COUNTS, {"ids": chunk}):
            out[event_id] = n
    return out


# Stored claims never change, so a claim read once is reused: by id with its stored JSON text (SQLite),
# so that the same id with other content is decoded afresh, or by id alone (PostgreSQL, decoded JSONB).
# Kept while they are in use (see Recent): each save is a round.
_CLAIM_CACHE: Recent[tuple[str | None, Claim]] = Recent()


def _claim(cid: str, data: str | dict) -> Claim:
    text = data if isinstance(data, str) else None
    cached = _CLAIM_CACHE.get(cid)
    if cached is not None and cached[0] == text:
        return cached[1]
    return _remember(cid, text, rows.claim_from_data(json.loads(data) if text is not None else data))


def _remember(cid: str, text: str | None, claim: Claim) -> Claim:
    _CLAIM_CACHE.put(cid, (text, claim))
    return claim


def _claim_place(claim: Claim) -> str | None:
    """Where a claim is, for matching stored claims to new ones: its gazetteer id, else name and country."""
    loc = claim.location
    if loc is None:
        return None
    return loc.gazetteer_id or f"{loc.name}|{loc.country}"


# A fuser is deterministic (the same claims give the same events), so an event is a function of the
# fuser, its id and its claims in their order, and its JSON form is kept per (fuser, id, claim objects):
# re-fusing a busy place yields mostly the same events again. The entry holds the claims themselves,
# so their object ids stay theirs while the entry lives.
_EVENT_DATA: Recent[tuple[tuple[Claim, ...], tuple[dict[str, Any], str]]] = Recent()


def _event_data(fuse: Fuse, event: Event, candidates: dict[str, _Stored]) -> tuple[dict[str, Any], str]:
    """The event's JSON form: (dict, the text json.dumps gives for it, which SQLite stores)."""
    claims = tuple(candidates[cid].claim for cid in event.claim_ids)
    key = (fuse, event.id, *map(id, claims))
    cached = _EVENT_DATA.get(key)
    if cached is not None:
        return cached[1]
    data = event.to_dict()
    form = (data, json.dumps(data))
    _EVENT_DATA.put(key, (claims, form))
    return form


def _same_event(stored: str | dict[str, Any], form: tuple[dict[str, Any], str]) -> bool:
    """Whether a stored event (its JSON text on SQLite, decoded JSONB on PostgreSQL) is this content."""
    if isinstance(stored, str):
        # the same text is the same content; other text may still be (written by another serialiser)
        return stored == form[1] or json.loads(stored) == form[0]
    return stored == form[0]  # JSONB reorders keys, so compare as dicts


_CLAIMS_OF_EVENTS = {pg: stmt.where(claims_t.c.event_id.in_(sa.bindparam("ids", expanding=True)))
                     for pg, stmt in _SELECT_STORED.items()}


def _claims_of_events(conn: sa.Connection, event_ids: set[str]) -> list[_Stored]:
    out: list[_Stored] = []
    stmt = _CLAIMS_OF_EVENTS[conn.dialect.name == "postgresql"]
    for chunk in _chunks(sorted(event_ids)):
        out += _to_stored(_select(conn, stmt, {"ids": chunk}))
    return out


_EVENT_IDS_IN = sa.select(events_t.c.id).where(events_t.c.id.in_(sa.bindparam("ids", expanding=True)))


def _existing_event_ids(conn: sa.Connection, ids: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(ids)):
        found |= {event_id for event_id, in _select(conn, _EVENT_IDS_IN, {"ids": chunk})}
    return found


def _build_load_events(pg: bool) -> sa.Select:
    data = events_t.c.data if pg else sa.type_coerce(events_t.c.data, sa.Text)
    return sa.select(events_t.c.id, data.label("data")).where(events_t.c.id.in_(sa.bindparam("ids", expanding=True)))


_LOAD_EVENTS = {True: _build_load_events(True), False: _build_load_events(False)}


def _load_events(conn: sa.Connection, ids: set[str]) -> dict[str, str | dict[str, Any]]:
    """Return stored events by id: their JSON text on SQLite, their decoded JSONB on PostgreSQL."""
    stmt = _LOAD_EVENTS[conn.dialect.name == "postgresql"]
    out = {}
    for chunk in _chunks(sorted(ids)):
        for event_id, data in _select(conn, stmt, {"ids": chunk}):
            out[event_id] = data
    return out


def _check_fused(fused: list[Event], candidates: dict[str, _Stored]) -> None:
    seen_events: set[str] = set()
    seen_claims: dict[str, str] = {}
    for ev in fused:
        if ev.id in seen_events:
            raise ValueError(f"fuse returned two events with id {ev.id!r}: event ids must be unique")
        seen_events.add(ev.id)
        for cid in ev.claim_ids:
            if cid not in candidates:
                raise ValueError(f"fuse put unknown claim {cid!r} in event {ev.id!r}: it may only use the claims it was given")
            if cid in seen_claims and seen_claims[cid] != ev.id:
                raise ValueError(f"fuse put claim {cid!r} in events {seen_claims[cid]!r} and {ev.id!r}: a claim has one event")
            seen_claims[cid] = ev.id


def _insert_report(conn: sa.Connection, report: Report, entries: list[Entry], claims: list[Claim]) -> None:
    _execute_many(conn, _INSERT_REPORT, [rows.report_row(report, datetime.now(UTC))])
    if entries:
        _execute_many(conn, _INSERT_ENTRY, [rows.entry_row(e) for e in entries])
    if claims:
        claim_rows = [rows.claim_row(c, seq) for seq, c in enumerate(claims)]
        if conn.dialect.name == "postgresql":
            conn.execute(claims_t.insert(), claim_rows)
        else:
            # SQLite keeps the JSON text that json.dumps gives (what the JSON type would write): written
            # here, it also keys the claim cache, so a later re-fuse finds these very claim objects.
            for row in claim_rows:
                row["data_text"] = json.dumps(row.pop("data"))
            _execute_many(conn, _INSERT_CLAIM_TEXT, claim_rows)
            for claim, row in zip(claims, claim_rows):
                _remember(claim.id, row["data_text"], claim)
        evidence = [r for c in claims for r in rows.evidence_rows(c)]
        if evidence:
            _execute_many(conn, _INSERT_EVIDENCE, evidence)
    _upsert_sources(conn, claims)


# On SQLite a save's statements go to the driver's own cursor: each statement is compiled by SQLAlchemy once
# (per statement, row keys and dialect) into its SQL, the bind names in the driver's order with each one's
# bind processor, and each result column's processor, so the values written and read are the very ones
# SQLAlchemy's execute would give, without its per-statement work (a tenth of a save's time). Driver
# errors are raised as SQLAlchemy's (DBAPIError), as execute raises them. PostgreSQL goes through execute.
_DRIVER_PLANS: dict[tuple, _Plan] = {}


@dataclass
class _Plan:
    sql: str
    names: tuple[str, ...]  # bind names in the driver's order
    procs: tuple[Any, ...]  # each bind's processor (None: the value as it is)
    fixed: dict[str, Any]  # the value each bind has in the statement itself, for those not given (`.values(event_id=None)`)
    expanding: frozenset[str]  # `IN` lists, rendered as one placeholder per item
    results: tuple[Any, ...] | None  # each result column's processor; None when none has one
    sized: dict[tuple[int, ...], str]  # the SQL per length of the expanding lists


def _plan(conn: sa.Connection, stmt: sa.Executable, keys: tuple[str, ...]) -> _Plan:
    plan = _DRIVER_PLANS.get((stmt, keys, conn.dialect))
    if plan is None:
        dialect = conn.dialect
        compiled = stmt.compile(dialect=dialect, column_keys=list(keys))
        names = tuple(compiled.positiontup)
        binds = compiled.binds
        procs = tuple(binds[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names)
        fixed = {n: b.effective_value for n, b in binds.items() if not b.expanding}
        results = tuple(col.type.dialect_impl(dialect).result_processor(dialect, None)
                        for col in compiled._result_columns)
        plan = _DRIVER_PLANS[(stmt, keys, dialect)] = _Plan(
            compiled.string, names, procs, fixed, frozenset(n for n in names if binds[n].expanding),
            results if any(results) else None, {})
    return plan


def _driver_values(plan: _Plan, params: dict[str, Any]) -> tuple[str, list[Any]]:
    """The SQL and the positional values of one execution of `plan` with `params`."""
    if not plan.expanding:
        return plan.sql, [_bound(params[n] if n in params else plan.fixed[n], p) for n, p in zip(plan.names, plan.procs)]
    values: list[Any] = []
    sizes = []
    for n, p in zip(plan.names, plan.procs):
        value = params[n] if n in params else plan.fixed[n]
        if n in plan.expanding:
            sizes.append(len(value))
            values += [_bound(v, p) for v in value]
        else:
            values.append(_bound(value, p))
    key = tuple(sizes)
    sql = plan.sized.get(key)
    if sql is None:
        sql = plan.sql
        for n in (n for n in plan.names if n in plan.expanding):
            sql = sql.replace(f"__[POSTCOMPILE_{n}]", ", ".join("?" * sizes.pop(0)), 1)
        plan.sized[key] = sql
    return sql, values


def _bound(value: Any, proc: Any) -> Any:
    return value if proc is None else proc(value)


def _cursor(conn: sa.Connection):  # noqa: ANN202 - the driver's cursor
    return conn.connection.driver_connection.cursor()


def _driver_error(conn: sa.Connection, sql: str, params: Any, exc: Exception) -> sa.exc.DBAPIError:
    return sa.exc.DBAPIError.instance(sql, params, exc, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect)


def _select(conn: sa.Connection, stmt: sa.Executable, params: dict[str, Any] | None = None) -> list[tuple]:
    """The rows of `stmt` (a SELECT built once) with `params`, as tuples in the statement's column order."""
    if conn.dialect.name != "sqlite":
        return [tuple(row) for row in conn.execute(stmt, params)]
    params = params or {}
    plan = _plan(conn, stmt, ())
    sql, values = _driver_values(plan, params)
    try:
        found = _cursor(conn).execute(sql, values).fetchall()
    except conn.dialect.loaded_dbapi.Error as exc:
        raise _driver_error(conn, sql, values, exc) from exc
    if plan.results is None:
        return found
    procs = plan.results
    return [tuple(v if p is None or v is None else p(v) for v, p in zip(row, procs)) for row in found]


def _execute_many(conn: sa.Connection, stmt: sa.Executable, params: list[dict[str, Any]]) -> None:
    """`conn.execute(stmt, params)` for many rows with the same keys (on SQLite, the driver's executemany
    with the rows as tuples)."""
    if conn.dialect.name != "sqlite" or not params:
        conn.execute(stmt, params)
        return
    plan = _plan(conn, stmt, tuple(params[0]))
    pairs = tuple(zip(plan.names, plan.procs))
    if any(plan.procs):
        values = [tuple(row[n] if p is None else p(row[n]) for n, p in pairs) for row in params]
    else:
        values = [tuple(row[n] for n in plan.names) for row in params]
    try:
        _cursor(conn).executemany(plan.sql, values)
    except conn.dialect.loaded_dbapi.Error as exc:
        raise _driver_error(conn, plan.sql, values, exc) from exc


_INSERT_REPORT = reports_t.insert()
_INSERT_ENTRY = entries_t.insert()
_INSERT_EVIDENCE = evidence_t.insert()
_INSERT_CLAIM_TEXT = claims_t.insert().values(data=sa.bindparam("data_text", type_=sa.Text))


def _upsert_sources(conn: sa.Connection, claims: list[Claim]) -> None:
    """Register each claim's source by name; a later report's kind and stance win."""
    latest = {c.source.name: c.source for c in claims if c.source is not None and c.source.name}
    if not latest:
        return
    _execute_many(conn, _UPSERT_SOURCE[conn.dialect.name == "postgresql"],
                  [{"name": s.name, "kind": s.kind, "stance": s.stance} for _, s in sorted(latest.items())])


def _upsert_source(dialect) -> sa.Insert:  # noqa: ANN001 - a dialect module
    stmt = dialect.insert(sources_t)
    return stmt.on_conflict_do_update(
        index_elements=[sources_t.c.name], set_={"kind": stmt.excluded.kind, "stance": stmt.excluded.stance}
    )


# built once (statements built per call are compiled per call too): PostgreSQL's, SQLite's
_UPSERT_SOURCE = {True: _upsert_source(postgresql), False: _upsert_source(sqlite)}


_UNLINK = claims_t.update().where(claims_t.c.event_id.in_(sa.bindparam("ids", expanding=True))).values(event_id=None)
_DELETE_EVENTS = events_t.delete().where(events_t.c.id.in_(sa.bindparam("ids", expanding=True)))
_INSERT_EVENT_TEXT = events_t.insert().values(data=sa.bindparam("data_text", type_=sa.Text))
_LINK = claims_t.update().where(claims_t.c.id == sa.bindparam("cid")).values(event_id=sa.bindparam("eid"))


def _update_event(json_text: bool) -> sa.Update:
    """UPDATE of every column of one event by id (bind names b_<column>); `json_text`: data given as its JSON text."""
    values = {c.name: sa.bindparam("b_" + c.name, type_=sa.Text if json_text and c.name == "data" else c.type)
              for c in events_t.c if c.name != "id"}
    return events_t.update().where(events_t.c.id == sa.bindparam("b_id", type_=events_t.c.id.type)).values(values)


_UPDATE_EVENT = {True: _update_event(True), False: _update_event(False)}


def _replace_events(conn: sa.Connection, replaced: set[str], fused: list[Event],
                    forms: dict[str, tuple[dict[str, Any], str]], candidates: dict[str, _Stored]) -> None:
    """Write the re-fused events: stored ones that keep their id are updated in place, new ones inserted,
    the rest of `replaced` deleted; then only the claims whose event changes are relinked.

    `candidates` holds every claim of the `replaced` events (with the event it is linked to now).
    """
    json_text = conn.dialect.name != "postgresql"  # SQLite stores the text json.dumps gave (what the JSON type would write)
    inserts, updates = [], []
    for e in fused:
        row = rows.event_row(e, forms[e.id][0])
        if json_text:
            row["data"] = forms[e.id][1]
        if e.id in replaced:
            updates.append({"b_" + k: v for k, v in row.items()})
        else:
            inserts.append(row)
    if inserts:
        if json_text:
            for row in inserts:
                row["data_text"] = row.pop("data")
            _execute_many(conn, _INSERT_EVENT_TEXT, inserts)
        else:
            conn.execute(events_t.insert(), inserts)
    if updates:
        _execute_many(conn, _UPDATE_EVENT[json_text], updates)
    target = {cid: e.id for e in fused for cid in e.claim_ids}
    links = []
    for s in candidates.values():
        now = s.event_id
        new = target.get(s.claim.id, now if now not in replaced else None)
        if new != now:
            links.append({"cid": s.claim.id, "eid": new})
    if links:
        _execute_many(conn, _LINK, links)
    gone = replaced - {e.id for e in fused}
    for chunk in _chunks(sorted(gone)):
        conn.execute(_UNLINK, {"ids": chunk})  # none is left linked; kept as a guard for the foreign key
        conn.execute(_DELETE_EVENTS, {"ids": chunk})
