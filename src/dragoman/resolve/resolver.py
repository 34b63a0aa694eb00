"""From an argument phrase in the parse to an actor: a known entity, an office holder on a date, an
unknown but described actor, or the entity an anaphor ("la milice", "le dirigeant", "ses dirigeants")
refers back to."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from dragoman.language.registry import data
from dragoman.language.syntax import OBJECTS, SUBJECTS, phrase_span
from dragoman.model import Entity, PartialDate
from dragoman.resolve.kb import KBEntry, KnowledgeBase
from dragoman.resolve.phrase import (
    GROUP_LABELS,
    PERSON_LABELS,
    head_words,
    is_definite,
    is_plural,
    is_possessive,
    is_restricted,
    names_of,
    proper_name_runs,
    trimmed,
    widened,
    without_determiners,
)

# Names stand for the head noun when attached to it like this ("le président Barack Obama").
_APPOSED = frozenset({"appos", "nmod", "flat:name", "flat", "compound"})
# Tokens that never head a mention of their own (they belong to the phrase of their head).
_INSIDE = frozenset({"flat:name", "flat", "compound", "amod", "fixed"})
# Kinds an anaphoric generic noun may refer back to ("le gouvernement" -> the country named before).
_COMPATIBLE = {
    "government": frozenset({"government", "state"}),
    "state": frozenset({"state", "government"}),
}
# Kinds of a generic noun that, beside a country, name that country's institution or people, not the
# country: "Syrian rebels" are Syria's rebels (ICEWS codes them SYRREB), not the Syrian state.
_INSTITUTIONS = frozenset(
    {"government", "military", "police", "media", "party", "civilians", "armed_group", "business"}
)
_LONGEST_TITLE = 7
# The kind of generic phrases that name no actor ("state of emergency" beside "state").
_NO_ACTOR = "none"
_LONGEST_GENERIC = 4


def _day(on: PartialDate | None) -> date | None:
    return on.first_day() if on else None


@dataclass(frozen=True)
class _Reading:
    """What a phrase says about its actor, read off the parse before deciding who it is."""

    names: list[Span]
    country: str | None
    org: KBEntry | None
    title: str | None
    generic: str | None
    generic_words: str | None


class DocumentResolver:
    """Resolves the actor phrases of one document; remembers earlier mentions for anaphora."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, lang: str, published: PartialDate | None) -> None:
        self.kb = kb
        self.doc = doc
        self.lang = lang
        self.definite_articles = frozenset(data(lang, "grammar")["definite_articles"])
        self.incoming_words = frozenset(data(lang, "grammar")["incoming_words"])
        self.published = published
        self._readings: dict[tuple[int, int], _Reading] = {}
        # The document's mentions, read from the start as far as anaphora has needed: (found, the next
        # token to read, the last token of the last mention).
        self._mentions: list[tuple[Entity, Span]] = []
        self._read_to, self._covered = 0, -1
        # Read once per document: `doc.ents` builds every span anew, and the phrases of a document are
        # widened and searched for names thousands of times.
        self._names = names_of(doc)
        self._people = [ent for ent in self._names if ent.label_ in PERSON_LABELS]
        # What each noun heads and the mention it makes do not depend on which scan asks (the whole
        # document for anaphora, a quote for what it is about), so each is worked out once.
        self._phrases: dict[int, Span] = {}
        self._mention_of: dict[int, tuple[Entity, Span] | None] = {}
        self._entries: dict[str, list[KBEntry]] = {}

    # -- public -------------------------------------------------------------------------------------
    def resolve(self, span: Span, on: PartialDate | None = None) -> Entity | None:
        """The actor `span` denotes on date `on` (else the publication date), or None if it is no actor."""
        when = _day(on) or _day(self.published)
        span = widened(trimmed(span), self._names)
        if not len(span):
            return None
        return self._phrase(span, when, anaphora=True)

    def _phrase(self, span: Span, when: date | None, anaphora: bool, capitals: bool = True) -> Entity | None:
        """The whole phrase, else its head alone when the rest is a misparse ("Les talibans contrôlent
        la ville" parsed as one noun phrase)."""
        found = self._direct(span, when, capitals) or self._described(span, when, anaphora)
        if found is not None:
            return found
        head = head_words(span, self._names)
        if (head.start == span.start and head.end == span.end) or self._generic_of(span)[0] == _NO_ACTOR:
            return None
        return self._direct(head, when, capitals) or self._described(head, when, anaphora)

    def mentions(self, within: Span | None = None) -> list[Entity]:
        """Every actor named or described in the document (or in a part of it), in text order, anaphors
        left out. Copies: the mentions anaphora looks back through stay as they were read."""
        found = self._mentions_before(len(self.doc)) if within is None else self._mention_spans(within)
        return [replace(entity) for entity, _ in found]

    def _mentions_before(self, end: int) -> list[tuple[Entity, Span]]:
        """The mentions of the document headed before token `end`, each read once: anaphora looks back
        through them, and an anaphor early in a document needs only what comes before it."""
        if end > self._read_to:
            found, self._covered = self._scan(self.doc[self._read_to : end], self._covered)
            self._mentions += found
            self._read_to = end
        return self._mentions

    def _mention_spans(self, within: Span) -> list[tuple[Entity, Span]]:
        return self._scan(within, -1)[0]

    def _scan(self, within: Span, covered: int) -> tuple[list[tuple[Entity, Span]], int]:
        """The mentions headed in `within`, given the last token already covered by one; and the last
        token the new ones cover."""
        out: list[tuple[Entity, Span]] = []
        for token in within:
            if token.i <= covered or token.pos_ not in ("NOUN", "PROPN") or token.dep_ in _INSIDE:
                continue
            span = self._phrase_of(token)
            if not len(span) or span.start <= covered:
                continue
            found = self._mention(token, span)
            if found is not None:
                out.append(found)
                covered = found[1].end - 1
        return out, covered

    def _phrase_of(self, token: Token) -> Span:
        if token.i not in self._phrases:
            self._phrases[token.i] = widened(trimmed(phrase_span(token)), self._names)
        return self._phrases[token.i]

    def _mention(self, token: Token, span: Span) -> tuple[Entity, Span] | None:
        """The actor the phrase `span` headed by `token` names, with the words the text used for it."""
        if token.i not in self._mention_of:
            # "à Doha" is a place; only "Doha a annoncé" makes a capital stand for its government.
            capitals = token.dep_ in SUBJECTS or token.dep_ in OBJECTS
            entity = self._phrase(span, _day(self.published), anaphora=False, capitals=capitals)
            if entity is None:
                self._mention_of[token.i] = None
            else:
                used = self.doc.char_span(entity.start or 0, entity.end or 0) or span
                self._mention_of[token.i] = (entity, used)
        return self._mention_of[token.i]

    def _lookup(self, surface: str) -> list[KBEntry]:
        """`kb.lookup`, remembered for the document: the windows of nested phrases repeat the same words.
        The list is shared, never to be changed."""
        if surface not in self._entries:
            self._entries[surface] = self.kb.lookup(surface)
        return self._entries[surface]

    @cached_property
    def _tiling(self) -> tuple[str, list[int], list[int]]:
        # `doc.text` joins every token anew on each access: kept here with where each token starts and ends.
        starts = [t.idx for t in self.doc]
        return self.doc.text, starts, [start + len(t) for start, t in zip(starts, self.doc, strict=True)]

    def _text(self, start: int, end: int) -> str:
        """`doc[start:end].text` without building the span: tokens and their trailing spaces tile the
        text, so the words from `start` to `end` are one slice of it."""
        text, starts, ends = self._tiling
        return text[starts[start] : ends[end - 1]]

    # -- named entities -----------------------------------------------------------------------------
    def _direct(self, span: Span, when: date | None, capitals: bool = True) -> Entity | None:
        """The whole phrase is a known name: "Human Rights Watch", "le Qatar", "Kaboul", "les Américains"."""
        text = without_determiners(span).text
        entries = self._lookup(text)
        if entries:
            return self._from_entry(_best(entries), span, when)
        iso3 = self.kb.country_of_capital(text) if capitals else None
        if iso3:
            return self._institution(span, iso3, "government", None)
        core = without_determiners(span)
        if len(core) == 1 and core[0].text[:1].isupper() and core[0].pos_ in ("NOUN", "PROPN"):
            iso3 = self.kb.country_of_adjective(text)
            if iso3:
                # "les Américains": the people of a country stand for it.
                country = self.kb.country_entry(iso3)
                return _entity(span, country.name, "state", iso3, country.id)
        return None

    def _from_entry(self, entry: KBEntry, span: Span, when: date | None, role: str | None = None) -> Entity:
        kind = entry.kind_on(when)
        country = entry.country_on(when)
        held = entry.role_on(when, role) if entry.kind == "person" else None
        affiliation = None
        if held is not None:
            role = held.role
            org = self.kb.entries.get(held.org) if held.org else None
            if org is not None:
                affiliation = org.name
                country = country or org.country_on(when)
            country = country or held.country
        return _entity(span, entry.name, kind, country, entry.id, role=role, affiliation=affiliation)

    def _institution(self, span: Span, iso3: str, kind: str, words: str | None) -> Entity:
        """A country's government, army, media...: "l'administration américaine", "Kaboul"."""
        country = self.kb.country_entry(iso3)
        if kind == "state":
            return _entity(span, country.name, kind, iso3, country.id)
        gloss = self.kb.gloss(words, self.lang, False, kind) if words else None
        return _entity(span, f"{country.name} {gloss or kind}", kind, iso3, country.id)

    # -- described actors ---------------------------------------------------------------------------
    def _read(self, span: Span, when: date | None) -> _Reading:
        # The same phrase is read again for each event, quote and anaphor that meets it; what it says
        # does not depend on the date.
        key = (span.start, span.end)
        if key not in self._readings:
            self._readings[key] = self._read_anew(span)
        return self._readings[key]

    def _read_anew(self, span: Span) -> _Reading:
        title = self._title_in(span)
        generic, words = self._generic_of(span) if title is None else (None, None)
        return _Reading(
            self._names_in(span), self._country_in(span), self._org_in(span), title, generic, words
        )

    def _described(self, span: Span, when: date | None, anaphora: bool) -> Entity | None:
        """A phrase built of a title or generic noun, a nationality, a name and an organisation."""
        r = self._read(span, when)
        named = self._named_person(span, r, when)
        if named is not None:
            return named
        if r.title is not None:
            return self._office(span, r, when, anaphora)
        if r.generic == _NO_ACTOR:
            return None
        if r.generic is not None:
            return self._generic(span, r, when, anaphora)
        root = span.root
        if r.org is not None and any(t.pos_ == "PROPN" and t.i <= root.i for t in span):
            # A known organisation named at or before the head: "Osama bin Laden's al-Qaeda terror
            # network", "l'Union africaine au travers de sa commission" (after the head, the name is an
            # owner or a topic: "les accords de Matignon").
            return self._from_entry(r.org, span, when)
        if r.names and r.names[0].label_ in GROUP_LABELS and _names_root(r.names[0], root):
            return _entity(span, r.names[0].text, "other", r.country, None)
        if root.pos_ == "PROPN" and root.text[:1].isupper() and self.kb.country_of_adjective(root.text):
            # "young Algerians", "ethnic Albanians": the people of a country, as "les Américains".
            return self._institution(span, self.kb.country_of_adjective(root.text) or "", "state", None)
        nationality = next(
            (
                iso3
                for c in root.children
                if c.dep_ in ("amod", "compound") and c.i < root.i
                for iso3 in [self.kb.country_of_adjective(c.text)]
                if iso3
            ),
            None,
        )
        if nationality is not None and is_plural(span) and root.pos_ in ("NOUN", "PROPN"):
            # Unnamed people of a country, a nationality before a plural: "Iraqi Kurds", "Russian advisers".
            return self._institution(span, nationality, "civilians", root.lower_)
        return None

    def _named_person(self, span: Span, r: _Reading, when: date | None) -> Entity | None:
        """A name beside a title or description: "le président Barack Obama", "X, directrice de HRW"."""
        for name in r.names:
            entries = [e for e in self._lookup(name.text) if r.org is None or e.id != r.org.id]
            # "l'armée du Qatar": a country beside a generic noun describes it, it is not the actor.
            fits = [
                e
                for e in entries
                if e.kind == "person" or (r.title is None and not (r.generic and _is_country(e)))
            ]
            if fits:
                return self._from_entry(_best(fits), span, when, role=r.title)
        person = next((n for n in r.names if n.label_ in PERSON_LABELS), None)
        if person is None and r.title is not None:
            person = self._apposed_person(span, commas=True)
        elif person is None and (r.generic is not None or span.root.pos_ == "NOUN"):
            # A name right after a noun is the one it describes, whether or not the noun is a known
            # title or kind of actor: "le premier secrétaire du PS Jean Dupont", "le chanteur Jean Dupont".
            person = self._apposed_person(span, commas=False)
        if person is None:
            return None
        # The name set beside the phrase is part of what the text used for this actor.
        span = self.doc[min(span.start, person.start) : max(span.end, person.end)]
        for entry in self._lookup(person.text):
            if entry.kind == "person":
                return self._from_entry(entry, span, when, role=r.title)
        country = r.country or (r.org.country_on(when) if r.org else None)
        return _entity(
            span,
            person.text,
            "person",
            country,
            None,
            role=r.title,
            affiliation=r.org.name if r.org else None,
        )

    def _office(self, span: Span, r: _Reading, when: date | None, anaphora: bool) -> Entity:
        """A title without a name: the holder on that date, else whom it points back to, else a gloss.
        Without a date the role is known, not the person: offices change hands, and the latest holder
        the knowledge base knows may not be the one the text speaks of."""
        assert r.title is not None
        office = r.org.id if r.org is not None else None
        incoming = any(t.lower_ in self.incoming_words for t in span)
        holder = (
            self.kb.holder(
                r.title, when, country=None if office else r.country, org=office, incoming=incoming
            )
            if when is not None
            else None
        )
        if holder is not None:
            return self._from_entry(holder, span, when, role=r.title)
        if anaphora and r.country is None and r.org is None and is_definite(span, self.definite_articles):
            if is_possessive(span):
                owner = self._possessor(span, when)
                if owner is not None:
                    return owner
            # "les dirigeants étrangers" are several: never the one person named before.
            found = None if is_plural(span) else self._antecedent_person(span, r.title, when)
            if found is not None:
                return found
        where = r.org.country_on(when) if r.org is not None else r.country
        of = r.org.name if r.org else self.kb.country_entry(r.country).name if r.country else None
        return _entity(
            span,
            f"{r.title} of {of}" if of else r.title,
            "person",
            where,
            None,
            role=r.title,
            affiliation=r.org.name if r.org else None,
        )

    def _generic(self, span: Span, r: _Reading, when: date | None, anaphora: bool) -> Entity:
        """A generic noun: the organisation or country beside it, else an earlier mention, else a gloss."""
        assert r.generic is not None
        if r.org is not None:
            return self._from_entry(r.org, span, when)
        if r.country is not None:
            kind = r.generic if r.generic in _INSTITUTIONS else "state"
            return self._institution(span, r.country, kind, r.generic_words)
        if anaphora and is_definite(span, self.definite_articles) and not is_restricted(span):
            found = (
                self._possessor(span, when, r.generic)
                if is_possessive(span)
                else self._antecedent(span, r.generic, when)
            )
            if found is not None:
                return found
        return _entity(span, self._gloss(span, r), r.generic, None, None)

    def _gloss(self, span: Span, r: _Reading) -> str:
        """An English name for a generic phrase: its glossed adjectives, then its noun."""
        assert r.generic is not None and r.generic_words is not None
        noun = self.kb.gloss(r.generic_words, self.lang, is_plural(span), r.generic) or r.generic
        inside = set(r.generic_words.casefold().split())
        adjectives = [
            gloss
            for child in span.root.children
            if child.dep_ == "amod" and child.lower_ not in inside
            for gloss in [self.kb.gloss_adjective(child.text, self.lang)]
            if gloss
        ]
        return " ".join([*adjectives, noun])

    def _apposed_person(self, span: Span, commas: bool) -> Span | None:
        """A person's name right after the phrase ("le journaliste français Jean Dupont"), or, beside a
        title, set off by a comma before or after it ("Christian Estrosi, le maire de Nice" / "le maire
        de Nice, Christian Estrosi"), whatever the parser attached it to."""
        doc = self.doc
        left = span.start - 1
        while left >= 0 and doc[left].pos_ == "DET":
            left -= 1
        for ent in self._people:
            if ent.start == span.end:
                return ent
            before = left >= 0 and ent.end == left and doc[left].text == ","
            after = span.end < len(doc) and ent.start == span.end + 1 and doc[span.end].text == ","
            if commas and (before or after):
                return ent
        return None

    def _names_in(self, span: Span) -> list[Span]:
        """Names that stand for the phrase's head: the head itself, or its apposition ("le président
        Barack Obama", "le Premier ministre, Mohamed bin Abdulrahman"), people first."""
        ents = [e for e in self._names if e.start >= span.start and e.end <= span.end]
        runs = [
            r for r in proper_name_runs(span) if not any(r.start >= e.start and r.end <= e.end for e in ents)
        ]
        root = span.root
        naming = [n for n in ents + runs if n.start <= root.i < n.end or _names_head(n, root)]
        return sorted(naming, key=lambda e: (e.label_ not in PERSON_LABELS, e.start))

    def _country_in(self, span: Span) -> str | None:
        """The country the phrase is of: a nationality word ("qatari", "Qatari"), else a country name."""
        for token in span:
            if token.i != span.root.i or token.pos_ == "ADJ":
                # Two-word nationalities first: "South Korean", "North Korean", "South African".
                pair = span.doc[token.i - 1 : token.i + 1].text if token.i > span.start else None
                iso3 = pair and self.kb.country_of_adjective(pair)
                iso3 = iso3 or self.kb.country_of_adjective(token.text)
                if iso3:
                    return iso3
        for run in proper_name_runs(span):
            iso3 = self.kb.country_of_name(run.text) or self.kb.country_of_capital(run.text)
            if iso3:
                return iso3
        for token in span:
            iso3 = self.kb.country_of_name(token.text) if token.pos_ in ("PROPN", "NOUN") else None
            if iso3:
                return iso3
        return None

    def _org_in(self, span: Span) -> KBEntry | None:
        """An organisation named inside the phrase ("chef des talibans", "experts de l'ONU")."""
        for size in range(min(len(span), 8), 0, -1):
            for start in range(span.start, span.end - size + 1):
                for entry in self._lookup(self._text(start, start + size)):
                    if entry.kind != "person" and not _is_country(entry):
                        return entry
        return None

    def _title_in(self, span: Span) -> str | None:
        """The longest title of the head or its apposition, by words or lemmas ("Premier ministre")."""
        # "le ministre belge des Affaires étrangères": the nationality sits inside the title.
        tokens = [t for t in span if not t.is_punct and not self._nationality(t)]
        heads = {span.root.i} | {c.i for c in span.root.children if c.dep_ == "appos"}
        for size in range(min(len(tokens), _LONGEST_TITLE), 0, -1):
            for i in range(len(tokens) - size + 1):
                window = tokens[i : i + size]
                if window[0].pos_ in ("DET", "ADP") or not heads & {t.i for t in window}:
                    continue
                for text in _forms(window):
                    role = self.kb.title(text, self.lang)
                    if role:
                        return role
        return None

    def _nationality(self, token: Token) -> bool:
        return token.pos_ in ("ADJ", "PROPN") and self.kb.country_of_adjective(token.text) is not None

    def _generic_of(self, span: Span) -> tuple[str | None, str | None]:
        """The kind a generic head denotes and the words that say so, longest first ("forces de l'ordre",
        "communauté internationale", "security forces", "pays")."""
        root = span.root
        words = [t for t in span if not t.is_punct]
        for size in range(min(len(words), _LONGEST_GENERIC), 0, -1):
            for i in range(len(words) - size + 1):
                window = words[i : i + size]
                if (
                    root not in window
                    or window[0].pos_ in ("DET", "ADP")
                    or window[-1].pos_ in ("DET", "ADP")
                ):
                    continue
                for text in _forms(window):
                    kind = self.kb.generic_kind(text, self.lang)
                    if kind:
                        return kind, text
        return None, None

    # -- anaphora -----------------------------------------------------------------------------------
    def _earlier(self, span: Span, coarguments: bool = False) -> list[tuple[Entity, Span]]:
        """Mentions before `span`, nearest first; without its co-arguments unless asked ("les talibans ont
        attaqué la milice": the militia is not the Taliban; "ils ont remplacé leurs chefs": they own them)."""
        head = span.root.head
        return [
            (e, s)
            for e, s in reversed(self._mentions_before(span.start))
            if s.end <= span.start and (coarguments or s.root.head.i != head.i or s.root.dep_ == "ROOT")
        ]

    def _again(self, entity: Entity, span: Span, when: date | None) -> Entity:
        """An earlier mention said again by `span`, as it was on the new date."""
        entry = self.kb.entries.get(entity.id or "")
        if entry is None:
            return _entity(
                span, entity.name, entity.kind, entity.country, None, entity.role, entity.affiliation
            )
        return self._from_entry(entry, span, when, role=entity.role)

    def _kinds(self, entity: Entity) -> frozenset[str]:
        entry = self.kb.entries.get(entity.id or "")
        return frozenset({entity.kind}) | (entry.kinds_ever() if entry else frozenset())

    def _antecedent(self, span: Span, kind: str, when: date | None) -> Entity | None:
        """The nearest earlier known mention of a compatible kind ("la milice" -> the Taliban, ever an
        armed group); "le gouvernement" after a country is that country's government."""
        wanted = _COMPATIBLE.get(kind, frozenset({kind}))
        plural = is_plural(span)
        for entity, _ in self._earlier(span):
            kinds = self._kinds(entity)
            if entity.id is None or not kinds & wanted:
                continue
            if plural and kinds <= {"state", "government", "person"}:
                continue  # "les pays" never stands for one country
            if entity.kind == "state" and kind != "state" and entity.country:
                return self._institution(span, entity.country, kind, None)
            return self._again(entity, span, when)
        return None

    def _antecedent_person(self, span: Span, role: str, when: date | None) -> Entity | None:
        """ "le dirigeant": the nearest earlier holder of that role, else the nearest person of an
        earlier sentence (within one sentence two titles are usually two people)."""
        earlier = [(e, s) for e, s in self._earlier(span) if e.kind == "person"]
        same = next((e for e, _ in earlier if e.role == role), None)
        if same is None:
            sentence = span.root.sent.start
            same = next((e for e, s in earlier if s.start < sentence), None)
        return self._again(same, span, when) if same is not None else None

    def _possessor(self, span: Span, when: date | None, kind: str | None = None) -> Entity | None:
        """ "ses dirigeants", "son armée": the nearest earlier organisation or country owns the head."""
        for entity, _ in self._earlier(span, coarguments=True):
            if entity.kind == "person" or entity.id is None:
                continue
            if entity.kind == "state" and kind in _INSTITUTIONS and entity.country:
                return self._institution(span, entity.country, kind or "government", None)
            return self._again(entity, span, when)
        return None


