"""Store fixtures: a fresh store on SQLite and (with SITROOM_TEST_PG_URL) on PostgreSQL."""
from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from sitroom.store import Store

# The suite runs with --import-mode=importlib, which puts no test folder on sys.path; the helper
# module beside this file (uniquely named, so it cannot shadow another folder's) is made importable.
sys.path.insert(0, str(Path(__file__).resolve().parent))

PG_URL = os.environ.get("SITROOM_TEST_PG_URL")

BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=[pytest.mark.pg, pytest.mark.skipif(not PG_URL, reason="set SITROOM_TEST_PG_URL to test PostgreSQL")]),
]


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards."""
    import psycopg

    schema = "sitroom_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options={quote('-csearch_path=' + schema)}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def store(store_url) -> Iterator[Store]:
    s = Store(store_url)
    yield s
    s.close()
