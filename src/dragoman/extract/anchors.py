"""When and where: attaching date and place expressions to the trigger they govern.

A date belongs to the event whose clause it modifies ("se sont rencontrés le 12 mai"); a nominal
trigger takes the date of the clause it is an argument of ("En août 2021, le départ des troupes a
permis ..."); an infinitive complement and a coordinated clause share the date of their governor
("ouvert à Doha en 2013 et qui a été soutenu par ..."). Nothing else: an undated event stays undated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from dragoman.extract.lexicon import Lexicon
from dragoman.language.syntax import (
    CLAUSAL_COMPLEMENTS,
    OBJECTS,
    SUBJECTS,
    kids,
    objects,
    phrase_span,
    prepositional,
)
from dragoman.model import DateMention, Place, PlaceMention

_CLAUSE_POS = frozenset({"VERB", "AUX"})
_ARGUMENT_DEPS = SUBJECTS | OBJECTS | frozenset({"obl:arg", "iobj"})
_SHARED_CLAUSE_DEPS = frozenset({"xcomp", "conj"})


def _root_of(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _predicate_of(token: Token) -> Token | None:
    """The predicate a modifier attaches to: the first verb (or copular predicate) above it."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in _CLAUSE_POS or kids(node, frozenset({"cop"})):
            return node
    return node if node.pos_ in _CLAUSE_POS else None


def _dates_by_predicate(doc: Doc, mentions: Sequence[DateMention]) -> dict[int, DateMention]:
    by_pred: dict[int, DateMention] = {}
    text = doc.text  # joined anew from the tokens on every access
    for mention in mentions:
        if mention.start is None or mention.end is None or not text[mention.start : mention.end].strip():
            continue  # not in the parsed prose: a dateline, which the parser sees as blanks
        root = _root_of(doc, mention.start, mention.end)
        if root is None:
            continue
        attached = _predicate_of(root)
        pred = _later_conjunct(attached, root)
        # The nouns between the date and its verb may be triggers that own it ("la rencontre du 12 mai").
        node = root
        while node.head.i != node.i and (attached is None or node.i != attached.i):
            node = node.head
            if attached is not None and node.i == attached.i:
                break
            by_pred.setdefault(node.i, mention)
        if pred is not None:
            by_pred.setdefault(pred.i, mention)
    return by_pred


def _later_conjunct(pred: Token | None, date_root: Token) -> Token | None:
    """ "X a maintenu des relations et a rencontré ses dirigeants le mois dernier": a date after a
    coordinated verb belongs to that verb, whatever the parser attached it to."""
    if pred is None:
        return None
    between = [
        t for t in pred.subtree if t.dep_ == "conj" and t.pos_ in _CLAUSE_POS and pred.i < t.i < date_root.i
    ]
    return max(between, key=lambda t: t.i) if between else pred


class DateAnchors:
    """The date mentions of one document, indexed by the tokens they modify."""

    def __init__(self, doc: Doc, mentions: Sequence[DateMention]) -> None:
        self._by_token = _dates_by_predicate(doc, mentions)

    def date_for(self, trigger: Token, blocked: Callable[[Token], bool]) -> DateMention | None:
        """The date of the clause of `trigger`; `blocked(governor)` stops inheritance (speech, requests)."""
        own = self._by_token.get(trigger.i)
        if own is not None:
            return own
        if trigger.pos_ == "NOUN" and trigger.dep_ in _ARGUMENT_DEPS:
            pred = _predicate_of(trigger)
            if pred is not None and pred.i in self._by_token and not blocked(pred):
                return self._by_token[pred.i]
        node = trigger
        # Share the date of a governing clause through infinitive complements and coordination.
        while node.dep_ in _SHARED_CLAUSE_DEPS and node.head.i != node.i and not blocked(node.head):
            node = node.head
            if node.i in self._by_token:
                return self._by_token[node.i]
        return self._sibling_clause_date(trigger)

    def _sibling_clause_date(self, trigger: Token) -> DateMention | None:
        """ "le bureau que X a ouvert en 2013 et qui a été soutenu par Y": coordinated relative clauses."""
        if not any(c.dep_ == "cc" for c in trigger.children) or trigger.head.i == trigger.i:
            return None
        for sibling in trigger.head.children:
            if sibling.i < trigger.i and sibling.dep_ == trigger.dep_ and sibling.i in self._by_token:
                return self._by_token[sibling.i]
        return None


