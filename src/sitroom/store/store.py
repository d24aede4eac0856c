"""The Store: sitroom's one door to the database (SQLite file or PostgreSQL)."""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic.util import CommandError

from sitroom.errors import StoreError
from sitroom.models import Claim, Entry, Event, Report
from sitroom.store import query, review, rows
from sitroom.store.engine import create_engine, first_line, mask_url, resolve_url
from sitroom.store.migrate import upgrade
from sitroom.store.save import REPORT_ID, Fuse, SaveResult, save_report
from sitroom.store.schema import claims as claims_t
from sitroom.store.schema import entries as entries_t
from sitroom.store.schema import events as events_t
from sitroom.store.schema import reports as reports_t
from sitroom.store.schema import sources as sources_t


class Store:
    """Reports, entries, claims and the events fused from them, kept in one database.

    Opening a Store migrates the database to the newest schema. Every method runs in its own
    transaction; database failures surface as StoreError.
    """

    def __init__(self, url: str | None = None):
        self.url = resolve_url(url)
        self.engine = create_engine(self.url)
        try:
            upgrade(self.engine)
        except sa.exc.SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open database {mask_url(self.url)}: {first_line(exc)}") from exc
        except CommandError as exc:
            # Typically a database migrated by a newer sitroom than this one.
            self.engine.dispose()
            raise StoreError(
                f"cannot migrate database {mask_url(self.url)}: {first_line(exc)} (is it from a newer sitroom? upgrade sitroom)"
            ) from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({mask_url(self.url)!r})"

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

    # -- writing ---------------------------------------------------------------------------------

    def save_report(self, report: Report, entries: list[Entry], claims: list[Claim], fuse: Fuse) -> SaveResult:
        """Store a report with its entries and claims and re-fuse nearby events, all or nothing.

        Returns what changed; SaveResult(new_report=False, 0, 0, 0) when the report was already
        stored. Errors from `fuse` propagate unchanged (after rollback); database errors become
        StoreError. `fuse` must be deterministic, and the claims are kept as the stored versions
        (re-fusing reuses them): do not change them after saving.
        """
        try:
            with self.engine.connect().execution_options(sitroom_write=True) as conn, conn.begin():
                return save_report(conn, report, entries, claims, fuse)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot save report {report.ref} to {mask_url(self.url)}: {first_line(exc)}") from exc

    # -- reading ---------------------------------------------------------------------------------

    def _all(self, stmt: sa.Executable, params: dict | None = None) -> list[sa.Row]:
        try:
            with self.engine.connect() as conn:
                return list(conn.execute(stmt, params))
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot read {mask_url(self.url)}: {first_line(exc)}") from exc

    def has_report(self, report_id: str) -> bool:
        """Return True when a report with this content-hash id is stored."""
        return bool(self._all(REPORT_ID, {"id": report_id}))

    def report(self, report_id: str) -> Report | None:
        """Return the report with this id or external id (the id wins), or None."""
        stmt = (
            sa.select(reports_t)
            .where(_report_matches(report_id))
            .order_by((reports_t.c.id == report_id).desc(), reports_t.c.published, reports_t.c.id)
            .limit(1)
        )
        found = self._all(stmt)
        return rows.report_from_row(found[0]._mapping) if found else None

    def reports(self) -> list[Report]:
        """Return every stored report, oldest published first."""
        stmt = sa.select(reports_t).order_by(reports_t.c.published, reports_t.c.id)
        return [rows.report_from_row(r._mapping) for r in self._all(stmt)]

    def entries(self, report_id: str) -> list[Entry]:
        """Return the entries of the report with this id (or external id), in text order."""
        ids = sa.select(reports_t.c.id).where(_report_matches(report_id))
        stmt = sa.select(entries_t).where(entries_t.c.report_id.in_(ids)).order_by(entries_t.c.report_id, entries_t.c.idx)
        return [rows.entry_from_row(r._mapping) for r in self._all(stmt)]

    def claims(self, *, event_id: str | None = None, report_id: str | None = None) -> list[Claim]:
        """Return the stored claims, optionally of one event and/or one report (id or external id).

        Ordered as the reports were published, then in each report's own order.
        """
        stmt = sa.select(claims_t.c.data).join(reports_t, reports_t.c.id == claims_t.c.report_id)
        if event_id is not None:
            stmt = stmt.where(claims_t.c.event_id == event_id)
        if report_id is not None:
            stmt = stmt.where(claims_t.c.report_id.in_(sa.select(reports_t.c.id).where(_report_matches(report_id))))
        stmt = stmt.order_by(reports_t.c.published, claims_t.c.report_id, claims_t.c.seq)
        return [rows.claim_from_data(r.data) for r in self._all(stmt)]

    def event(self, event_id: str) -> Event | None:
        """Return the event with this id, or None."""
        return self.read(lambda conn: query.get_event(conn, event_id))

    def events(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        country: str | None = None,
        admin1: str | None = None,
        event_type: str | None = None,
        sub_event_type: str | None = None,
        actor: str | None = None,
        status: str | None = None,
        report_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Event]:
        """Return the events matching every given filter, ordered by event date, then id.

        since/until are inclusive. country, admin1, sub_event_type and status match whole values
        ignoring case; event_type matches the event type or the sub-event type; actor matches part
        of any actor's name (actor1, actor2, associated actors); report_id keeps events with a
        claim from that report (by id or external id).
        """
        flt = query.EventFilter(since=since, until=until, country=country, admin1=admin1, event_type=event_type,
                                sub_event_type=sub_event_type, actor=actor, status=status, report_id=report_id,
                                limit=limit, offset=offset)
        return self.search(flt, count=False).items

    # -- the web's queries (store/query.py, store/review.py, store/tokens.py) --------------------

    def read(self, fn):
        """Run `fn(connection)` in a read transaction; database errors become StoreError."""
        try:
            with self.engine.connect() as conn:
                return fn(conn)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot read {mask_url(self.url)}: {first_line(exc)}") from exc

    def write(self, fn):
        """Run `fn(connection)` in one write transaction; database errors become StoreError."""
        try:
            with self.engine.connect().execution_options(sitroom_write=True) as conn, conn.begin():
                return fn(conn)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot write {mask_url(self.url)}: {first_line(exc)}") from exc

    def search(self, flt: query.EventFilter, *, count: bool = True) -> query.Page:
        """Events matching `flt` with analysts' corrections applied, and (with `count`) the total."""
        return self.read(lambda conn: query.find_events(conn, flt, count=count))

    def review(self, event_id: str, action: str, field: str | None, value, note: str, who: str) -> review.Review:
        """Record an analyst's review of an event; KeyError for an unknown event, ReviewError for a bad value."""

        def run(conn):
            event = query.get_event(conn, event_id)
            if event is None:
                raise KeyError(event_id)
            return review.record(conn, event, action, field, value, note, who)

        return self.write(run)

    def reviews(self, event_id: str) -> list[review.Review]:
        """The audit log of one event, oldest first."""
        return self.read(lambda conn: review.load(conn, [event_id]).get(event_id, []))

    def stats(self) -> dict[str, int]:
        """Return how many reports, entries, claims, events and sources are stored."""
        tables = {"reports": reports_t, "entries": entries_t, "claims": claims_t, "events": events_t, "sources": sources_t}
        stmt = sa.select(*(sa.select(sa.func.count()).select_from(t).scalar_subquery().label(n) for n, t in tables.items()))
        return dict(self._all(stmt)[0]._mapping)


def _report_matches(report_id: str) -> sa.ColumnElement[bool]:
    return sa.or_(reports_t.c.id == report_id, reports_t.c.external_id == report_id)


def _same(column: sa.ColumnElement, value: str) -> sa.ColumnElement[bool]:
    return sa.func.lower(column) == sa.func.lower(sa.literal(value))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
