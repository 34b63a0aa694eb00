"""spaCy pipelines per language, loaded once, with paragraph breaks as hard sentence boundaries."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dragoman.errors import ConfigError
from dragoman.language.compounds import join_compounds
from dragoman.language.dateline import dateline_span
from dragoman.language.registry import data, supported
from dragoman.language.repairs import Repairs, repair

# Up to the next word: a blank line followed by more blanks (a dateline blanked for the parser) is one break.
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*")
# A line that ends a sentence and then breaks ends a paragraph too, blank line or not.
_NEVER_FIRST = frozenset({".", ",", ";", ":", "!", "?", ")", "]"})
_LINE_END = re.compile(r"[.!?»\"”][ \t\r]*\n\s*")


# A run of more words than this with no sentence end and no line break is no sentence (a scraped menu, a
# table flattened to one line, a 200 KB line without punctuation): the parser gets it in pieces this long,
# and the extraction reads nothing in it (`unpunctuated_runs`).
MAX_SENTENCE_TOKENS = 200
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", "…", "»", '"', "”"})


def unpunctuated_runs(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges [start, end) longer than MAX_SENTENCE_TOKENS with no sentence end and no line
    break in them."""
    runs: list[tuple[int, int]] = []
    start = 0
    for token in doc:
        if (
            token.text in _SENTENCE_ENDS
            or (token.is_space and "\n" in token.text)
            or "\n" in token.whitespace_
        ):
            if token.i - start > MAX_SENTENCE_TOKENS:
                runs.append((start, token.i))
            start = token.i + 1
    if len(doc) - start > MAX_SENTENCE_TOKENS:
        runs.append((start, len(doc)))
    return runs


@Language.component("dragoman_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line (and every line that ends a sentence), so that a title,
    a dateline or a paragraph never fuses with the next; and every MAX_SENTENCE_TOKENS words of a run
    without punctuation, so that the parser never reads a "sentence" of thousands of words."""
    text = doc.text  # joined anew from the tokens on every access
    breaks = {m.end() for m in _BLANK_LINE.finditer(text)}
    breaks |= {m.end() for m in _LINE_END.finditer(text)}
    newline_after = False
    for token in doc:
        if token.idx in breaks or newline_after:
            token.is_sent_start = True
        elif token.i > 0 and (token.is_space or token.text in _NEVER_FIRST):
            token.is_sent_start = False
        newline_after = token.is_space and "\n" in token.text and token.idx + len(token.text) in breaks
    for start, end in unpunctuated_runs(doc):
        for i in range(start, end, MAX_SENTENCE_TOKENS):
            doc[i].is_sent_start = True
    return doc


@Language.factory("dragoman_compounds", default_config={"lang": ""})
def make_compounds(nlp: Language, name: str, lang: str) -> Callable[[Doc], Doc]:
    """Joins the compound words the tokenizer cut at their hyphen (compounds.py), before any reads them."""
    joiners = frozenset(data(lang, "grammar")["compound_joiners"])
    return lambda doc: join_compounds(doc, joiners)


@Language.factory("dragoman_repairs", default_config={"lang": ""})
def make_repairs(nlp: Language, name: str, lang: str) -> Callable[[Doc], Doc]:
    """Puts right the compound tenses the parser breaks and the lemmas the lemmatizer leaves wrong
    (repairs.py), as the grammar of `lang` says."""
    parser = nlp.get_pipe("parser") if "parser" in nlp.pipe_names else None
    labels: tuple[str, ...] = tuple(getattr(parser, "labels", ()))
    repairs = Repairs.of(data(lang, "grammar"), labels)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None

    def lemmatize(word: str, pos: str) -> str:
        # One word as the pipeline's lemmatizer reads it with this part of speech.
        if lemmatizer is None:
            return word.lower()
        forms = lemmatizer.lemmatize(Doc(nlp.vocab, words=[word], pos=[pos])[0])  # type: ignore[attr-defined]
        return str(forms[0]) if forms else word.lower()

    return lambda doc: repair(doc, repairs, lemmatize)


@cache
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for `lang`, installed as a PyPI package (never downloaded at run time)."""
    info = supported().get(lang)
    if info is None:
        raise ConfigError(f"no pipeline for language {lang!r}; supported: {', '.join(sorted(supported()))}")
    try:
        nlp = spacy.load(info.spacy_model)
    except OSError as exc:
        raise ConfigError(
            f"the spaCy model {info.spacy_model} is not installed: pip install {info.package}"
        ) from exc
    if data(lang, "grammar")["compound_joiners"]:
        nlp.add_pipe("dragoman_compounds", config={"lang": lang}, first=True)
    nlp.add_pipe("dragoman_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
    # Last, once the lemmas are there: the repairs read and mend them.
    nlp.add_pipe("dragoman_repairs", config={"lang": lang})
    # Articles longer than spaCy's default are refused earlier by ingest with a clear message.
    return nlp


def _for_parser(text: str, lang: str) -> str:
    """A dateline ("PARIS, 3 mars 2017 (AFP) -") is not prose: the parser sees blanks of the same length in
    its place, so its date never reads as the date of the first sentence's event and the first sentence
    is parsed as it would be without it."""
    span = dateline_span(text, lang)
    if span is None:
        return text
    start, end = span
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def parse(text: str, lang: str) -> Doc:
    """Tokenise, tag, parse and name-tag `text`; character offsets in the Doc are offsets into `text`."""
    return load_pipeline(lang)(_for_parser(text, lang))


def parse_many(texts: Sequence[str], lang: str) -> Iterator[Doc]:
    """`parse` of several texts of one language at once (spaCy's batched `pipe`), in order. A long text
    is parsed in pieces cut after a line break (PARSE_PIECE_CHARS at most, where it has line breaks)
    and joined again: the parser's memory grows with the length of what it reads at once."""
    nlp = load_pipeline(lang)
    pieces = [_pieces(_for_parser(text, lang)) for text in texts]
    parsed = nlp.pipe([p for text in pieces for p in text], batch_size=max(len(texts), 1))
    for text in pieces:
        docs = [next(parsed) for _ in text]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


# Where a long text is cut for the parser: after a line break, at most this many characters on.
PARSE_PIECE_CHARS = 20_000


def _pieces(text: str) -> list[str]:
    """`text` cut after line breaks into pieces of at most PARSE_PIECE_CHARS (a piece with no line break
    is cut after a space, or anywhere); joined, the pieces are the text."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > PARSE_PIECE_CHARS:
        limit = start + PARSE_PIECE_CHARS
        cut = text.rfind("\n", start, limit) + 1 or text.rfind(" ", start, limit) + 1 or limit
        if cut <= start:
            cut = limit
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces
