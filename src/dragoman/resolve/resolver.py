"""From an argument phrase in the parse to an actor: a known entity, an office holder on a date, an
unknown but described actor, or the entity an anaphor ("la milice", "le dirigeant") refers back to."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from dragoman.language.syntax import feats, phrase_span
from dragoman.model import Entity, PartialDate
from dragoman.resolve.kb import KBEntry, KnowledgeBase

_NAME_LABELS = frozenset({"PER", "PERSON", "ORG", "LOC", "GPE", "MISC", "NORP"})
_PERSON_LABELS = frozenset({"PER", "PERSON"})
_DROP_EDGES = frozenset({"DET", "PUNCT", "ADP", "CCONJ", "SCONJ", "SPACE"})
_DROP_DEPS = frozenset({"case", "det", "mark", "cc", "punct", "fixed"})
_DEFINITE = frozenset({"Def"})
_APPOSED = frozenset({"appos", "nmod", "flat:name", "flat", "compound", "nsubj"})
# Kinds an anaphoric generic noun may refer back to ("la milice" -> an armed group ever since).
_COMPATIBLE = {
    "armed_group": {"armed_group"},
    "government": {"government", "state"},
    "state": {"state", "government"},
    "military": {"military"},
    "igo": {"igo"},
    "ngo": {"ngo"},
    "media": {"media"},
    "party": {"party"},
}


def _day(on: PartialDate | None) -> date | None:
    return on.first_day() if on else None


class DocumentResolver:
    """Resolves the actor phrases of one document; remembers earlier mentions for anaphora."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, lang: str, published: PartialDate | None) -> None:
        self.kb = kb
        self.doc = doc
        self.lang = lang
        self.published = published
        self._mentions: list[Entity] | None = None

    # -- public -------------------------------------------------------------------------------------
    def resolve(self, span: Span, on: PartialDate | None = None) -> Entity | None:
        """The actor `span` denotes on date `on` (else the publication date), or None if it is no actor."""
        when = _day(on) or _day(self.published)
        span = self._whole_names(_trim(span))
        if not len(span):
            return None
        found = self._direct(span, when)
        if found is not None:
            return found
        return self._described(span, when, allow_anaphora=True)

    def _whole_names(self, span: Span) -> Span:
        """Never cut a name the tagger found: "le Conseil de sécurité des Nations [unies]"."""
        start, end = span.start, span.end
        for ent in self.doc.ents:
            if ent.start < end and ent.end > start and ent.label_ in _NAME_LABELS:
                start, end = min(start, ent.start), max(end, ent.end)
        return self.doc[start:end]

    def mentions(self) -> list[Entity]:
        """Every actor named or described in the document, in text order (no anaphora)."""
        if self._mentions is None:
            out: list[Entity] = []
            seen: set[int] = set()
            when = _day(self.published)
            for token in self.doc:
                if token.i in seen or token.pos_ not in ("NOUN", "PROPN"):
                    continue
                if token.dep_ in ("flat:name", "flat", "compound", "amod", "fixed"):
                    continue
                span = _trim(phrase_span(token))
                if not len(span):
                    continue
                entity = self._direct(span, when) or self._described(span, when, allow_anaphora=False)
                if entity is not None:
                    out.append(entity)
                    seen.update(range(span.start, span.end))
            self._mentions = out
        return self._mentions

    # -- named entities -----------------------------------------------------------------------------
    def _direct(self, span: Span, when: date | None) -> Entity | None:
        """The whole phrase is a known name: "Human Rights Watch", "le Qatar", "Kaboul"."""
        return self._named(span.text, span, when, as_actor=True)

    def _named(self, text: str, span: Span, when: date | None, as_actor: bool) -> Entity | None:
        entries = self.kb.lookup(text)
        if entries:
            return self._from_entry(_best(entries), span, when)
        iso3 = self.kb.country_of_capital(text)
        if iso3 and as_actor:
            country = self.kb.country_entry(iso3)
            return _entity(span, country.name, "government", iso3, country.id)
        iso3 = (
            self.kb.country_of_adjective(text)
            if len(span) == 1 and span[0].pos_ in ("NOUN", "PROPN")
            else None
        )
        if iso3 and span[0].text[:1].isupper():
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
            if held.org:
                org = self.kb.entries.get(held.org)
                affiliation = org.name if org else None
                country = country or (org.country_on(when) if org else None)
            else:
                country = country or held.country
        return _entity(span, entry.name, kind, country, entry.id, role=role, affiliation=affiliation)

    # -- described actors ---------------------------------------------------------------------------
    def _described(self, span: Span, when: date | None, allow_anaphora: bool) -> Entity | None:
        """A phrase built of a title or generic noun, a nationality, a name and an organisation."""
        names = self._names_in(span)
        country = self._country_in(span)
        org = self._org_in(span, when)
        title, _ = self._title_in(span)
        generic = self._generic_of(span)

        person_name = next((n for n in names if n.label_ in _PERSON_LABELS), None)
        if person_name is None and title is not None:
            person_name = self._apposed_person(span)
        for name in names:
            entries = self.kb.lookup(name.text)
            if entries:
                entry = _best(entries)
                if entry.kind == "person" or title is None:
                    if org is not None and entry.id == org.id and title is not None:
                        break
                    return self._from_entry(entry, span, when, role=title)
        if person_name is not None and (title is not None or not org):
            return _entity(
                span,
                person_name.text,
                "person",
                country or (org.country_on(when) if org else None),
                None,
                role=title,
                affiliation=org.name if org else None,
            )
        if title is not None:
            office = org.id if org is not None else None
            holder = self.kb.holder(title, when, country=None if office else country, org=office)
            if holder is None and allow_anaphora and country is None and org is None and _is_definite(span):
                found = self._antecedent(span, "person", when, role=title)
                if found is not None:
                    return found
            if holder is not None:
                return self._from_entry(holder, span, when, role=title)
            where = org.country_on(when) if org is not None else country
            of = org.name if org else self.kb.country_entry(country).name if country else None
            gloss = f"{title} of {of}" if of else title
            return _entity(
                span, gloss, "person", where, None, role=title, affiliation=org.name if org else None
            )
        if generic is not None:
            if org is not None:
                return _entity(span, org.name, org.kind_on(when), org.country_on(when), org.id)
            if country is not None:
                entry = self.kb.country_entry(country)
                return _entity(span, entry.name, generic, country, entry.id)
            if allow_anaphora and _is_definite(span) and not _restricted(span):
                found = self._antecedent(span, generic, when)
                if found is not None:
                    return found
            return _entity(span, span.text, generic, None, None)
        if org is not None and len(span) <= 4:
            return _entity(span, org.name, org.kind_on(when), org.country_on(when), org.id)
        if country is not None and span.root.pos_ == "PROPN":
            entry = self.kb.country_entry(country)
            return _entity(span, entry.name, "state", country, entry.id)
        if names and span.root.pos_ == "PROPN" and names[0].label_ in ("ORG",):
            return _entity(span, names[0].text, "other", country, None)
        return None

    def _apposed_person(self, span: Span) -> Span | None:
        """ "Christian Estrosi, le maire de Nice, ..." / "le maire de Nice, Christian Estrosi, ...": a
        person's name set off by a comma right before or after a title, whatever the parser attached."""
        left = span.start - 1
        while left >= 0 and self.doc[left].pos_ == "DET":
            left -= 1
        for ent in self.doc.ents:
            if ent.label_ not in _PERSON_LABELS:
                continue
            before = left >= 0 and ent.end == left and self.doc[left].text == ","
            after = ent.start == span.end + 1 and self.doc[span.end].text == ","
            if before or after:
                return ent
        return None

    def _names_in(self, span: Span) -> list[Span]:
        """Names that stand for the phrase's head: the head itself, or its apposition ("le président
        Barack Obama", "le Premier ministre, Mohamed bin Abdulrahman"), people first."""
        ents = [
            e
            for e in self.doc.ents
            if e.start >= span.start and e.end <= span.end and e.label_ in _NAME_LABELS
        ]
        propn = _propn_runs(span)
        names = ents + [p for p in propn if not any(p.start >= e.start and p.end <= e.end for e in ents)]
        root = span.root
        naming = [n for n in names if n.start <= root.i < n.end or _names_head(n, root)]
        return sorted(naming, key=lambda e: (e.label_ not in _PERSON_LABELS, e.start))

    def _country_in(self, span: Span) -> str | None:
        for token in span:
            if token.pos_ == "ADJ" or token.dep_ in ("amod", "flat:name"):
                iso3 = self.kb.country_of_adjective(token.text)
                if iso3:
                    return iso3
        for run in _propn_runs(span):
            iso3 = self.kb.country_of_name(run.text) or self.kb.country_of_capital(run.text)
            if iso3:
                return iso3
        for token in span:
            iso3 = self.kb.country_of_name(token.text) if token.pos_ in ("PROPN", "NOUN") else None
            if iso3:
                return iso3
        return None

    def _org_in(self, span: Span, when: date | None) -> KBEntry | None:
        """An organisation named inside the phrase ("chef des talibans", "experts de l'ONU")."""
        for size in range(min(len(span), 8), 0, -1):
            for start in range(span.start, span.end - size + 1):
                part = self.doc[start : start + size]
                for entry in self.kb.lookup(part.text):
                    if entry.kind != "person" and not entry.id.startswith("kb:country:"):
                        return entry
        return None

    def _title_in(self, span: Span) -> tuple[str | None, list[Token]]:
        """The longest title phrase in the span, by surface words or lemmas ("Premier ministre")."""
        # "le ministre belge des Affaires étrangères": the nationality sits inside the title.
        tokens = [t for t in span if not t.is_punct and not self._nationality(t)]
        # The title is the head's own ("le Premier ministre qatari") or its apposition's ("X, le maire").
        heads = {span.root.i} | {c.i for c in span.root.children if c.dep_ == "appos"}
        for size in range(min(len(tokens), 7), 0, -1):
            for i in range(len(tokens) - size + 1):
                window = tokens[i : i + size]
                if window[0].pos_ in ("DET", "ADP") or not heads & {t.i for t in window}:
                    continue
                for text in (" ".join(t.text for t in window), " ".join(t.lemma_ for t in window)):
                    role = self.kb.title(text, self.lang)
                    if role:
                        return role, window
        return None, []

    def _nationality(self, token: Token) -> bool:
        return token.pos_ == "ADJ" and self.kb.country_of_adjective(token.text) is not None

    def _generic_of(self, span: Span) -> str | None:
        """The kind a generic head noun denotes, with its adjectives first ("communauté internationale")."""
        head = span.root
        adjectives = [t for t in head.children if t.dep_ == "amod" and t.i > head.i]
        for words in ([head, *adjectives], [head]):
            for form in (" ".join(t.text for t in words), " ".join(t.lemma_ for t in words)):
                kind = self.kb.generic_kind(form, self.lang)
                if kind:
                    return kind
        return None

    # -- anaphora -----------------------------------------------------------------------------------
    def _antecedent(self, span: Span, kind: str, when: date | None, role: str | None = None) -> Entity | None:
        """The nearest earlier mention of a compatible kind ("la milice" -> the Taliban); for a title
        ("le dirigeant"), the nearest person who held that role, else the nearest person."""
        wanted = _COMPATIBLE.get(kind, {kind})
        plural = "Plur" in feats(span.root, "Number")
        candidates = []
        for mention in reversed(self.mentions()):
            if mention.start is None or mention.start >= span.start_char:
                continue
            if mention.id is None and mention.kind != "person":
                continue
            kinds = {mention.kind}
            entry = self.kb.entries.get(mention.id or "")
            if entry is not None:
                kinds |= {entry.kind} | {p.kind for p in entry.periods if p.kind}
            # A plural phrase ("les pays") never stands for one country or one person.
            if (
                plural
                and kinds & {"state", "person"}
                and not (entry and entry.kind in ("armed_group", "igo"))
            ):
                continue
            if kinds & wanted:
                candidates.append(mention)
        if role is not None:
            # "le dirigeant" is the leader named before, never just any person.
            candidates = [c for c in candidates if c.role == role]
        if not candidates:
            return None
        return replace(candidates[0], text=span.text, start=span.start_char, end=span.end_char)


def _names_head(name: Span, root: Token) -> bool:
    """A name in apposition to (or naming) the head noun of a title or generic phrase."""
    top = name.root
    return top.head.i == root.i and top.dep_ in _APPOSED and root.pos_ == "NOUN"


def _best(entries: list[KBEntry]) -> KBEntry:
    """Among homonyms prefer organisations and people over countries (a name is more specific)."""
    return sorted(entries, key=lambda e: e.id.startswith("kb:country:"))[0]


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


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].pos_ in _DROP_EDGES or doc[start].is_space or doc[start].dep_ in _DROP_DEPS
    ):
        start += 1
    while end > start and (doc[end - 1].pos_ in _DROP_EDGES or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def _propn_runs(span: Span) -> list[Span]:
    runs: list[Span] = []
    i = span.start
    doc = span.doc
    while i < span.end:
        if doc[i].pos_ == "PROPN" or (
            doc[i].text[:1].isupper() and doc[i].pos_ in ("NOUN", "ADJ") and i > span.start
        ):
            j = i
            while j + 1 < span.end and (
                doc[j + 1].pos_ == "PROPN"
                or doc[j + 1].text in ("-", "bin", "ben", "al", "el")
                or doc[j + 1].text[:1].isupper()
            ):
                j += 1
            runs.append(doc[i : j + 1])
            i = j + 1
        else:
            i += 1
    return runs


def _is_definite(span: Span) -> bool:
    first = span.doc[span.start - 1] if span.start > 0 else None
    dets = [t for t in span.root.children if t.dep_ in ("det", "poss", "nmod:poss")]
    if first is not None and first.pos_ == "DET":
        dets.append(first)
    return any(set(feats(d, "Definite")) & _DEFINITE or feats(d, "Poss") or d.lower_ == "the" for d in dets)


def _restricted(span: Span) -> bool:
    """ "les pays qui n'ont pas reconnu ...": a relative clause that picks out new referents, not old ones."""
    return any(c.dep_ in ("acl:relcl", "relcl") for c in span.root.children)
