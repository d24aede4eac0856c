"""store: reports, claims and fused events in SQLite or PostgreSQL. The only package with SQL.

    store = Store("events.db")            # or "postgresql://user@host/db", or None for $SITROOM_DB
    result = store.save_report(report, entries, claims, fuse)
    store.events(since=date(2016, 12, 8), country="Syria")
"""
from sitroom.store.save import SaveResult
from sitroom.store.store import Store

__all__ = ["SaveResult", "Store"]
