"""The initial schema: reports, entries, events, claims, sources, evidence.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen here on purpose: a migration must not change when schema.py later does.
_json = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("external_id", sa.String(512)),
        sa.Column("origin", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_reports_external_id", "reports", ["external_id"])

    op.create_table(
        "entries",
        sa.Column("report_id", sa.String(128), sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("time", sa.DateTime(timezone=True)),
        sa.Column("heading", sa.Text),
    )

    op.create_table(
        "events",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("event_date", sa.Date, nullable=False),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(64), nullable=False),
        sa.Column("country", sa.String(128)),
        sa.Column("admin1", sa.String(128)),
        sa.Column("actor1", sa.Text),
        sa.Column("actor2", sa.Text),
        sa.Column("actors", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("fatalities_best", sa.Integer),
        sa.Column("data", _json, nullable=False),
    )
    for column in ("event_date", "event_type", "sub_event_type", "country", "admin1", "status"):
        op.create_index(f"ix_events_{column}", "events", [column])

    op.create_table(
        "claims",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("report_id", sa.String(128), sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("entry_index", sa.Integer, nullable=False),
        sa.Column("event_id", sa.String(128), sa.ForeignKey("events.id")),
        sa.Column("event_date", sa.Date, nullable=False),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(64), nullable=False),
        sa.Column("country", sa.String(128)),
        sa.Column("data", _json, nullable=False),
    )
    for column in ("report_id", "event_id", "event_date", "country"):
        op.create_index(f"ix_claims_{column}", "claims", [column])

    op.create_table(
        "sources",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("stance", sa.String(64), nullable=False),
    )

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("claim_id", sa.String(128), sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        sa.Column("report_id", sa.String(512), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_evidence_claim_id", "evidence", ["claim_id"])
    op.create_index("ix_evidence_report_id", "evidence", ["report_id"])


def downgrade() -> None:
    for table in ("evidence", "sources", "claims", "events", "entries", "reports"):
        op.drop_table(table)
