"""The actor knowledge base: countries, organisations and people with roles bounded in time.

Loaded once from the packaged YAML files in resolve/data/ (and any user files in the same format) into
exact-match indexes keyed by folded surface forms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import yaml

from dragoman.errors import KnowledgeBaseError
from dragoman.model import ENTITY_KINDS
from dragoman.normalize import fold

LANGUAGES = ("fr", "en")


def _covers(start: date | None, end: date | None, on: date) -> bool:
    """Bounds are inclusive; a missing bound is open."""
    return (start is None or start <= on) and (end is None or on <= end)


@dataclass(frozen=True)
class Role:
    role: str
    country: str | None
    org: str | None
    start: date | None
    end: date | None

    def covers(self, on: date) -> bool:
        return _covers(self.start, self.end, on)


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
    id: str
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    periods: tuple[Period, ...] = ()

    def _period(self, on: date | None) -> Period | None:
        if on is None:
            # Without a date, the present state of the entity is the best guess.
            on = date.today()
        return next((p for p in self.periods if p.covers(on)), None)

    def kind_on(self, on: date | None) -> str:
        period = self._period(on)
        return period.kind if period and period.kind else self.kind

    def country_on(self, on: date | None) -> str | None:
        period = self._period(on)
        return period.country if period and period.country else self.country

    def role_on(self, on: date | None, role: str | None = None) -> Role | None:
        """The role held on a date (the given one if named), else the most recent."""
        candidates = [r for r in self.roles if role is None or r.role == role]
        if on is not None:
            held = [r for r in candidates if r.covers(on)]
            if held:
                return held[0]
        return max(candidates, key=lambda r: r.start or date.min, default=None)


@dataclass
class KnowledgeBase:
    entries: dict[str, KBEntry] = field(default_factory=dict)
    _aliases: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    _adjectives: dict[str, str] = field(default_factory=dict)
    _country_names: dict[str, str] = field(default_factory=dict)
    _capitals: dict[str, str] = field(default_factory=dict)
    _titles: dict[str, dict[str, str]] = field(default_factory=dict)
    _generic: dict[str, dict[str, str]] = field(default_factory=dict)
    _offices: dict[tuple[str, str], list[tuple[Role, str]]] = field(default_factory=lambda: defaultdict(list))

    # -- loading ------------------------------------------------------------------------------------
    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> KnowledgeBase:
        """The packaged knowledge base plus the user's files (`--kb`); extra files are read each time."""
        if not extra:
            return _packaged()
        kb = _build()
        for path in extra:
            kb._add_user_file(path)
        return kb

    def _add_entry(self, entry: KBEntry) -> None:
        self.entries[entry.id] = entry
        for alias in (entry.name, *entry.aliases):
            key = fold(alias)
            if key and entry.id not in self._aliases[key]:
                self._aliases[key].append(entry.id)
        for role in entry.roles:
            self._offices[(role.role, role.country or role.org or "")].append((role, entry.id))

    def _add_user_file(self, path: Path) -> None:
        try:
            raw = yaml.safe_load(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise KnowledgeBaseError(f"cannot read knowledge-base file: {exc}", where=str(path)) from None
        if isinstance(raw, list):
            groups: dict[str, Any] = {"entries": raw}
        elif isinstance(raw, dict):
            groups = raw
        else:
            raise KnowledgeBaseError(
                "expected a list of entries or keys organizations/people", where=str(path)
            )
        for key, items in groups.items():
            for n, item in enumerate(items or [], 1):
                where = f"{path}: {key} entry {n}"
                self._add_entry(_entry(item, where, person=(key == "people" or "roles" in item)))

    # -- lookups ------------------------------------------------------------------------------------
    def lookup(self, surface: str) -> list[KBEntry]:
        """Entries with this alias; a short alias (AU, US, WHO) only matches written in capitals."""
        key = fold(surface)
        if len(key.replace(" ", "")) <= 3 and not any(c.isupper() for c in surface):
            return []
        return [self.entries[i] for i in self._aliases.get(key, [])]

    def country_of_adjective(self, word: str) -> str | None:
        return self._adjectives.get(fold(word))

    def country_of_name(self, surface: str) -> str | None:
        return self._country_names.get(fold(surface))

    def country_of_capital(self, surface: str) -> str | None:
        return self._capitals.get(fold(surface))

    def country_entry(self, iso3: str) -> KBEntry:
        return self.entries.get(f"kb:country:{iso3}") or KBEntry(f"kb:country:{iso3}", iso3, "state", iso3)

    def title(self, phrase: str, lang: str) -> str | None:
        return self._titles.get(lang, {}).get(fold(phrase))

    def generic_kind(self, noun: str, lang: str) -> str | None:
        return self._generic.get(lang, {}).get(fold(noun))

    def holder(
        self, role: str, on: date | None, country: str | None = None, org: str | None = None
    ) -> KBEntry | None:
        """Who held an office on a date (without a date: the latest holder known)."""
        holders = self._offices.get((role, country or org or ""), [])
        if on is not None:
            current = [eid for r, eid in holders if r.covers(on)]
            return self.entries[current[0]] if current else None
        latest = max(holders, key=lambda h: h[0].start or date.min, default=None)
        return self.entries[latest[1]] if latest else None


def _date(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise KnowledgeBaseError(f"bad date {value!r}: expected YYYY-MM-DD", where=where) from None


def _aliases(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, dict):
        return tuple(a for lang in raw.values() for a in (lang or []))
    return tuple(raw or [])


def _entry(item: Any, where: str, person: bool) -> KBEntry:
    if not isinstance(item, dict) or "id" not in item or "name" not in item:
        raise KnowledgeBaseError("an entry needs at least `id` and `name`", where=where)
    kind = "person" if person else item.get("kind", "other")
    if kind not in ENTITY_KINDS:
        raise KnowledgeBaseError(f"unknown kind {kind!r}; allowed: {', '.join(ENTITY_KINDS)}", where=where)
    roles = []
    for r in item.get("roles", []) or []:
        if "role" not in r or bool(r.get("country")) == bool(r.get("org")):
            raise KnowledgeBaseError("a role needs `role` and exactly one of `country` or `org`", where=where)
        roles.append(
            Role(
                r["role"],
                r.get("country"),
                r.get("org"),
                _date(r.get("start"), where),
                _date(r.get("end"), where),
            )
        )
    periods = tuple(
        Period(p.get("kind"), p.get("country"), _date(p.get("start"), where), _date(p.get("end"), where))
        for p in item.get("periods", []) or []
    )
    return KBEntry(
        id=str(item["id"]),
        name=str(item["name"]),
        kind=kind,
        country=item.get("country"),
        aliases=_aliases(item.get("aliases")),
        roles=tuple(roles),
        periods=periods,
    )


def _read(name: str) -> Any:
    return yaml.safe_load(resources.files("dragoman.resolve").joinpath(f"data/{name}").read_text("utf-8"))


def _country_name(iso3: str) -> str:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return "Kosovo" if iso3 == "XKX" else iso3
    return str(getattr(country, "common_name", None) or country.name)


def _build() -> KnowledgeBase:
    kb = KnowledgeBase()
    for iso3, langs in _read("countries.yaml").items():
        names: list[str] = []
        for spec in langs.values():
            names += spec.get("names", [])
            for adj in spec.get("adjectives", []):
                kb._adjectives.setdefault(fold(adj), iso3)
            for cap in spec.get("capitals", []):
                kb._capitals.setdefault(fold(cap), iso3)
        for name in names:
            kb._country_names.setdefault(fold(name), iso3)
        english = (langs.get("en", {}).get("names") or [_country_name(iso3)])[0]
        kb._add_entry(KBEntry(f"kb:country:{iso3}", english, "state", iso3, tuple(names)))
    for item in _read("organizations.yaml"):
        kb._add_entry(_entry(item, "organizations.yaml", person=False))
    for item in _read("people.yaml"):
        kb._add_entry(_entry(item, "people.yaml", person=True))
    for lang in LANGUAGES:
        titles = _read(f"titles.{lang}.yaml")
        kb._titles[lang] = {fold(k): v for k, v in (titles.get("titles") or {}).items()}
        kb._generic[lang] = {fold(k): v for k, v in (titles.get("generic") or {}).items()}
    return kb


@cache
def _packaged() -> KnowledgeBase:
    return _build()
