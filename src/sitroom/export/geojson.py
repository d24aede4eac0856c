"""GeoJSON: a FeatureCollection with one Point per located event."""
from __future__ import annotations

import json
from typing import Any, TextIO

from sitroom.export.record import event_record, ordered
from sitroom.models import Event


def feature(event: Event) -> dict[str, Any] | None:
    """Return the Point feature of `event` (coordinates in GeoJSON's longitude, latitude order),
    with the event record as properties minus the coordinates; None when the event has no place."""
    if event.location is None:
        return None
    properties = event_record(event)
    properties["location"] = {k: v for k, v in properties["location"].items() if k not in ("latitude", "longitude")}
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": {"type": "Point", "coordinates": [event.location.longitude, event.location.latitude]},
        "properties": properties,
    }


def write_geojson(events: list[Event], out: TextIO) -> int:
    """Write the FeatureCollection, one feature per line; returns the number of features.

    Events without a location are left out, so the count can be lower than len(events).
    """
    features = [f for f in (feature(e) for e in ordered(events)) if f is not None]
    out.write('{"type": "FeatureCollection", "features": [')
    for i, f in enumerate(features):
        out.write(("\n" if i == 0 else ",\n") + json.dumps(f, ensure_ascii=False))
    out.write("\n]}\n" if features else "]}\n")
    return len(features)
