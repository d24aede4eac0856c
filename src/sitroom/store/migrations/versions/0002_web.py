"""For `sitroom serve`: event coordinates and search text, API tokens, the analysts' review log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen here on purpose: a migration must not change when schema.py later does.
_json = sa.JSON().with_variant(JSONB(), "postgresql")


def _search_text(data: dict) -> str:
    """The same words store/rows.py puts in events.search (kept as a copy: migrations are frozen)."""
    words = [data.get("id"), data.get("event_type"), data.get("sub_event_type"), data.get("notes")]
    for key in ("actor1", "actor2"):
        if data.get(key):
            words.append(data[key].get("name"))
    for key in ("assoc_actor_1", "assoc_actor_2"):
        words += [a.get("name") for a in data.get(key) or []]
    loc = data.get("location") or {}
    words += [loc.get("name"), loc.get("admin1"), loc.get("admin2"), loc.get("country")]
    words += [s.get("name") for s in data.get("sources") or []]
    return "\n".join(w.lower() for w in words if w)


def upgrade() -> None:
    op.add_column("events", sa.Column("latitude", sa.Float))
    op.add_column("events", sa.Column("longitude", sa.Float))
    op.add_column("events", sa.Column("search", sa.Text))
    op.create_index("ix_events_latitude", "events", ["latitude"])

    events = sa.table(
        "events", sa.column("id", sa.String), sa.column("data", _json), sa.column("latitude", sa.Float),
        sa.column("longitude", sa.Float), sa.column("search", sa.Text),
    )
    conn = op.get_bind()
    updates = []
    for row in conn.execute(sa.select(events.c.id, events.c.data)):
        loc = row.data.get("location") or {}
        updates.append({"eid": row.id, "lat": loc.get("latitude"), "lon": loc.get("longitude"), "s": _search_text(row.data)})
    if updates:
        conn.execute(
            events.update().where(events.c.id == sa.bindparam("eid"))
            .values(latitude=sa.bindparam("lat"), longitude=sa.bindparam("lon"), search=sa.bindparam("s")),
            updates,
        )

    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(128), nullable=False, unique=True),
        sa.Column("secret_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(128), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("field", sa.String(32)),
        sa.Column("old", _json),
        sa.Column("new", _json),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("who", sa.String(128), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_reviews_event_id", "reviews", ["event_id"])


def downgrade() -> None:
    op.drop_table("reviews")
    op.drop_table("api_tokens")
    op.drop_index("ix_events_latitude", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("search")
        batch.drop_column("longitude")
        batch.drop_column("latitude")
