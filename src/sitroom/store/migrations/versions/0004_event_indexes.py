"""Indexes for the web's event filters at scale (100,000+ events).

Case-insensitive country and admin1 filters compare lower(column), which plain indexes cannot
serve; (lower(column), event_date) serves both the filter and the date order. A (latitude,
longitude, event_date, id) index answers bounding boxes, and their date order, from the index alone, and (event_date, search) lets the
free-text filter scan a narrow index instead of the events' JSON rows.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_events_latitude", "events")
    op.create_index("ix_events_lat_lon", "events", ["latitude", "longitude", "event_date", "id"])
    # (type, date) pairs answer a type filter with a date range, and its count, from the index alone
    op.drop_index("ix_events_event_type", "events")
    op.drop_index("ix_events_sub_event_type", "events")
    op.create_index("ix_events_type_date", "events", ["event_type", "event_date"])
    op.create_index("ix_events_sub_type_date", "events", ["sub_event_type", "event_date"])
    op.create_index("ix_events_lower_country_date", "events", [sa.text("lower(country)"), "event_date"])
    op.create_index("ix_events_lower_admin1_date", "events", [sa.text("lower(admin1)"), "event_date"])
    op.create_index("ix_events_date_search", "events", ["event_date", "search"])
    op.create_index("ix_events_fatalities_best", "events", ["fatalities_best"])


def downgrade() -> None:
    for name in ("ix_events_type_date", "ix_events_sub_type_date", "ix_events_fatalities_best", "ix_events_date_search", "ix_events_lower_admin1_date",
                 "ix_events_lower_country_date", "ix_events_lat_lon"):
        op.drop_index(name, "events")
    op.create_index("ix_events_latitude", "events", ["latitude"])
    op.create_index("ix_events_event_type", "events", ["event_type"])
    op.create_index("ix_events_sub_event_type", "events", ["sub_event_type"])