def place_for(
    trigger: Token,
    lex: Lexicon,
    lookup: Callable[[str], Place | None],
    possessor_place: Callable[[Token], Place | None],
) -> PlaceMention | None:
    """The place an event happened: "à Doha", "dans la ville afghane de Kandahar", "sur son territoire"."""
    for head in _place_heads(trigger):
        for prep, comp in prepositional(head):
            city_only = prep in lex.case("location_city")
            if not (city_only or prep in lex.case("location")):
                continue
            found = _place_in(comp, lookup, city_only)
            if found is None and comp.lemma_.lower() in lex.territory_nouns:
                place = possessor_place(comp)
                if place is not None:
                    span = phrase_span(comp)
                    found = PlaceMention(span.text, place, span.start_char, span.end_char)
            if found is not None:
                return found
    return None


def _place_heads(trigger: Token) -> list[Token]:
    # A place can hang off the object ("suspended aid deliveries in Baghdad") or, for a verb whose
    # complement says what it is about, off that complement ("threatened to ban voting in X").
    heads = [trigger, *objects(trigger)]
    for clause in kids(trigger, CLAUSAL_COMPLEMENTS):
        heads += [clause, *objects(clause)]
    # "le 12 mai à Kandahar": the parser often hangs the place off the date beside it.
    heads += _date_phrases(trigger)
    # A nominal trigger can hang off the place noun ("sur son territoire des négociations").
    if trigger.pos_ == "NOUN" and trigger.head.i != trigger.i and trigger.head.pos_ == "NOUN":
        heads.append(trigger.head)
        if trigger.head.head.pos_ in _CLAUSE_POS:
            heads.append(trigger.head.head)
    return heads


def _date_phrases(trigger: Token) -> list[Token]:
    """The numbered time modifiers of a clause: "le 12 mai" (obl), "on May 12" (prep + pobj)."""
    phrases = []
    for child in trigger.children:
        nouns = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        numbered = [n for n in nouns if n.like_num or any(c.like_num for c in n.children)]
        phrases += [n for n in numbered if n.dep_.startswith(("obl", "npadvmod", "pobj"))]
    return phrases


def _place_in(comp: Token, lookup: Callable[[str], Place | None], city_only: bool) -> PlaceMention | None:
    """A gazetteer place named by `comp` or by a name inside it ("la ville afghane de Kandahar")."""
    candidates = [comp] + [t for t in comp.subtree if t.i != comp.i and t.pos_ == "PROPN"]
    for token in candidates:
        span: Span = name_span(token)
        place = lookup(span.text)
        if place is not None and (not city_only or place.feature != "country"):
            return PlaceMention(span.text, place, span.start_char, span.end_char)
    return None


def name_span(token: Token) -> Span:
    """A proper name with its flat parts ("Kandahar", "Mazar-e Charif"), or the noun phrase."""
    parts = [token] + [c for c in token.children if c.dep_ in ("flat:name", "flat", "compound")]
    if token.pos_ == "PROPN" or len(parts) > 1:
        start = min(t.i for t in parts)
        end = max(t.i for t in parts)
        doc = token.doc
        # The parser splits some names ("Belo Horizonte"): take the whole run of capitalised words.
        while end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and not doc[end + 1].is_punct:
            end += 1
        return doc[start : end + 1]
    span = phrase_span(token)
    det = 0
    while det < len(span) - 1 and span[det].pos_ == "DET":
        det += 1
    return span[det:]
