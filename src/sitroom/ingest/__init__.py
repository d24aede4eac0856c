"""Ingest: inputs in (text, HTML, JSONL, RSS/Atom; files, directories, stdin), Reports, Entries and Sentences out."""
from sitroom.ingest.meta import make_report
from sitroom.ingest.readers import ReadResult, count_inputs, read_inputs
from sitroom.ingest.segment import segment
from sitroom.ingest.sentences import split_sentences

__all__ = ["ReadResult", "count_inputs", "make_report", "read_inputs", "segment", "split_sentences"]
