"""extract: event triggers, typing, argument linking and context carried within an entry."""
from .claims import Options, extract_claims

__all__ = ["Options", "extract_claims"]
