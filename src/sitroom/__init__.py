"""sitroom: conflict reports in, sourced and verified events out."""
__version__ = "0.1.0"
