"""export: events out as ACLED CSV, JSONL event records, GeoJSON or UCDP GED-style CSV.

Every format writes events in the same order (event date, then id) and the same input always
gives byte-identical output.
"""
from __future__ import annotations

import typing

from sitroom.export.acled import write_acled
from sitroom.export.geojson import write_geojson
from sitroom.export.record import event_record, write_jsonl
from sitroom.export.ucdp import write_ucdp
from sitroom.models import Event

FORMATS = ("acled", "jsonl", "geojson", "ucdp")

_WRITERS: dict[str, typing.Callable[[list[Event], typing.TextIO], int]] = {
    "acled": write_acled,
    "jsonl": write_jsonl,
    "geojson": write_geojson,
    "ucdp": write_ucdp,
}


def export(events: list[Event], fmt: str, out: typing.TextIO) -> int:
    """Write `events` to `out` in format `fmt`; returns the rows (or features, lines) written.

    geojson skips events without a location and ucdp keeps only organised violence, so the count
    can be lower than len(events). Raises ValueError for a format not in FORMATS.
    """
    writer = _WRITERS.get(fmt.lower())
    if writer is None:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return writer(list(events), out)


__all__ = ["FORMATS", "event_record", "export"]
