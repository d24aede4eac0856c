"""evaluate: score sitroom against gold data (`sitroom eval ...`)."""