def _forms(window: list[Token]) -> tuple[str, str]:
    return " ".join(t.text for t in window), " ".join(t.lemma_ for t in window)


def _names_root(name: Span, root: Token) -> bool:
    """The name is the head word itself, capitalised (the parser tags "Médiapart" a common noun)."""
    return name.start <= root.i < name.end and root.text[:1].isupper()


def _names_head(name: Span, root: Token) -> bool:
    """A name in apposition to (or naming) the head noun of a title or generic phrase."""
    top = name.root
    if top.head.i != root.i or root.pos_ != "NOUN":
        return False
    # A person's name hung on the title by any label but a preposition ("le premier ministre de l'île
    # Wade [amod] MacLauchlan") is the title's holder.
    person = name.label_ in PERSON_LABELS and not any(c.dep_ == "case" for c in top.children)
    return top.dep_ in _APPOSED or person


def _is_country(entry: KBEntry) -> bool:
    return entry.id.startswith("kb:country:")


def _best(entries: list[KBEntry]) -> KBEntry:
    """Among homonyms prefer organisations and people over countries (a name is more specific)."""
    return sorted(entries, key=_is_country)[0]


def _entity(
    span: Span,
    name: str,
    kind: str,
    country: str | None,
    eid: str | None,
    role: str | None = None,
    affiliation: str | None = None,
) -> Entity:
    return Entity(
        text=span.text,
        name=name,
        kind=kind,
        country=country,
        id=eid,
        role=role,
        affiliation=affiliation,
        start=span.start_char,
        end=span.end_char,
    )
