"""Readers: each input format, metadata precedence, directories and stdin."""
from __future__ import annotations

import io
import json
from datetime import datetime, timezone


from sitroom.ingest import count_inputs, read_inputs

UTC = timezone.utc
DAY = datetime(2016, 12, 9, tzinfo=UTC)


def _read(paths, **options):
    return list(read_inputs([str(p) for p in paths], **options))


def _one(paths, **options):
    (result,) = _read(paths, **options)
    assert result.error is None, result.error
    return result.report


HTML = """<!DOCTYPE html><html><head><title>Syria Daily: Rebels Hit Back | EA WorldView</title>
<meta property="article:published_time" content="2016-12-09T18:50:00+00:00">
<meta property="og:site_name" content="EA WorldView">
<meta property="og:url" content="https://eaworldview.com/2016/12/syria-daily-9/">
</head><body><nav>Home | About | Donate</nav>
<article><h1>Syria Daily: Rebels Hit Back</h1>
<p>UPDATE 1850 GMT: Opposition activists claim that rebels have inflicted heavy casualties on pro-Assad forces in eastern Aleppo city.</p>
<p>The activists say that more than 50 pro-Assad troops were killed in fighting and that two tanks were destroyed.</p>
<p>According to the Eldorar site, 25 militiamen were slain in battles in Sheikh Saeed, and eight were captured.</p>
</article><div class="comments" id="comments"><p>Great post, keep it up!</p></div><footer>Copyright 2016</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Syria Monitor Wire</title><link>https://example.org/</link>
<item><title>Strikes on Douma</title><link>https://example.org/a/1</link><guid>wire-1</guid>
<pubDate>Fri, 09 Dec 2016 18:50:00 GMT</pubDate>
<description>&lt;p&gt;Airstrikes killed 12 civilians in Douma on Friday.&lt;/p&gt;&lt;p&gt;Rescuers said the toll could rise.&lt;/p&gt;</description></item>
<item><title>Clashes in Hama</title><link>https://example.org/a/2</link><guid>wire-2</guid>
<pubDate>Thu, 08 Dec 2016 07:00:00 +0200</pubDate>
<description>Rebels attacked regime positions near Souran.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Aleppo Updates</title><id>urn:feed</id>
<updated>2016-12-09T20:00:00Z</updated>
<entry><title>Palmyra</title><id>urn:entry:1</id><link href="https://example.org/palmyra"/>
<updated>2016-12-09T20:00:00Z</updated>
<content type="html">&lt;p&gt;The Islamic State surrounded Palmyra.&lt;/p&gt;</content></entry></feed>"""


def test_plain_text_takes_published_from_the_option(tmp_path):
    path = tmp_path / "blog.txt"
    path.write_text("Rebels shelled Nubl on Friday.\n", encoding="utf-8")
    report = _one([path], published=DAY, outlet="EA WorldView", url="https://eaworldview.com/x")
    assert report.text == "Rebels shelled Nubl on Friday.\n"
    assert report.published == DAY and report.published.tzinfo is not None
    assert (report.outlet, report.url, report.origin) == ("EA WorldView", "https://eaworldview.com/x", str(path))


def test_front_matter_sets_metadata_and_is_not_report_text(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "---\npublished: 2016-12-09T18:50Z\noutlet: EA WorldView\nurl: https://eaworldview.com/y\n"
        "title: Syria Daily\nid: ea-2016-12-09\n---\nRebels shelled Nubl.\n",
        encoding="utf-8",
    )
    report = _one([path], published=datetime(2020, 1, 1, tzinfo=UTC), outlet="Other", url="https://other")
    assert report.text == "Rebels shelled Nubl.\n"
    # document metadata wins over the options
    assert report.published == datetime(2016, 12, 9, 18, 50, tzinfo=UTC)
    assert (report.outlet, report.url, report.title, report.external_id) == (
        "EA WorldView", "https://eaworldview.com/y", "Syria Daily", "ea-2016-12-09")
    assert report.ref == "ea-2016-12-09"


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    report = _one([path])
    assert report.published == datetime(2016, 12, 9, 18, 50, tzinfo=UTC)
    assert report.outlet == "EA WorldView"
    assert report.url == "https://eaworldview.com/2016/12/syria-daily-9/"
    assert report.title == "Syria Daily: Rebels Hit Back"
    assert "UPDATE 1850 GMT: Opposition activists claim" in report.text
    # paragraphs stay apart, and neither comments nor navigation come through
    assert "Aleppo city.\n\nThe activists say" in report.text
    assert "Great post" not in report.text and "Donate" not in report.text


