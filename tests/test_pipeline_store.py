"""The seed through the whole pipeline into SQLite and PostgreSQL: same events, idempotent, updates fuse."""
from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone

import pytest
import sqlalchemy as sa

from sitroom.fuse import fuse
from sitroom.ingest import make_report
from sitroom.pipeline import analyze_report, ingest_report
from sitroom.store import Store

PUBLISHED = datetime(2016, 12, 9, tzinfo=timezone.utc)
PG_URL = os.environ.get("SITROOM_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = Store(str(tmp_path / "pipeline.db"))
        yield s
        s.close()
        return
    if not PG_URL:
        pytest.skip("set SITROOM_TEST_PG_URL to test PostgreSQL")
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    s = Store(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
    try:
        yield s
    finally:
        s.close()
        with admin.begin() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def _summary(events):
    return sorted((e.event_date.isoformat(), e.sub_event_type, e.location.name if e.location else "",
                   e.fatalities.best if e.fatalities else None, e.status, e.id) for e in events)


def test_seed_stored_equals_fused_in_memory_and_reingest_is_idempotent(store, seed_text):
    report = make_report(seed_text, published=PUBLISHED)
    first = ingest_report(report, store)
    assert first.new_report and first.new_events > 20
    expected = fuse(analyze_report(report).claims)
    stored = store.events()
    assert _summary(stored) == _summary(expected)
    assert [e.to_dict() for e in stored] == [e.to_dict() for e in sorted(expected, key=lambda e: (e.event_date, e.id))]
    again = ingest_report(make_report(seed_text, published=PUBLISHED), store)
    assert (again.new_report, again.claims, again.new_events, again.updated_events) == (False, 0, 0, 0)
    assert _summary(store.events()) == _summary(stored)


def test_a_second_report_updates_the_event_it_corroborates(store):
    """A wire story about the same strike from another source joins the event and corroborates it."""
    first = make_report("UPDATE 1000 GMT: The White Helmets report that regime warplanes have destroyed their center in "
                        "Kafrnabel in Idlib Province, killing 3 civilians.", published=PUBLISHED, outlet="blog")
    second = make_report("According to the Syrian Observatory for Human Rights, regime warplanes struck the town of "
                         "Kafrnabel in Idlib Province on Friday, killing 3 people.", published=PUBLISHED, outlet="wire")
    ingest_report(first, store)
    (event,) = [e for e in store.events() if e.sub_event_type == "Air/drone strike"]
    assert event.status == "reported"
    result = ingest_report(second, store)
    assert result.new_events == 0 and result.updated_events >= 1
    (joined,) = [e for e in store.events() if e.sub_event_type == "Air/drone strike"]
    assert joined.id == event.id
    assert joined.status == "corroborated"
    assert len(joined.claim_ids) == 2
    assert {x.report_id for x in joined.evidence} == {first.id, second.id}
