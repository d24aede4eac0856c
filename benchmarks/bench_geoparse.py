"""Benchmark sitroom's geoparser alone: gazetteer load time, words per second, resident memory.

    .venv/bin/python benchmarks/bench_geoparse.py            # TR-News + GeoWebNews texts, 3 rounds
    .venv/bin/python benchmarks/bench_geoparse.py --rounds 5 --json

The corpus is the article texts of ../shared/eval/geoparsing/*.xml (found beside the repository or
through $SITROOM_SHARED), else the example reports in examples/reports. Load time is measured in a fresh
Python process (imports plus `Gazetteer.load()` and the cue lists), so it is the cold-start cost a
`sitroom geoparse` run pays. Times are CPU seconds of the measured process, so that other work on a
shared machine does not inflate them. Words/s counts whitespace-separated words through `geo.document.geoparse`
(sentence split, document focus, recognition, resolution, demonyms) on one core, after a warm-up
document; the best of the rounds is reported. RSS is the peak resident set size of this process.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SHARED = Path(os.environ.get("SITROOM_SHARED", ROOT.parent / "shared"))


def corpus() -> tuple[str, list[str]]:
    """Return (description, texts)."""
    folder = SHARED / "eval" / "geoparsing"
    texts = []
    for path in sorted(folder.glob("*.xml")):
        texts += [a.findtext("text") or "" for a in ET.parse(path).getroot().iter("article")]
    if texts:
        return f"{folder}/*.xml ({len(texts)} articles)", texts
    reports = sorted((ROOT / "examples" / "reports").glob("*.txt"))
    print(f"bench_geoparse: {folder} is absent; using examples/reports", file=sys.stderr)
    return "examples/reports", [p.read_text(encoding="utf-8") for p in reports]


def load_time() -> float:
    """Seconds a fresh interpreter takes to import the geoparser and load the gazetteer and cues."""
    code = (
        "import time; t = time.process_time();"
        "from sitroom.geo.gazetteer import Gazetteer; from sitroom.geo.cues import load_cues;"
        "from sitroom.geo.document import geoparse;"
        "Gazetteer.load(); load_cues(); geoparse('Clashes in Aleppo.');"
        "print(time.process_time() - t)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    loads = sorted(load_time() for _ in range(3))
    from sitroom.geo.document import geoparse

    name, texts = corpus()
    words = sum(len(t.split()) for t in texts)
    geoparse(texts[0])  # warm-up: gazetteer, cues and demonyms loaded
    best = None
    places = 0
    for _ in range(args.rounds):
        start = time.process_time()  # CPU time of this process: other work on the machine does not count
        places = sum(len(geoparse(t, demonyms=True)) for t in texts)
        elapsed = time.process_time() - start
        best = elapsed if best is None else min(best, elapsed)
    result = {
        "corpus": name, "documents": len(texts), "words": words, "places": places,
        "seconds": round(best, 3), "words_per_second": round(words / best),
        "load_seconds_median": round(loads[1], 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(), "machine": f"{platform.machine()}, {os.cpu_count()} cores",
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"geoparse: {result['words']} words in {result['documents']} documents ({name})")
        print(f"  speed:     {result['words_per_second']:,} words/s on one core (best of {args.rounds})")
        print(f"  load:      {result['load_seconds_median']} s (fresh process, median of 3)")
        print(f"  peak RSS:  {result['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
