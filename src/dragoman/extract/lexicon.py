"""Per-language event lexicons (triggers, argument prepositions, speech verbs), read from data files."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from dragoman import taxonomy
from dragoman.errors import ConfigError


@dataclass(frozen=True)
class TriggerSpec:
    """What a trigger word means: its PLOVER type and mode, and how its arguments behave."""

    lemma: str
    pos: str  # verb, noun, adjective, phrase
    type: str
    mode: str | None = None
    symmetric: bool = False
    negated: str | None = None
    requires: tuple[str, ...] = ()
    requires_object_kind: str | None = None
    of: str = "actor"
    object: str | None = None
    # Mediation words: whose the broker is, "of" ("la médiation du Qatar") or "subject" ("X a servi de
    # médiateur", "X mediated between"); the sides of the talks are then the actors.
    broker: str | None = None
    objects: tuple[str, ...] = ()  # when given, the verb is a trigger only with one of these objects


@dataclass(frozen=True)
class Lexicon:
    lang: str
    verbs: dict[str, TriggerSpec]
    phrases: dict[tuple[str, str], TriggerSpec]
    nouns: dict[str, TriggerSpec]
    adjectives: dict[str, TriggerSpec]
    cases: dict[str, frozenset[str]]
    speech_verbs: frozenset[str]
    blame_nouns: frozenset[str]
    future_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    negators: frozenset[str]
    anaphoric_determiners: frozenset[str]
    territory_nouns: frozenset[str]
    neg_raising_verbs: frozenset[str] = field(default_factory=frozenset)
    support_verbs: frozenset[str] = field(default_factory=frozenset)
    host_verbs: frozenset[str] = field(default_factory=frozenset)
    possessives: dict[str, str] = field(default_factory=dict)
    lemmas: dict[str, str] = field(default_factory=dict)
    pronouns: dict[str, str] = field(default_factory=dict)
    adjective_endings: tuple[str, ...] = ("",)
    future_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    hypothetical_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    intent_verbs: frozenset[str] = field(default_factory=frozenset)
    intent_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    obligation_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    condition_markers: frozenset[str] = field(default_factory=frozenset)
    quantity_nouns: frozenset[str] = field(default_factory=frozenset)
    instrument_nouns: frozenset[str] = field(default_factory=frozenset)
    purpose_markers: frozenset[str] = field(default_factory=frozenset)
    aim_verbs: frozenset[str] = field(default_factory=frozenset)
    threat_conditions: frozenset[str] = field(default_factory=frozenset)
    preparation_verbs: frozenset[str] = field(default_factory=frozenset)

    def case(self, role: str) -> frozenset[str]:
        return self.cases.get(role, frozenset())

    def adjective(self, word: str) -> TriggerSpec | None:
        """The adjective trigger that `word` is a form of ("prêts" -> prêt), if any."""
        for ending in self.adjective_endings:
            stem = word[: len(word) - len(ending)] if ending and word.endswith(ending) else word
            if (ending == "" or word.endswith(ending)) and stem in self.adjectives:
                return self.adjectives[stem]
        return None


def _spec(lemma: str, pos: str, raw: dict[str, Any], where: str) -> TriggerSpec:
    try:
        etype = taxonomy.check_type(raw["type"])
        mode = taxonomy.check_mode(etype, raw.get("mode"))
        negated = taxonomy.check_type(raw["negated"]) if raw.get("negated") else None
        requires = tuple(raw.get("requires", ()))
        if not all(isinstance(word, str) for word in requires):
            raise ConfigError(f"requires {list(requires)}: quote on/off/no/yes, YAML reads them as booleans")
    except (KeyError, ConfigError) as exc:
        raise ConfigError(f"{where}: trigger {lemma!r}: {exc}") from None
    return TriggerSpec(
        lemma=lemma,
        pos=pos,
        type=etype,
        mode=mode,
        symmetric=bool(raw.get("symmetric", False)),
        negated=negated,
        requires=requires,
        requires_object_kind=raw.get("requires_object_kind"),
        of=raw.get("of", "actor"),
        object=raw.get("object"),
        broker=raw.get("broker"),
        objects=tuple(raw.get("objects", ())),
    )


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon of `lang` from extract/data/triggers.LANG.yaml (loaded once)."""
    name = f"data/triggers.{lang}.yaml"
    path = resources.files("dragoman.extract").joinpath(name)
    if not path.is_file():
        raise ConfigError(f"no trigger lexicon for language {lang!r} ({name})")
    raw = yaml.safe_load(path.read_text("utf-8"))
    phrases = {}
    for entry in raw.get("phrases", []):
        spec = _spec(entry["verb"], "phrase", entry, name)
        phrases[(entry["verb"], entry["object"])] = spec

    def words(key: str, values: Any = None) -> frozenset[str]:
        values = raw.get(key, []) if values is None else values
        odd = [v for v in values if not isinstance(v, str)]
        if odd:
            # YAML reads a bare on/off/no/yes as a boolean: the word would silently never match.
            raise ConfigError(f"{name}: {key}: {odd} are not words; quote them")
        return frozenset(values)

    return Lexicon(
        lang=lang,
        verbs={k: _spec(k, "verb", v, name) for k, v in raw.get("verbs", {}).items()},
        phrases=phrases,
        nouns={k: _spec(k, "noun", v, name) for k, v in raw.get("nouns", {}).items()},
        adjectives={k: _spec(k, "adjective", v, name) for k, v in raw.get("adjectives", {}).items()},
        cases={k: words(f"cases.{k}", v) for k, v in raw.get("cases", {}).items()},
        speech_verbs=words("speech_verbs"),
        blame_nouns=words("blame_nouns"),
        future_verbs=words("future_verbs"),
        hypothetical_verbs=words("hypothetical_verbs"),
        negators=words("negators"),
        anaphoric_determiners=words("anaphoric_determiners"),
        territory_nouns=words("territory_nouns"),
        neg_raising_verbs=words("neg_raising_verbs"),
        support_verbs=words("support_verbs"),
        host_verbs=words("host_verbs"),
        possessives=dict(raw.get("possessives", {})),
        lemmas=dict(raw.get("lemmas", {})),
        pronouns=dict(raw.get("pronouns", {})),
        adjective_endings=tuple(raw.get("adjective_endings", [""])),
        future_auxiliaries=words("future_auxiliaries"),
        hypothetical_auxiliaries=words("hypothetical_auxiliaries"),
        intent_verbs=words("intent_verbs"),
        intent_auxiliaries=words("intent_auxiliaries"),
        obligation_auxiliaries=words("obligation_auxiliaries"),
        condition_markers=words("condition_markers"),
        quantity_nouns=words("quantity_nouns"),
        instrument_nouns=words("instrument_nouns"),
        purpose_markers=words("purpose_markers"),
        aim_verbs=words("aim_verbs"),
        threat_conditions=words("threat_conditions"),
        preparation_verbs=words("preparation_verbs"),
    )
