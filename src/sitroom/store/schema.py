"""The tables, as SQLAlchemy Core objects that the queries use.

The database itself is created by the alembic migrations in `migrations/versions/`; this module must
describe the same schema as the head revision (a test compares them). Change both together, adding a
new migration rather than editing an old one.
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

# JSON on SQLite, JSONB on PostgreSQL (indexable, compact); both hand back plain dicts.
JSONDoc = sa.JSON().with_variant(JSONB(), "postgresql")

metadata = sa.MetaData()

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("external_id", sa.String(512), index=True),
    sa.Column("origin", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.DateTime(timezone=True), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
)

entries = sa.Table(
    "entries",
    metadata,
    sa.Column("report_id", sa.String(128), sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("time", sa.DateTime(timezone=True)),
    sa.Column("heading", sa.Text),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("event_date", sa.Date, nullable=False, index=True),
    sa.Column("event_type", sa.String(64), nullable=False),
    sa.Column("sub_event_type", sa.String(64), nullable=False),
    sa.Column("country", sa.String(128), index=True),
    sa.Column("admin1", sa.String(128), index=True),
    sa.Column("actor1", sa.Text),
    sa.Column("actor2", sa.Text),
    # Every actor name (actor1, actor2, associated actors), lower-cased and newline-joined, so that
    # the actor filter is one portable LIKE instead of a JSON query per backend.
    sa.Column("actors", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("fatalities_best", sa.Integer, index=True),
    sa.Column("data", JSONDoc, nullable=False),
    # Serve the web filters (bounding box, free text) without reading the JSON (migration 0002).
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("search", sa.Text),
    sa.Index("ix_events_lat_lon", "latitude", "longitude", "event_date", "id"),
    sa.Index("ix_events_type_date", "event_type", "event_date"),
    sa.Index("ix_events_sub_type_date", "sub_event_type", "event_date"),
    sa.Index("ix_events_date_search", "event_date", "search"),
)
# Expression indexes for the case-insensitive filters (migration 0004).
sa.Index("ix_events_lower_country_date", sa.func.lower(events.c.country), events.c.event_date)
sa.Index("ix_events_lower_admin1_date", sa.func.lower(events.c.admin1), events.c.event_date)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("report_id", sa.String(128), sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False, index=True),
    # Position of the claim in the list the report was saved with: keeps the report's own order.
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("entry_index", sa.Integer, nullable=False),
    sa.Column("event_id", sa.String(128), sa.ForeignKey("events.id"), index=True),
    sa.Column("event_date", sa.Date, nullable=False, index=True),
    sa.Column("event_type", sa.String(64), nullable=False),
    sa.Column("sub_event_type", sa.String(64), nullable=False),
    sa.Column("country", sa.String(128), index=True),
    sa.Column("data", JSONDoc, nullable=False),
)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("kind", sa.String(64), nullable=False),
    sa.Column("stance", sa.String(64), nullable=False),
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("claim_id", sa.String(128), sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("report_id", sa.String(512), nullable=False, index=True),
    sa.Column("field", sa.String(32), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

# API tokens for `sitroom serve`: only a SHA-256 of each secret is kept (migration 0002).
api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(128), nullable=False, unique=True),
    sa.Column("secret_sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True)),
)

# The analysts' audit log: every confirmation, rejection and correction of an event's field. Keyed
# by event id and never touched by ingestion, so re-fusing cannot overwrite it (migration 0002).
reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(128), nullable=False, index=True),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("field", sa.String(32)),
    sa.Column("old", JSONDoc),
    sa.Column("new", JSONDoc),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("who", sa.String(128), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

# What `sitroom watch` has already ingested from each source (a feed item, a live-blog page, a
# file), one row per entry text it has seen, so a page that grows yields only its new entries
# (migration 0003).
watch_entries = sa.Table(
    "watch_entries",
    metadata,
    sa.Column("source", sa.String(512), primary_key=True),
    sa.Column("entry_sha1", sa.String(40), primary_key=True),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
)
