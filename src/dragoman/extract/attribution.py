"""Who says so: speech verbs ("a déclaré que"), "selon X" / "according to X", and quotations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from dragoman.extract.arguments import clause_subject
from dragoman.extract.lexicon import Lexicon
from dragoman.language.registry import data
from dragoman.language.syntax import OBJECTS, SUBJECTS, prepositional

_REPORTED = frozenset({"ccomp", "parataxis", "obj", "dobj", "xcomp", "conj", "advcl"})


@dataclass(frozen=True)
class Source:
    """A source with the head tokens that name it and the cue text ("Al-Jazeera a précisé que")."""

    speaker: list[Token]
    cue: Span
    verb: Token | None


def is_speech_verb(token: Token, lex: Lexicon) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lex.speech_verbs


def cue_of(verb: Token) -> Span:
    """The verb with its auxiliaries and a following complementiser: "a précisé que"."""
    parts = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    start = min(t.i for t in parts)
    end = max(t.i for t in parts)
    nxt = verb.doc[end + 1] if end + 1 < len(verb.doc) else None
    if nxt is not None and nxt.pos_ == "SCONJ":
        end += 1
    return verb.doc[start : end + 1]


def speech_source(trigger: Token, lex: Lexicon) -> Source | None:
    """The speech verb whose reported clause contains `trigger`, with its speaker."""
    node = trigger
    while node.head.i != node.i:
        head = node.head
        if node.dep_ in _REPORTED and is_speech_verb(head, lex) and head.i != trigger.i:
            speaker, _ = clause_subject(head, lex)
            if speaker:
                cue = cue_of(head)
                return Source(speaker, cue, head)
        node = head
    return _inverted_source(node, trigger, lex)


def _inverted_source(root: Token, trigger: Token, lex: Lexicon) -> Source | None:
    """ "« ... », a déclaré le maire X": a speech verb after the quote, hung on its root as a parenthetical,
    whose speaker follows it (the parser reads the inverted subject as an object)."""
    for verb in root.children:
        if verb.dep_ != "parataxis" or verb.i < trigger.i or not is_speech_verb(verb, lex):
            continue
        # Its own subject, else the noun after it; never the quoted clause's subject it would inherit.
        speaker = [c for c in verb.children if c.dep_ in SUBJECTS] or [
            c for c in verb.children if c.dep_ in OBJECTS and c.i > verb.i
        ]
        if speaker:
            return Source(speaker, cue_of(verb), verb)
    return None


def according_to(sentence: Span, lex: Lexicon) -> list[tuple[Token, Token]]:
    """("selon"-token, source head) pairs in a sentence: "selon le ministre", "according to officials"."""
    out = []
    for token in sentence:
        for prep, comp in prepositional(token):
            if prep in lex.case("attribution"):
                marker = next((c for c in comp.children if c.dep_ in ("case", "fixed")), token)
                out.append((marker, comp))
    return out


@cache
def quote_pattern(lang: str) -> re.Pattern[str]:
    """One alternative per quotation form of the language (its language.yaml `quotes`), the quoted text
    in the group of its form."""
    forms = []
    for form in data(lang, "language")["quotes"]:
        opening, closing = re.escape(form["open"]), re.escape(form["close"])
        if form.get("multiline"):
            forms.append(rf"{opening}\s*([^{closing}]{{2,}}?)\s*{closing}")
        else:
            forms.append(rf"{opening}([^{closing}\n]{{2,}}?){closing}")
    return re.compile("|".join(forms))


def quote_spans(doc: Doc, lang: str) -> list[tuple[int, int]]:
    """Character spans of the quoted text (inside the marks) in the document."""
    out = []
    pattern = quote_pattern(lang)
    for match in pattern.finditer(doc.text):
        group = next(i for i in range(1, pattern.groups + 1) if match.group(i) is not None)
        if len(match.group(group).split()) >= 3:
            out.append((match.start(group), match.end(group)))
    return out
