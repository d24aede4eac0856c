"""Database URLs and engines: which database to open, and how to open it safely."""
from __future__ import annotations

import os
import re

import sqlalchemy as sa
from sqlalchemy import event

from sitroom.errors import StoreError

DEFAULT_URL = "sqlite:///sitroom.db"
# How long a SQLite writer waits for another process's write to finish before giving up.
BUSY_TIMEOUT_MS = 10_000


def resolve_url(url: str | None = None) -> str:
    """Return the SQLAlchemy URL to open: `url`, else env SITROOM_DB, else ./sitroom.db.

    A bare path ("events.db", "/data/x.db") means a SQLite file; "postgres://" and "postgresql://"
    get the psycopg 3 driver.
    """
    url = url or os.environ.get("SITROOM_DB") or DEFAULT_URL
    url = url.strip()
    if "://" not in url:
        return "sqlite:///" + url
    scheme, rest = url.split("://", 1)
    if scheme in ("postgres", "postgresql"):
        return "postgresql+psycopg://" + rest
    return url


def mask_url(url: str) -> str:
    """Return `url` with any password replaced by ***, fit to appear in an error message."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        # Unparseable URLs are masked by pattern: scheme://user:PASSWORD@host
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def create_engine(url: str) -> sa.Engine:
    """Return an engine for `url` (already resolved); StoreError naming the masked URL if impossible."""
    try:
        engine = sa.create_engine(url, future=True, pool_pre_ping=not url.startswith("sqlite"))
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot open database {mask_url(url)}: {first_line(exc)}") from exc
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    return engine


def _tune_sqlite(engine: sa.Engine) -> None:
    """WAL (readers never block the writer) with synchronous=NORMAL, foreign keys, a busy timeout, and explicit BEGINs.

    pysqlite's own transaction handling starts transactions late and cannot start them IMMEDIATE;
    a writer that first reads and then writes could then fail at once with "database is locked".
    So the driver is put in autocommit mode and SQLAlchemy's begin emits BEGIN (IMMEDIATE for
    connections marked `sitroom_write`), as the SQLAlchemy SQLite dialect documentation describes.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001 - DBAPI types
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # With WAL, NORMAL syncs at checkpoints rather than at every commit: a committed report
        # survives a crash of sitroom; a power cut can lose the last few, never corrupt the file.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        immediate = conn.get_execution_options().get("sitroom_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def first_line(exc: BaseException) -> str:
    """Return the first line of an exception's message (driver messages run to many lines)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
