"""Opening a store: URL resolution, error messages, and migrations that match the schema."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sitroom.errors import StoreError
from sitroom.store import Store
from sitroom.store.engine import mask_url, resolve_url
from sitroom.store.migrate import current_revision, downgrade, head_revision, upgrade
from sitroom.store.schema import metadata


@pytest.mark.parametrize(
    ("given", "env", "expected"),
    [
        (None, None, "sqlite:///sitroom.db"),
        (None, "team.db", "sqlite:///team.db"),
        (None, "postgresql://analyst@db.internal/conflict", "postgresql+psycopg://analyst@db.internal/conflict"),
        ("events.db", "ignored.db", "sqlite:///events.db"),
        ("/var/lib/sitroom/events.db", None, "sqlite:////var/lib/sitroom/events.db"),
        ("postgres://u:pw@host:5433/db", None, "postgresql+psycopg://u:pw@host:5433/db"),
        ("postgresql+psycopg://u@host/db", None, "postgresql+psycopg://u@host/db"),
        ("sqlite:///already.db", None, "sqlite:///already.db"),
    ],
)
def test_resolve_url(monkeypatch, given, env, expected):
    if env is None:
        monkeypatch.delenv("SITROOM_DB", raising=False)
    else:
        monkeypatch.setenv("SITROOM_DB", env)
    assert resolve_url(given) == expected


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("postgresql+psycopg://analyst:s3cret@db/conflict", "postgresql+psycopg://analyst:***@db/conflict"),
        ("sqlite:///events.db", "sqlite:///events.db"),
    ],
)
def test_mask_url(url, masked):
    assert mask_url(url) == masked


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://analyst:s3cret@127.0.0.1:1/conflict", "postgresql+psycopg://analyst:***@127.0.0.1:1/conflict"),
        ("mysqlx://root@localhost/x", "mysqlx://root@localhost/x"),
        ("{tmp}/no/such/dir/events.db", "/no/such/dir/events.db"),
    ],
)
def test_unopenable_database_is_a_one_line_store_error(tmp_path, url, says):
    with pytest.raises(StoreError) as caught:
        Store(url.format(tmp=tmp_path))
    message = str(caught.value)
    assert says in message and "s3cret" not in message and "\n" not in message
    assert message.startswith("cannot open database ")


def test_sqlite_is_wal_with_foreign_keys(tmp_path):
    with Store(str(tmp_path / "x.db")) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_migrations_build_exactly_the_schema_module(store):
    with store.engine.connect() as conn:
        assert current_revision(conn) == head_revision() == "0004"
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []


def test_downgrade_to_base_and_back(store):
    downgrade(store.engine, "base")
    tables = set(sa.inspect(store.engine).get_table_names()) - {"alembic_version"}
    assert tables == set()
    upgrade(store.engine)
    assert set(sa.inspect(store.engine).get_table_names()) >= {"reports", "entries", "claims", "events", "sources", "evidence"}


def test_reopening_keeps_data(store_url):
    from store_builders import entries_for, fuse, report

    rep = report("Regime artillery shelled Douma overnight, the local council said.")
    with Store(store_url) as first:
        first.save_report(rep, entries_for(rep), [], fuse)
    with Store(store_url) as second:
        assert second.has_report(rep.id)


def test_database_from_a_newer_sitroom_is_a_store_error(store_url):
    with Store(store_url) as store, store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(StoreError, match="upgrade sitroom"):
        Store(store_url)
