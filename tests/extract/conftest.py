"""Extraction tests: make the shared helper module beside this file importable."""
from __future__ import annotations

import sys
from pathlib import Path

# The suite runs with --import-mode=importlib, which puts no test folder on sys.path; voice_helpers
# (uniquely named, so it cannot shadow another folder's module) is made importable for the voice tests.
sys.path.insert(0, str(Path(__file__).resolve().parent))
