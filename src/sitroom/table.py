"""A readable terminal table of events."""
from __future__ import annotations

from .models import Event

COLUMNS = (
    ("date", 10),
    ("sub-event type", 26),
    ("actor 1", 28),
    ("actor 2", 28),
    ("location", 22),
    ("fat.", 4),
    ("status", 12),
    ("source", 24),
)


def _cells(e: Event) -> list[str]:
    loc = ""
    if e.location is not None:
        loc = e.location.name + (f" ({e.location.geo_precision})" if e.location.geo_precision > 1 else "")
    fat = "" if e.fatalities is None or e.fatalities.best is None else str(e.fatalities.best)
    return [
        e.event_date.isoformat(),
        e.sub_event_type,
        e.actor1.name if e.actor1 else "",
        e.actor2.name if e.actor2 else "",
        loc,
        fat,
        e.status,
        "; ".join(s.name for s in e.sources),
    ]


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_events(events: list[Event], wide: bool = False) -> str:
    """The events as an aligned text table, with a count line; 'no events' when there are none."""
    if not events:
        return "no events"
    rows = [_cells(e) for e in events]
    widths = []
    for i, (title, limit) in enumerate(COLUMNS):
        longest = max([len(title)] + [len(r[i]) for r in rows])
        widths.append(longest if wide else min(longest, limit))
    lines = ["  ".join(title.ljust(w) for (title, _), w in zip(COLUMNS, widths))]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(_cut(c, w).ljust(w) for c, w in zip(r, widths)).rstrip())
    total = sum(e.fatalities.best or 0 for e in events if e.fatalities is not None)
    lines.append(f"{len(events)} event{'s' if len(events) != 1 else ''}, {total} fatalities")
    return "\n".join(lines)
