"""Visible text of an HTML page with the stdlib parser: paragraphs as blank-line-separated blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements whose content a reader never sees as article text.
_HIDDEN = frozenset({"script", "style", "nav", "noscript", "template", "svg", "head"})
# Elements that end a block of text: a paragraph break in the output.
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "blockquote",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "figure",
        "figcaption",
        "form",
        "hr",
        "address",
        "body",
        "html",
    }
)
_SNIFF = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")

HTML_NOTE = "text extracted from HTML (script, style and nav dropped)"


@dataclass(frozen=True)
class HtmlText:
    text: str
    title: str | None


def looks_like_html(text: str) -> bool:
    """True when the text opens like an HTML page (a doctype, <html>, <head> or <body>)."""
    return _SNIFF.match(text[:2048]) is not None


class _Extractor(HTMLParser):
    """Collects visible text into blocks; whitespace collapses as a browser would, except in <pre>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.title: list[str] = []
        self.hidden_depth = 0
        self.in_title = False
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _HIDDEN:
            self.hidden_depth += 1
        elif tag == "br" and not self.hidden_depth:
            self.current.append("\n")
        elif tag in _BLOCKS:
            self._end_block()
            if tag == "pre":
                self.pre_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in _BLOCKS:
            self._end_block()
            if tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden_depth:
            self.current.append(data if self.pre_depth else _SPACES.sub(" ", data))

    def _end_block(self) -> None:
        text = "".join(self.current)
        self.current = []
        lines = [line.strip() for line in text.split("\n")] if not self.pre_depth else text.split("\n")
        block = "\n".join(line for line in lines if line.strip())
        if block.strip():
            self.blocks.append(block)

    def result(self) -> HtmlText:
        self.close()
        self._end_block()
        title = _SPACES.sub(" ", "".join(self.title)).strip()
        return HtmlText(text="\n\n".join(self.blocks), title=title or None)


def extract_html(markup: str) -> HtmlText:
    """The visible text of `markup` (paragraphs separated by blank lines) and its <title>."""
    parser = _Extractor()
    parser.feed(markup)
    return parser.result()
