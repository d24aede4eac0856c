"""web: `sitroom serve` — the JSON API and the pages built on the same store queries.

    app = create_app(Settings(db="events.db", open_reads=True))
"""
from sitroom.web.app import Settings, create_app

__all__ = ["Settings", "create_app"]
