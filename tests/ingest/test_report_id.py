"""Report ids are content hashes, stable across line endings and Unicode normalisation."""
from __future__ import annotations

import hashlib
import unicodedata
from datetime import datetime, timedelta, timezone

from sitroom.ingest import make_report

DAY = datetime(2016, 12, 9, tzinfo=timezone.utc)
TEXT = "Shelling hit Ma\u0301arrat al-Nu\u0308man.\nFive died.\n"  # decomposed accents


def test_id_is_sha256_prefix_of_normalised_text():
    expected = hashlib.sha256(unicodedata.normalize("NFC", TEXT).encode()).hexdigest()[:20]
    assert make_report(TEXT, published=DAY).id == expected


def test_identical_text_gives_identical_id_whatever_the_metadata():
    a = make_report(TEXT, published=DAY, outlet="A")
    b = make_report(TEXT.replace("\n", "\r\n"), published=DAY + timedelta(days=1), outlet="B")
    c = make_report(unicodedata.normalize("NFC", TEXT), published=DAY)
    assert a.id == b.id == c.id and len(a.id) == 20
    assert make_report(TEXT + "More.", published=DAY).id != a.id


def test_published_is_made_aware_utc():
    naive = make_report("x", published=datetime(2016, 12, 9, 18, 50))
    plus2 = make_report("x", published=datetime(2016, 12, 9, 20, 50, tzinfo=timezone(timedelta(hours=2))))
    assert naive.published == plus2.published == datetime(2016, 12, 9, 18, 50, tzinfo=timezone.utc)
    assert plus2.published.utcoffset() == timedelta(0)
