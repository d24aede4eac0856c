"""Run the alembic migrations shipped inside the package, without an alembic.ini."""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Arbitrary constant: PostgreSQL advisory lock key so that two processes never migrate at once.
_PG_LOCK_KEY = 0x5172_0001


def _config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """Return the newest revision id shipped with this version of sitroom."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, f"no migrations found in {MIGRATIONS}"
    return head


def current_revision(connection: sa.Connection) -> str | None:
    """Return the revision the database is at, or None for an empty database."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the database behind `engine` to `revision` (default: the newest), in one transaction."""
    with engine.connect() as probe:
        if current_revision(probe) == head_revision() and revision == "head":
            return  # the common case: nothing to do, and no write lock taken
    with engine.connect().execution_options(sitroom_write=True) as connection:
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            command.upgrade(_config(connection), revision)


def downgrade(engine: sa.Engine, revision: str) -> None:
    """Take the database behind `engine` back to `revision` ("base" drops everything)."""
    with engine.connect().execution_options(sitroom_write=True) as connection:
        with connection.begin():
            command.downgrade(_config(connection), revision)
