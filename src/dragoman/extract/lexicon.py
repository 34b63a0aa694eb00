"""Per-language event lexicons: the triggers (language/LANG/triggers.yaml) and the grammar words the rules
reason with (argument prepositions, speech verbs, modality words: language/LANG/grammar.yaml)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from dragoman import taxonomy
from dragoman.errors import ConfigError, LanguageDataError
from dragoman.language.registry import data


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
    # The type when the complement is a clause, not an object: "a reconnu l'État" recognises, "a reconnu
    # avoir eu tort" / "admitted that he lied" admits.
    clausal: str | None = None
    # Verbs physical against a thing and verbal against an idea: the type when what is done to is a thing
    # (grammar target_nouns: "s'en prendre à la barrière de péage" attacks, "aux juges" reproaches), and
    # when it is neither an actor nor a thing ("attaque de front le modèle Uber" criticises).
    on_thing: str | None = None
    on_idea: str | None = None
    curated: bool = True  # a hand-written entry (triggers.yaml), not one of the broad lexicon (lexicon.yaml)


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
    receiving_verbs: frozenset[str] = field(default_factory=frozenset)
    pitting_verbs: frozenset[str] = field(default_factory=frozenset)
    possessives: dict[str, str] = field(default_factory=dict)
    lemmas: dict[str, str] = field(default_factory=dict)
    pronouns: dict[str, str] = field(default_factory=dict)
    adjective_endings: tuple[str, ...] = ("",)
    future_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    tense_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    hypothetical_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    intent_verbs: frozenset[str] = field(default_factory=frozenset)
    intent_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    obligation_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    condition_markers: frozenset[str] = field(default_factory=frozenset)
    quantity_nouns: frozenset[str] = field(default_factory=frozenset)
    instrument_nouns: frozenset[str] = field(default_factory=frozenset)
    target_nouns: frozenset[str] = field(default_factory=frozenset)
    court_nouns: frozenset[str] = field(default_factory=frozenset)  # courts: who convicts
    purpose_markers: frozenset[str] = field(default_factory=frozenset)
    aim_verbs: frozenset[str] = field(default_factory=frozenset)
    threat_conditions: frozenset[str] = field(default_factory=frozenset)
    preparation_verbs: frozenset[str] = field(default_factory=frozenset)
    definite_articles: frozenset[str] = field(default_factory=frozenset)
    compound_joiners: frozenset[str] = field(default_factory=frozenset)

    def case(self, role: str) -> frozenset[str]:
        return self.cases.get(role, frozenset())

    def adjective(self, word: str) -> TriggerSpec | None:
        """The adjective trigger that `word` is a form of ("prêts" -> prêt), if any."""
        for ending in self.adjective_endings:
            stem = word[: len(word) - len(ending)] if ending and word.endswith(ending) else word
            if (ending == "" or word.endswith(ending)) and stem in self.adjectives:
                return self.adjectives[stem]
        return None


def _spec(lemma: str, pos: str, raw: dict[str, Any], where: str, curated: bool = True) -> TriggerSpec:
    try:
        etype = taxonomy.check_type(raw["type"])
        mode = taxonomy.check_mode(etype, raw.get("mode"))
        negated = taxonomy.check_type(raw["negated"]) if raw.get("negated") else None
        clausal = taxonomy.check_type(raw["clausal"]) if raw.get("clausal") else None
        on_thing = taxonomy.check_type(raw["on_thing"]) if raw.get("on_thing") else None
        on_idea = taxonomy.check_type(raw["on_idea"]) if raw.get("on_idea") else None
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
        clausal=clausal,
        on_thing=on_thing,
        on_idea=on_idea,
        curated=curated,
    )


def _entries(lang: str) -> dict[str, dict[Any, TriggerSpec]]:
    """The trigger entries of triggers.yaml and lexicon.yaml together; an entry in both is an error (one
    place for each word)."""
    merged: dict[str, dict[Any, TriggerSpec]] = {"verbs": {}, "phrases": {}, "nouns": {}, "adjectives": {}}
    pos = {"verbs": "verb", "phrases": "phrase", "nouns": "noun", "adjectives": "adjective"}
    for file in ("triggers", "lexicon"):
        raw, name = data(lang, file), f"language/{lang}/{file}.yaml"
        for section, found in merged.items():
            if section == "phrases":
                items = [((e["verb"], e["object"]), e) for e in raw.get(section) or []]
            else:
                items = list((raw.get(section) or {}).items())
            for key, entry in items:
                if key in found:
                    raise LanguageDataError(f"{section}: {key!r} is also in another trigger file", where=name)
                lemma = str(key[0] if section == "phrases" else key)
                found[key] = _spec(lemma, pos[section], entry, name, curated=file == "triggers")
    return merged


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon of `lang` (loaded once); the registry has checked the files' keys."""
    raw = data(lang, "grammar")
    entries = _entries(lang)

    def words(key: str, values: Any = None) -> frozenset[str]:
        return frozenset(raw[key] if values is None else values)

    cases: Mapping[str, Any] = raw["cases"]
    return Lexicon(
        lang=lang,
        verbs=entries["verbs"],
        phrases=entries["phrases"],
        nouns=entries["nouns"],
        adjectives=entries["adjectives"],
        cases={k: words(f"cases.{k}", v) for k, v in cases.items()},
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
        receiving_verbs=words("receiving_verbs"),
        pitting_verbs=words("pitting_verbs"),
        possessives=dict(raw["possessives"]),
        lemmas=dict(raw.get("lemmas", {})),
        pronouns=dict(raw["pronouns"]),
        adjective_endings=tuple(raw["adjective_endings"]),
        future_auxiliaries=words("future_auxiliaries"),
        tense_auxiliaries=words("tense_auxiliaries"),
        hypothetical_auxiliaries=words("hypothetical_auxiliaries"),
        intent_verbs=words("intent_verbs"),
        intent_auxiliaries=words("intent_auxiliaries"),
        obligation_auxiliaries=words("obligation_auxiliaries"),
        condition_markers=words("condition_markers"),
        quantity_nouns=words("quantity_nouns"),
        instrument_nouns=words("instrument_nouns"),
        target_nouns=words("target_nouns"),
        court_nouns=words("court_nouns"),
        purpose_markers=words("purpose_markers"),
        aim_verbs=words("aim_verbs"),
        threat_conditions=words("threat_conditions"),
        preparation_verbs=words("preparation_verbs"),
        definite_articles=words("definite_articles"),
        compound_joiners=words("compound_joiners"),
    )
