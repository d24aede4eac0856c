"""Shared fixtures for the web tests: a store with the seed ingested, tokens, an ASGI test client."""
from __future__ import annotations

import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from sitroom.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_fixtures import SEED, make_client  # noqa: E402


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    """A SQLite file with the seed report ingested once for the whole session (tests copy it)."""
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent (the web tests ingest the shared seed)")
    from sitroom.ingest import make_report
    from sitroom.pipeline import ingest_report

    path = tmp_path_factory.mktemp("seed") / "seed.db"
    with Store(str(path)) as store:
        report = make_report(SEED.read_text(encoding="utf-8"), published=datetime(2016, 12, 9, tzinfo=timezone.utc),
                             title="Syria daily, 9 December 2016", origin=str(SEED))
        ingest_report(report, store)
    return path


@pytest.fixture
def db(seed_db, tmp_path) -> Path:
    copy = tmp_path / "web.db"
    shutil.copy(seed_db, copy)
    return copy


@pytest.fixture
def store(db):
    with Store(str(db)) as s:
        yield s


@pytest.fixture
def token(store) -> str:
    from sitroom.store.tokens import create

    return store.write(lambda conn: create(conn, "alice"))


@pytest.fixture
def client(store, token):
    """Reads need a token (the default); `auth` headers carry alice's."""
    c = make_client(store)
    c.auth_headers = {"Authorization": f"Bearer {token}"}
    return c


@pytest.fixture
def open_client(store, token):
    c = make_client(store, open_reads=True)
    c.auth_headers = {"Authorization": f"Bearer {token}"}
    return c
