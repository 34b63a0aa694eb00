"""The actor knowledge base: countries, organisations and people with roles bounded in time.

Loaded once from the packaged YAML files in resolve/data/ (and any user files in the same format) into
exact-match indexes keyed by folded surface forms (dragoman.normalize.fold).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import pycountry
import yaml

from dragoman.errors import KnowledgeBaseError
from dragoman.language.registry import data, supported
from dragoman.model import ENTITY_KINDS
from dragoman.normalize import fold

# The C loader reads the 300 kB of packaged YAML about five times faster than the pure-Python one.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _covers(start: date | None, end: date | None, on: date) -> bool:
    """Bounds are inclusive; a missing bound is open."""
    return (start is None or start <= on) and (end is None or on <= end)


@dataclass(frozen=True)
class Role:
    """An office held between two dates, of a state (`country`) or of an organisation (`org`, a KB id)."""

    role: str
    country: str | None
    org: str | None
    start: date | None
    end: date | None

    def covers(self, on: date) -> bool:
        return _covers(self.start, self.end, on)


# How near an office's start must be to the date for "the new president" to be its holder: the weeks between
# an election and an inauguration, and the first months in office.
INCOMING_DAYS = 120


@dataclass(frozen=True)
class Period:
    """A span of time in which an entity had another kind or country (the Taliban after 15 Aug 2021)."""

    kind: str | None
    country: str | None
    start: date | None
    end: date | None

    def covers(self, on: date) -> bool:
        return _covers(self.start, self.end, on)


@dataclass(frozen=True)
class KBEntry:
    """A canonical actor; `kind` and `country` are defaults that `periods` override for a time."""

    id: str
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    periods: tuple[Period, ...] = ()

    def _period(self, on: date | None) -> Period | None:
        # Without a date, the present state of the entity is the best guess.
        day = on or date.today()
        return next((p for p in self.periods if p.covers(day)), None)

    def kind_on(self, on: date | None) -> str:
        period = self._period(on)
        return period.kind if period and period.kind else self.kind

    def country_on(self, on: date | None) -> str | None:
        period = self._period(on)
        return period.country if period and period.country else self.country

    def kinds_ever(self) -> frozenset[str]:
        """Every kind the entity had at some time ("la milice" may name today's Taliban government)."""
        return frozenset({self.kind} | {p.kind for p in self.periods if p.kind})

    def role_on(self, on: date | None, role: str | None = None) -> Role | None:
        """The role held on a date (the named one if given), else the most recent one."""
        candidates = [r for r in self.roles if role is None or r.role == role]
        if on is not None:
            held = [r for r in candidates if r.covers(on)]
            if held:
                return held[0]
        return max(candidates, key=lambda r: r.start or date.min, default=None)


@dataclass(frozen=True)
class Glosses:
    """English glosses of one language's generic actor words, so that unnamed actors get English names."""

    nouns: dict[str, tuple[str, str]]  # folded noun phrase -> (singular, plural)
    adjectives: dict[str, str]
    identity: bool  # the language is English: a noun without a gloss is its own gloss


@dataclass
class KnowledgeBase:
    """Exact-match indexes over the entries and the language tables (titles, generic nouns, glosses)."""

    entries: dict[str, KBEntry] = field(default_factory=dict)
    _aliases: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # (folded alias, entry id) of the aliases written without a capital ("talibans", "diplomatie française")
    _written_lower: set[tuple[str, str]] = field(default_factory=set)
    _adjectives: dict[str, str] = field(default_factory=dict)
    _country_names: dict[str, str] = field(default_factory=dict)
    _capitals: dict[str, str] = field(default_factory=dict)
    _titles: dict[str, dict[str, str]] = field(default_factory=dict)
    _generic: dict[str, dict[str, str]] = field(default_factory=dict)
    _glosses: dict[str, Glosses] = field(default_factory=dict)
    _kind_glosses: dict[str, tuple[str, str]] = field(default_factory=dict)
    _offices: dict[tuple[str, str], list[tuple[Role, str]]] = field(default_factory=lambda: defaultdict(list))

    # -- loading ------------------------------------------------------------------------------------
    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> KnowledgeBase:
        """The packaged knowledge base (built once per process) plus the user's files (`--kb`)."""
        if not extra:
            return _packaged()
        return cls.read(resources.files("dragoman.resolve").joinpath("data"), extra)

    @classmethod
    def read(cls, directory: Traversable | Path, extra: Sequence[Path] = ()) -> KnowledgeBase:
        """A knowledge base from a directory laid out like resolve/data/ (tests use small ones)."""
        kb = cls()
        kb._read_countries(directory / "countries.yaml")
        for name, person in (("organizations.yaml", False), ("people.yaml", True)):
            items = _yaml(directory / name)
            if not isinstance(items, list):
                raise KnowledgeBaseError("expected a list of entries", where=str(directory / name))
            for n, item in enumerate(items, 1):
                kb._add_entry(_entry(item, _where(directory / name, "entry", n, item), person))
        for lang in supported():
            kb._read_titles(lang, data(lang, "titles"))
        kb._read_glosses(_yaml(directory / "glosses.yaml"))
        for path in extra:
            kb._add_user_file(path)
        return kb

    def _read_countries(self, path: Traversable | Path) -> None:
        raw = _yaml(path)
        if not isinstance(raw, dict):
            raise KnowledgeBaseError("expected a mapping from ISO 3166 alpha-3 codes", where=str(path))
        for iso3, langs in raw.items():
            if not isinstance(langs, dict):
                raise KnowledgeBaseError("expected {fr: ..., en: ...}", where=f"{path}: {iso3}")
            names: list[str] = []
            for spec in langs.values():
                names += spec.get("names") or []
                for adj in spec.get("adjectives") or []:
                    self._adjectives.setdefault(fold(adj), iso3)
                for cap in spec.get("capitals") or []:
                    self._capitals.setdefault(fold(cap), iso3)
            for name in names:
                self._country_names.setdefault(fold(name), iso3)
            english = (langs.get("en") or {}).get("names") or [iso3]
            self._add_entry(
                KBEntry(f"kb:country:{iso3}", _country_name(iso3, english[0]), "state", iso3, tuple(names))
            )

    def _read_titles(self, lang: str, raw: Any) -> None:
        raw = raw or {}
        self._titles[lang] = {fold(k): str(v) for k, v in (raw.get("titles") or {}).items()}
        self._generic[lang] = {fold(k): str(v) for k, v in (raw.get("generic") or {}).items()}

    def _read_glosses(self, raw: Any) -> None:
        raw = raw or {}
        self._kind_glosses = {k: _pair(v) for k, v in (raw.get("kinds") or {}).items()}
        for lang in supported():
            spec = data(lang, "glosses")
            self._glosses[lang] = Glosses(
                nouns={fold(k): _pair(v) for k, v in (spec.get("nouns") or {}).items()},
                adjectives={fold(k): str(v) for k, v in (spec.get("adjectives") or {}).items()},
                identity=bool(spec.get("identity", False)),
            )

    def _add_entry(self, entry: KBEntry) -> None:
        self.entries[entry.id] = entry
        for alias in (entry.name, *entry.aliases):
            key = fold(alias)
            if key and entry.id not in self._aliases[key]:
                self._aliases[key].append(entry.id)
            if key and not _capitalised(alias):
                self._written_lower.add((key, entry.id))
        for role in entry.roles:
            self._offices[(role.role, role.country or role.org or "")].append((role, entry.id))

    def _add_user_file(self, path: Path) -> None:
        """A user file holds `organizations:` and/or `people:` lists, or one list of entries with a kind."""
        raw = _yaml(path)
        if isinstance(raw, list):
            groups: dict[str, Any] = {"entries": raw}
        elif isinstance(raw, dict) and set(raw) <= {"organizations", "people"}:
            groups = raw
        else:
            raise KnowledgeBaseError(
                "expected a list of entries, or a mapping with keys `organizations` and/or `people`",
                where=str(path),
            )
        for key, items in groups.items():
            if not isinstance(items, list):
                raise KnowledgeBaseError(f"`{key}` must be a list of entries", where=str(path))
            for n, item in enumerate(items, 1):
                person = key == "people" or (
                    isinstance(item, dict) and (item.get("kind") == "person" or "roles" in item)
                )
                self._add_entry(_entry(item, _where(path, f"{key} entry", n, item), person))

    # -- lookups ------------------------------------------------------------------------------------
    def lookup(self, surface: str) -> list[KBEntry]:
        """Entries with this alias; a short alias (AU, US, WHO) only matches when written in capitals, and a
        single word without a capital only an alias written so ("talibans"): in cased text "la libération
        des otages" and "la réunion" are common nouns, not the newspaper or the island."""
        key = fold(surface)
        if len(key.replace(" ", "")) <= 3:
            letters = [c for c in surface if c.isalpha()]
            if not (letters and all(c.isupper() for c in letters)):
                return []  # "Un homme", "Us" at the start of a sentence are not the UN or the US
        ids = self._aliases.get(key, ())
        if not _capitalised(surface) and len(key.split()) == 1:
            ids = [i for i in ids if (key, i) in self._written_lower]
        return [self.entries[i] for i in ids]

    def country_of_adjective(self, word: str) -> str | None:
        """ "qatari", "américaine", "Afghans" -> ISO3."""
        return self._adjectives.get(fold(word))

    def country_of_name(self, surface: str) -> str | None:
        """ "Russie", "les États-Unis", "Qatar" -> ISO3."""
        return self._country_names.get(fold(surface))

    def country_of_capital(self, surface: str) -> str | None:
        """ "Kaboul", "Washington" -> ISO3: a capital named as an actor stands for the government."""
        return self._capitals.get(fold(surface))

    def country_entry(self, iso3: str) -> KBEntry:
        """The state entry kb:country:ISO3 (a bare one for a code the data does not list)."""
        return self.entries.get(f"kb:country:{iso3}") or KBEntry(
            f"kb:country:{iso3}", _country_name(iso3, iso3), "state", iso3
        )

    def title(self, phrase: str, lang: str) -> str | None:
        """ "Premier ministre" -> "prime minister" (the canonical English role)."""
        return self._titles.get(lang, {}).get(fold(phrase))

    def generic_kind(self, noun: str, lang: str) -> str | None:
        """ "milice" -> "armed_group": the kind of actor a generic noun denotes."""
        return self._generic.get(lang, {}).get(fold(noun))

    def gloss(self, noun: str, lang: str, plural: bool, kind: str | None = None) -> str | None:
        """An English name for a generic noun phrase ("troupes" -> "troops"), else for its kind."""
        glosses = self._glosses.get(lang)
        pair = glosses.nouns.get(fold(noun)) if glosses else None
        if pair is None and glosses is not None and glosses.identity:
            return " ".join(noun.lower().split())
        if pair is None and kind is not None:
            pair = self._kind_glosses.get(kind)
        if pair is None:
            return None
        return pair[1] if plural else pair[0]

    def gloss_adjective(self, word: str, lang: str) -> str | None:
        """ "internationales" -> "international"; only adjectives worth keeping in a generic name."""
        glosses = self._glosses.get(lang)
        return glosses.adjectives.get(fold(word)) if glosses else None

    def holder(
        self,
        role: str,
        on: date | None,
        country: str | None = None,
        org: str | None = None,
        incoming: bool = False,
    ) -> KBEntry | None:
        """Who held an office (of `country` or of the organisation `org`) on a date; without a date, the
        latest holder known, who is the present one when the data is up to date. `incoming` ("the new
        president"): the one who took or takes office within a few months of that date, if any."""
        holders = self._offices.get((role, country or org or ""), [])
        if on is not None and incoming:
            near = [
                (r.start, eid)
                for r, eid in holders
                if r.start is not None and abs((r.start - on).days) <= INCOMING_DAYS
            ]
            if near:
                return self.entries[max(near)[1]]
        if on is not None:
            current = [eid for r, eid in holders if r.covers(on)]
            return self.entries[current[0]] if current else None
        latest = max(holders, key=lambda h: h[0].start or date.min, default=None)
        return self.entries[latest[1]] if latest else None


def _yaml(path: Traversable | Path) -> Any:
    try:
        return yaml.load(path.read_text("utf-8"), Loader=_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:
        # ValueError: YAML reads an unquoted 2020-13-01 as a date and fails on it.
        raise KnowledgeBaseError(f"cannot read knowledge-base file: {exc}", where=str(path)) from None


def _where(path: Traversable | Path, what: str, n: int, item: Any) -> str:
    name = item.get("id") if isinstance(item, dict) else None
    return f"{path}: {what} {n}" + (f" ({name})" if name else "")


def _pair(value: Any) -> tuple[str, str]:
    """A gloss is one word for both numbers, or [singular, plural]."""
    if isinstance(value, list) and len(value) == 2:
        return str(value[0]), str(value[1])
    return str(value), str(value)


def _date(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise KnowledgeBaseError(f"bad date {value!r}: expected YYYY-MM-DD", where=where) from None


def _capitalised(text: str) -> bool:
    return any(c.isupper() for c in text)


def _aliases(raw: Any, where: str) -> tuple[str, ...]:
    if isinstance(raw, dict):
        raw = [a for lang in raw.values() for a in (lang or [])]
    if not isinstance(raw, list) or not all(isinstance(a, str) for a in raw):
        raise KnowledgeBaseError("`aliases` must be a list of strings or {fr: [...], en: [...]}", where=where)
    return tuple(raw)


def _role(raw: Any, where: str) -> Role:
    if not isinstance(raw, dict) or "role" not in raw or bool(raw.get("country")) == bool(raw.get("org")):
        raise KnowledgeBaseError("a role needs `role` and exactly one of `country` or `org`", where=where)
    return Role(
        str(raw["role"]),
        raw.get("country"),
        raw.get("org"),
        _date(raw.get("start"), where),
        _date(raw.get("end"), where),
    )


def _period(raw: Any, where: str) -> Period:
    if not isinstance(raw, dict) or not (raw.get("kind") or raw.get("country")):
        raise KnowledgeBaseError(
            "a period needs `kind` or `country`, with optional start and end", where=where
        )
    kind = raw.get("kind")
    if kind is not None and kind not in ENTITY_KINDS:
        raise KnowledgeBaseError(f"unknown kind {kind!r}; allowed: {', '.join(ENTITY_KINDS)}", where=where)
    return Period(kind, raw.get("country"), _date(raw.get("start"), where), _date(raw.get("end"), where))


def _entry(item: Any, where: str, person: bool) -> KBEntry:
    if not isinstance(item, dict) or "id" not in item or "name" not in item:
        raise KnowledgeBaseError("an entry needs at least `id` and `name`", where=where)
    kind = "person" if person else item.get("kind", "other")
    if kind not in ENTITY_KINDS:
        raise KnowledgeBaseError(f"unknown kind {kind!r}; allowed: {', '.join(ENTITY_KINDS)}", where=where)
    return KBEntry(
        id=str(item["id"]),
        name=str(item["name"]),
        kind=kind,
        country=item.get("country"),
        aliases=_aliases(item.get("aliases") or [], where),
        roles=tuple(_role(r, where) for r in item.get("roles") or []),
        periods=tuple(_period(p, where) for p in item.get("periods") or []),
    )


def _country_name(iso3: str, fallback: str) -> str:
    """pycountry's common or official name, unless that is a catalogue form ("Congo, The Democratic ...")."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return fallback
    name = str(getattr(country, "common_name", None) or country.name)
    return fallback if ("," in name or "(" in name) and fallback != iso3 else name


def country_code(name: str) -> str | None:
    """The ISO3 code a user means by `name`: the code in any case ("QAT", "qat") or a country's name in a
    language dragoman reads ("Qatar", "le Qatar", "Royaume-Uni"), through the packaged knowledge base;
    None for anything else (an organisation, a person, an id)."""
    text = name.strip()
    if len(text) == 3 and text.isalpha() and pycountry.countries.get(alpha_3=text.upper()):
        return text.upper()
    return _packaged().country_of_name(text)


@cache
def _packaged() -> KnowledgeBase:
    return KnowledgeBase.read(resources.files("dragoman.resolve").joinpath("data"))
