"""Export fixtures: hand-built events with known values."""
from __future__ import annotations

import sys
from pathlib import Path

# The suite runs with --import-mode=importlib, which puts no test folder on sys.path; the helper
# module beside this file (uniquely named, so it cannot shadow another folder's) is made importable.
sys.path.insert(0, str(Path(__file__).resolve().parent))