def test_html_without_a_date_takes_the_option(tmp_path):
    path = tmp_path / "bare.htm"
    path.write_text("<html><body><p>Shelling hit Douma on Friday, killing five people.</p></body></html>")
    assert _one([path], published=DAY).published == DAY


def test_jsonl_yields_each_good_line_and_an_error_per_bad_line(tmp_path):
    path = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"id": "w1", "text": "Rebels took Souran.", "published": "2016-12-09", "url": "https://x/1",
                    "outlet": "Wire", "title": "Souran"}),
        "{not json",
        json.dumps({"id": "w3", "published": "2016-12-09"}),
        "",
        json.dumps({"id": "w5", "text": "Airstrikes hit Idlib."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = _read([path], published=datetime(2016, 12, 8, tzinfo=UTC))
    assert [r.origin for r in results] == [f"{path}#line {n}" for n in (1, 2, 3, 5)]
    good = results[0].report
    assert (good.external_id, good.url, good.outlet, good.title) == ("w1", "https://x/1", "Wire", "Souran")
    assert good.published == DAY
    assert results[1].error.reason.startswith("line 2: not JSON (")
    assert results[2].error.reason.startswith('line 3: no "text"')
    assert results[3].report.published == datetime(2016, 12, 8, tzinfo=UTC)  # falls back to the option


def test_rss_items_become_reports(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second = _read([path])
    assert (first.origin, second.origin) == (f"{path}#item 1", f"{path}#item 2")
    a, b = first.report, second.report
    assert a.text == "Airstrikes killed 12 civilians in Douma on Friday.\n\nRescuers said the toll could rise."
    assert (a.external_id, a.url, a.outlet, a.title) == ("wire-1", "https://example.org/a/1", "Syria Monitor Wire",
                                                         "Strikes on Douma")
    assert a.published == datetime(2016, 12, 9, 18, 50, tzinfo=UTC)
    assert b.published == datetime(2016, 12, 8, 5, 0, tzinfo=UTC)  # RFC 822 offset converted to UTC


def test_atom_entry_becomes_a_report(tmp_path):
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    report = _one([path])
    assert report.text == "The Islamic State surrounded Palmyra."
    assert (report.external_id, report.url, report.outlet) == ("urn:entry:1", "https://example.org/palmyra",
                                                               "Aleppo Updates")
    assert report.published == datetime(2016, 12, 9, 20, 0, tzinfo=UTC)


def test_xml_without_feed_extension_is_sniffed(tmp_path):
    path = tmp_path / "feed"
    path.write_text(RSS, encoding="utf-8")
    assert len([r for r in _read([path]) if r.report]) == 2


def test_stdin_is_read_for_dash():
    stream = io.StringIO("---\npublished: 2016-12-09\n---\nShelling hit Douma.\n")
    (result,) = list(read_inputs(["-"], stdin=stream))
    assert result.origin == "-" and result.report.origin == "-"
    assert result.report.text == "Shelling hit Douma.\n" and result.report.published == DAY


def test_directories_expand_sorted_skipping_hidden_and_unknown_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.\n")
    (tmp_path / "a.txt").write_text("One.\n")
    (tmp_path / ".hidden.txt").write_text("Hidden.\n")
    (tmp_path / ".git" / "x.txt").write_text("Git.\n")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    results = _read([tmp_path], published=DAY)
    assert [r.report.text for r in results] == ["One.\n", "Two.\n"]
    assert count_inputs([str(tmp_path), "-", str(tmp_path / "missing.txt")]) == 3
