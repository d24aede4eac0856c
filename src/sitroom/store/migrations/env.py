"""Alembic environment for sitroom's store.

`sitroom.store.migrate.upgrade` passes an open connection in `config.attributes["connection"]`, so
no alembic.ini is needed at run time. For writing a new revision by hand, run alembic with
`-x url=sqlite:///dev.db` (or set `sqlalchemy.url`) from this directory's parent.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from sitroom.store.schema import metadata

config = context.config


def _configure_and_run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("no database: pass -x url=... or set sqlalchemy.url")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        _configure_and_run(conn)


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported: run them against a database")
run()
