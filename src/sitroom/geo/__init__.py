"""geo: the gazetteer, place recognition in sentences and resolution to coordinates and precision codes."""
from sitroom.geo.gazetteer import Gazetteer
from sitroom.geo.resolve import document_focus, find_places, to_location
from sitroom.models import Place


def place_by_id(place_id: str) -> Place | None:
    """The gazetteer entry with this id, or None when the gazetteer has none."""
    gazetteer = Gazetteer.load()
    return gazetteer.get(place_id) if gazetteer.has(place_id) else None


__all__ = ["Gazetteer", "document_focus", "find_places", "place_by_id", "to_location"]
