"""Helpers for the web tests (a uniquely named module that conftest.py puts on sys.path)."""
from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "syria-daily-2016-12-09.txt"

# Real sentences in the form the seed's reports take, with markup an attacker could plant.
MALICIOUS = (
    "Syrian government air strikes killed 12 civilians in Douma on Thursday, the Syrian Observatory for Human Rights said. "
    '<script>document.title="pwned"</script> <img src=x onerror="document.title=\'pwned\'">\n\n'
    "Rebels shelled the town of Jableh on Thursday, killing three people, state media reported."
)
LATER = "Turkish warplanes struck Islamic State positions in al-Bab on Saturday, killing 15 militants, the Turkish military said."


def make_client(store, **settings):
    from fastapi.testclient import TestClient

    from sitroom.web import Settings, create_app

    return TestClient(create_app(Settings(db=store.url, poll_seconds=0.05, **settings), store))
