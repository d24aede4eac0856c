"""Saving reports: counts, idempotent re-save, rollback, and re-fusing nearby events."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from store_builders import (
    DEC,
    R1,
    R1_CLAIMS,
    R2,
    R2_CLAIMS,
    R3,
    R3_CLAIMS,
    claim,
    entries_for,
    failing_fuse,
    fuse,
    fuse_by_place,
    fuse_by_place_key,
    report,
    save,
)

from sitroom.models import Claim, Event
from sitroom.store import SaveResult, Store
from sitroom.store.schema import evidence as evidence_t


def snapshot(store: Store) -> tuple:
    return store.stats(), [e.to_dict() for e in store.events()], [c.to_dict() for c in store.claims()]


def test_first_save_stores_everything(store):
    result = save(store, R1, R1_CLAIMS)
    assert result == SaveResult(new_report=True, claims=2, new_events=2, updated_events=0)
    assert store.stats() == {"reports": 1, "entries": 1, "claims": 2, "events": 2, "sources": 1}
    assert store.has_report(R1.id) and not store.has_report(R2.id)
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(evidence_t)).scalar() == 2


def test_resaving_a_report_changes_nothing(store):
    save(store, R1, R1_CLAIMS)
    before = snapshot(store)
    again = save(store, R1, R1_CLAIMS)
    assert again == SaveResult(new_report=False, claims=0, new_events=0, updated_events=0)
    assert snapshot(store) == before


def test_second_report_updates_the_matching_event_and_adds_new_ones(store):
    save(store, R1, R1_CLAIMS)
    result = save(store, R2, R2_CLAIMS)
    # Sheikh Saeed gains a second source; Palmyra is new; Idlib is untouched.
    assert result == SaveResult(new_report=True, claims=2, new_events=1, updated_events=1)
    clash = store.events(sub_event_type="Armed clash")[0]
    assert clash.claim_ids == sorted([R1_CLAIMS[0].id, R2_CLAIMS[0].id])
    assert clash.status == "corroborated"
    assert (clash.fatalities.low, clash.fatalities.high) == (25, 30)
    assert {c.id for c in store.claims(event_id=clash.id)} == set(clash.claim_ids)
    assert store.stats() == {"reports": 2, "entries": 2, "claims": 4, "events": 3, "sources": 2}


def test_other_country_is_not_refused(store):
    save(store, R1, R1_CLAIMS)
    assert save(store, R3, R3_CLAIMS) == SaveResult(new_report=True, claims=1, new_events=1, updated_events=0)
    assert store.stats()["events"] == 3


def test_fuse_failure_rolls_back_everything(store):
    with pytest.raises(RuntimeError, match="fuser broke"):
        save(store, R1, R1_CLAIMS, failing_fuse)
    assert store.stats() == {"reports": 0, "entries": 0, "claims": 0, "events": 0, "sources": 0}


def test_fuse_failure_leaves_earlier_reports_intact(store):
    save(store, R1, R1_CLAIMS)
    before = snapshot(store)
    with pytest.raises(RuntimeError):
        save(store, R2, R2_CLAIMS, failing_fuse)
    assert snapshot(store) == before
    assert not store.has_report(R2.id)


def test_fuse_using_unknown_claims_is_refused_and_rolled_back(store):
    def bad_fuse(claims: list[Claim]) -> list[Event]:
        events = fuse(claims)
        events[0].claim_ids.append("no-such-claim")
        return events

    with pytest.raises(ValueError, match="no-such-claim"):
        save(store, R1, R1_CLAIMS, bad_fuse)
    assert store.stats()["reports"] == 0


def test_claims_of_another_report_are_refused(store):
    with pytest.raises(ValueError, match="own entries and claims"):
        save(store, R1, R2_CLAIMS)
    assert store.stats()["reports"] == 0


# A stored event spanning 1 and 6 December (fused by place, id from its earliest claim).
SPAN = report("Rebels and regime troops fought again around Sheikh Saeed, activists said, as they had all week.")
SPAN_CLAIMS = [
    claim(SPAN, 0, "Armed clash", DEC(1), "Sheikh Saeed"),
    claim(SPAN, 1, "Armed clash", DEC(6), "Sheikh Saeed"),
]
LATER = report("Fighting flared again in Sheikh Saeed overnight, opposition activists reported.")


def test_closure_new_claim_joins_whole_event_instead_of_splitting_it(store):
    save(store, SPAN, SPAN_CLAIMS, fuse_by_place)
    (old,) = store.events()
    # 9 December is within three days of the 6 December claim but not of the 1 December one: the store
    # must still hand the fuser the whole event, or the event would be split under a new id.
    new_claim = claim(LATER, 0, "Armed clash", DEC(9), "Sheikh Saeed")
    result = save(store, LATER, [new_claim], fuse_by_place)
    assert result == SaveResult(new_report=True, claims=1, new_events=0, updated_events=1)
    (event,) = store.events()
    assert event.id == old.id
    assert event.claim_ids == sorted([*old.claim_ids, new_claim.id])
    assert len(store.claims(event_id=event.id)) == 3


@pytest.mark.parametrize(
    ("day", "events_after", "updated"),
    [
        (DEC(4), 1, 1),  # three days after the stored claim: re-fused into its event
        (DEC(5), 2, 0),  # four days: out of the window, a separate event
        (DEC(1), 1, 1),  # same day
    ],
)
def test_refuse_window_is_three_days(store, day, events_after, updated):
    first = report("Rebels shelled regime positions in al-Bab, a pro-opposition outlet said.")
    save(store, first, [claim(first, 0, "Armed clash", DEC(1), "al-Bab")], fuse_by_place)
    result = save(store, LATER, [claim(LATER, 0, "Armed clash", day, "al-Bab")], fuse_by_place)
    assert store.stats()["events"] == events_after
    assert result.updated_events == updated


def test_event_id_clash_outside_window_is_merged_not_duplicated(store):
    first = report("Regime troops clashed with rebels in al-Bab early in the month, activists said.")
    save(store, first, [claim(first, 0, "Armed clash", DEC(1), "al-Bab")], fuse_by_place_key)
    # Three weeks later, out of the window, but the fuser gives the same id (same place and type).
    result = save(store, LATER, [claim(LATER, 0, "Armed clash", DEC(22), "al-Bab")], fuse_by_place_key)
    assert result == SaveResult(new_report=True, claims=1, new_events=0, updated_events=1)
    (event,) = store.events()
    assert len(event.claim_ids) == 2


def test_sources_are_upserted_by_name(store):
    save(store, R1, R1_CLAIMS)
    renamed = report("The Local Coordination Committees, an activist network, reported shelling on Idlib.")
    c = claim(renamed, 0, "Shelling/artillery/missile attack", DEC(9), "Idlib", kind="activist network")
    save(store, renamed, [c])
    from sitroom.store.schema import sources as sources_t

    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(sources_t.c.name, sources_t.c.kind)).all()
    assert [tuple(r) for r in rows] == [("Local Coordination Committees", "activist network")]


def test_reports_and_entries_round_trip(store):
    cairo = timezone(timedelta(hours=2))
    local = report("Regime jets struck Idlib city at dawn, residents said.", published=datetime(2016, 12, 9, 8, 0, tzinfo=cairo),
                   external_id="feed-item-42")
    save(store, local, [])
    got = store.report(local.id)
    assert got == local and got.published.utcoffset() == timedelta(0)
    assert store.report("feed-item-42") == local
    assert store.report("nope") is None
    assert store.entries("feed-item-42") == entries_for(local)
    assert store.reports() == [local]


def test_claims_round_trip_in_report_order(store):
    save(store, R1, R1_CLAIMS)
    save(store, R2, R2_CLAIMS)
    assert store.claims(report_id=R1.id) == R1_CLAIMS
    assert store.claims(report_id="wire-7781") == R2_CLAIMS


def test_concurrent_writers_neither_fail_nor_lose_claims(store_url):
    import threading

    Store(store_url).close()  # migrate once up front
    errors: list[Exception] = []

    def writer(k: int) -> None:
        with Store(store_url) as mine:
            try:
                for i in range(5):
                    rep = report(f"Writer {k}, report {i}: rebels clashed with regime troops in Sheikh Saeed.")
                    save(mine, rep, [claim(rep, 0, "Armed clash", DEC(9), "Sheikh Saeed")])
            except Exception as exc:  # collected: an exception in a thread would not fail the test
                errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store(store_url) as check:
        (event,) = check.events()
        assert len(event.claim_ids) == 15
