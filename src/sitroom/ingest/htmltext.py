"""Plain text from HTML fragments (feed items, pages trafilatura cannot read), keeping paragraph breaks."""
from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags after which the reader sees a new paragraph.
_BLOCK = {
    "p", "div", "section", "article", "header", "footer", "aside", "blockquote", "pre", "ul", "ol",
    "li", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "dl", "dt", "dd",
    "hr", "main", "nav",
}
_SKIP = {"script", "style", "noscript", "template", "head", "svg"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Returns the visible text of an HTML fragment: one paragraph per block, blank lines between."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return tidy_paragraphs("".join(collector.parts))


def tidy_paragraphs(text: str) -> str:
    """Returns `text` with runs of spaces collapsed, lines stripped, and paragraphs separated by one blank line.

    Extracted text marks paragraphs with single newlines; the segmenter reads blank lines, so each
    line becomes its own paragraph here.
    """
    text = text.replace("\xa0", " ")
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)
