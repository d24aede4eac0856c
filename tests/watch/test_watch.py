"""`sitroom watch` against a local http.server (127.0.0.1 only) and temporary folders."""
from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from sitroom.store import Store
from sitroom.watch import Watcher, WatchError, expand_sources, fetch

JABLEH = "UPDATE 1430 GMT: Rebels shelled the town of Jableh on Thursday, killing three people, state media reported."
DOUMA = ("ORIGINAL ENTRY: Syrian government air strikes killed 12 civilians in Douma on Thursday, "
         "the Syrian Observatory for Human Rights said.")
AL_BAB = ("UPDATE 1850 GMT: Turkish warplanes struck Islamic State positions in al-Bab on Thursday, "
          "killing 15 militants, the Turkish military said.")


def live_blog(*entries: str) -> str:
    paragraphs = "".join(f"<p>{e}</p>\n" for e in entries)
    return (f"<html><head><title>Syria live</title><meta property=\"article:published_time\" content=\"2016-12-09T08:00:00Z\">"
            f"</head><body><article><h1>Syria live</h1>\n{paragraphs}</article></body></html>")


def rss(*items: tuple[str, str, str]) -> str:
    body = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><pubDate>Fri, 09 Dec 2016 12:00:00 GMT</pubDate>"
                   f"<description>{d}</description></item>" for t, link, d in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://127.0.0.1/</link>{body}</channel></rss>'


class Site:
    """Pages served from a dict; /loop redirects forever, /to-file redirects to file://, /slow stalls."""

    def __init__(self):
        self.pages: dict[str, tuple[str, str]] = {}
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                if self.path.startswith("/loop"):
                    n = int(self.path.split("/")[-1] or 0) if self.path.count("/") > 1 else 0
                    self.send_response(302)
                    self.send_header("Location", f"/loop/{n + 1}")
                    self.end_headers()
                    return
                if self.path == "/to-file":
                    self.send_response(302)
                    self.send_header("Location", "file:///etc/passwd")
                    self.end_headers()
                    return
                if self.path == "/slow":
                    time.sleep(3)
                if self.path not in site.pages:
                    self.send_error(404)
                    return
                body, kind = site.pages[self.path]
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.server.shutdown()


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "watch.db")) as s:
        yield s


def _claims_at(store, place: str) -> int:
    return sum(1 for c in store.claims() if c.location and c.location.name == place)


def test_growing_live_blog_adds_only_its_new_entries(site, store):
    site.pages["/live"] = (live_blog(JABLEH, DOUMA), "text/html; charset=utf-8")
    watcher = Watcher(store, [site.url + "/live"])
    [first] = watcher.poll()
    assert first.errors == [] and first.reports == 1
    assert _claims_at(store, "Douma") == 1
    jableh_claims = len(store.claims())

    [same] = watcher.poll()
    assert same.reports == 0 and same.skipped == 1

    site.pages["/live"] = (live_blog(AL_BAB, JABLEH, DOUMA), "text/html; charset=utf-8")
    [grown] = watcher.poll()
    assert grown.errors == [] and grown.reports == 1
    assert _claims_at(store, "Douma") == 1, "old entries are not claimed twice"
    assert _claims_at(store, "al-Bab") >= 1
    assert len(store.claims()) == jableh_claims + _claims_at(store, "al-Bab")
    [newest] = [r for r in store.reports() if r.external_id]  # the second version: its new entries only
    assert "al-Bab" in newest.text and "Douma" not in newest.text and newest.url == site.url + "/live"

    # a second watcher (a restarted `sitroom watch`) remembers through the store
    [again] = Watcher(store, [site.url + "/live"]).poll()
    assert again.reports == 0


def test_feed_items_are_ingested_once_each(site, store):
    a = ("Douma strikes", "http://example.org/a", DOUMA.split(": ", 1)[1])
    b = ("Jableh shelling", "http://example.org/b", JABLEH.split(": ", 1)[1])
    c = ("al-Bab strikes", "http://example.org/c", AL_BAB.split(": ", 1)[1])
    site.pages["/feed"] = (rss(a, b), "application/rss+xml")
    watcher = Watcher(store, [site.url + "/feed"])
    assert watcher.poll()[0].reports == 2
    site.pages["/feed"] = (rss(c, a, b), "application/rss+xml")
    [second] = watcher.poll()
    assert second.reports == 1 and second.errors == []
    assert sorted(r.url for r in store.reports()) == ["http://example.org/a", "http://example.org/b", "http://example.org/c"]


def test_folder_new_and_changed_files(tmp_path, store):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "one.txt").write_text(DOUMA.split(": ", 1)[1] + "\n", encoding="utf-8")
    watcher = Watcher(store, [str(folder)])
    assert watcher.poll()[0].reports == 1
    assert watcher.poll()[0].reports == 0
    (folder / "two.txt").write_text(JABLEH.split(": ", 1)[1] + "\n", encoding="utf-8")
    assert watcher.poll()[0].reports == 1
    assert len(store.reports()) == 2


def test_fetch_limits(site):
    site.pages["/big"] = ("x" * 5000, "text/plain")
    with pytest.raises(WatchError, match="over the 1000-byte limit"):
        fetch(site.url + "/big", max_bytes=1000)
    with pytest.raises(WatchError, match="redirects"):
        fetch(site.url + "/loop")
    with pytest.raises(WatchError, match="not http"):
        fetch(site.url + "/to-file")
    with pytest.raises(WatchError, match="no answer within|timed out"):
        fetch(site.url + "/slow", timeout=0.5)
    with pytest.raises(WatchError, match="HTTP 404"):
        fetch(site.url + "/missing")
    for bad in ("file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)"):
        with pytest.raises(WatchError, match="only http"):
            fetch(bad)


def test_source_lists_and_bad_sources(tmp_path, site):
    (tmp_path / "inbox").mkdir()
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# what we follow\n{site.url}/feed\ninbox\n\n", encoding="utf-8")
    assert expand_sources([str(listing)]) == [f"{site.url}/feed", str(tmp_path / "inbox")]
    with pytest.raises(WatchError, match="no such file"):
        expand_sources([str(tmp_path / "nope")])
    with pytest.raises(WatchError, match="only http"):
        expand_sources(["ftp://example.org/feed"])


def test_watch_command_once(tmp_path, site):
    from sitroom.cli import main

    site.pages["/live"] = (live_blog(JABLEH, DOUMA), "text/html")
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(main, ["watch", site.url + "/live", "--once", "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 new report" in result.output
    with Store(db) as store, store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM watch_entries")).scalar_one() >= 2
    failed = CliRunner().invoke(main, ["watch", site.url + "/missing", "--once", "--db", db])
    assert failed.exit_code == 1 and "HTTP 404" in failed.output
    bad = CliRunner().invoke(main, ["watch", "file:///etc/passwd", "--db", db])
    assert bad.exit_code == 2 and "only http" in bad.output
