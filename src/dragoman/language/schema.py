"""What a language folder holds: its files and, in each, the keys a stage reads and what kind of value each
is. `check` holds a file's content against its schema, so that a missing or misspelt key is an error when
the language loads, naming the file and the key, never a rule that silently finds nothing."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dragoman import taxonomy
from dragoman.errors import ConfigError, LanguageDataError

# Kinds of value: a list of words, a mapping, a list of entries, one string.
WORDS, MAP, LIST, TEXT = "a list of words", "a mapping", "a list", "a string"


@dataclass(frozen=True)
class FileSchema:
    """The keys of one file: required ones must be present (an empty list is allowed, when written)."""

    required: Mapping[str, str]
    optional: Mapping[str, str] = field(default_factory=dict)
    must_exist: bool = True  # a folder without this file is incomplete


# Verbs and nouns the rules reason with, and the function words that shape arguments and modality.
_GRAMMAR_WORDS = [
    "speech_verbs",
    "blame_nouns",
    "future_verbs",
    "hypothetical_verbs",
    "negators",
    "anaphoric_determiners",
    "territory_nouns",
    "neg_raising_verbs",
    "condition_markers",
    "host_verbs",
    "target_nouns",
    "court_nouns",
    "incoming_words",
    "support_verbs",
    "receiving_verbs",
    "pitting_verbs",
    "intent_verbs",
    "intent_auxiliaries",
    "threat_conditions",
    "preparation_verbs",
    "obligation_auxiliaries",
    "future_auxiliaries",
    "purpose_markers",
    "aim_verbs",
    "hypothetical_auxiliaries",
    "instrument_nouns",
    "quantity_nouns",
    "adjective_endings",
    "definite_articles",
    "tense_auxiliaries",
    "passive_auxiliaries",
    "infinitive_endings",
    "compound_joiners",
    "relative_subjects",
    "count_approximations",
]

_DATE_LISTS = [
    "day_suffixes",
    "number_joiners",
    "multipliers",
    "round_number_articles",
    "approx",
    "this",
    "edge",
    "patterns",
    "cued_patterns",
    "expression_patterns",
    "strip_prefixes",
]
_DATE_MAPS = [
    "months",
    "weekdays",
    "day_words",
    "numbers",
    "round_numbers",
    "units",
    "periods",
    "shift",
    "offset",
    "deictic",
    "seasons",
]

# The coding conventions that are sets of PLOVER types (coding.yaml).
_CODING_TYPES = [
    "conduct_types",
    "content_types",
    "purpose_types",
    "place_target_types",
    "home_target_types",
    "response_types",
    "sourced_types",
    "aimed_types",
    "leaving_types",
    "self_types",
]

FILES: dict[str, FileSchema] = {
    "language": FileSchema(
        required={
            "name": TEXT,
            "spacy_model": TEXT,
            "package": TEXT,
            "function_words": WORDS,
            "code_pages": WORDS,
            "articles": WORDS,
            "quotes": LIST,
            "dateline": MAP,
        }
    ),
    "triggers": FileSchema(required={"verbs": MAP, "phrases": LIST, "nouns": MAP, "adjectives": MAP}),
    # The broad lexicon: entries built systematically over PLOVER's and CAMEO's classes, each with an example.
    "lexicon": FileSchema(
        required={},
        optional={"verbs": MAP, "phrases": LIST, "nouns": MAP, "adjectives": MAP},
        must_exist=False,
    ),
    "grammar": FileSchema(
        required={
            "cases": MAP,
            "possessives": MAP,
            "pronouns": MAP,
            "verb_endings": MAP,
            "stem_alternations": MAP,
            **dict.fromkeys(_GRAMMAR_WORDS, WORDS),
        },
        optional={"lemmas": MAP},
    ),
    "dates": FileSchema(
        required={**dict.fromkeys(_DATE_LISTS, LIST), **dict.fromkeys(_DATE_MAPS, MAP)},
        optional={"case_sensitive": WORDS, "offset_after": MAP},
    ),
    "places": FileSchema(
        required={"aliases": MAP, "not_places": WORDS, "common_words": WORDS}, optional={"regions": MAP}
    ),
    "titles": FileSchema(required={"titles": MAP, "generic": MAP}),
    # How the rules code events in the language: which PLOVER types follow which convention, how an
    # announced act is recoded, and the rules the language switches off (with the reason).
    "coding": FileSchema(
        required={
            **dict.fromkeys(_CODING_TYPES, WORDS),
            "intended": MAP,
            "on_condition": MAP,
            "unarmed": MAP,
            "joint": MAP,
            "judicial": MAP,
            "rules_off": MAP,
        }
    ),
    "glosses": FileSchema(required={"adjectives": MAP}, optional={"nouns": MAP, "identity": "true or false"}),
}

# The prepositions grammar.yaml's `cases` must name (an empty list where the language has none).
CASES = [
    "recipient",
    "agent",
    "between",
    "genitive",
    "location",
    "location_city",
    "attribution",
    "topic",
    "means",
    "source",
    "beneficiary",
    "controller",
    "addressee",
    "partitive",
    "origin",
]


def _kind_ok(kind: str, value: Any) -> bool:
    if kind == WORDS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == MAP:
        return isinstance(value, dict)
    if kind == LIST:
        return isinstance(value, list)
    if kind == TEXT:
        return isinstance(value, str) and bool(value.strip())
    return isinstance(value, bool)


def check(name: str, raw: Any, where: str) -> Mapping[str, Any]:
    """`raw`, the content of file `name` of a language folder, if it follows its schema; else raise
    LanguageDataError naming `where` (the file) and the key."""
    schema = FILES[name]
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise LanguageDataError(f"expected a mapping of keys, not {type(raw).__name__}", where=where)
    known = {**schema.required, **schema.optional}
    for key in raw:
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; known keys: {', '.join(sorted(known))}"
            raise LanguageDataError(f"unknown key {key!r}{hint}", where=where)
    for key, kind in schema.required.items():
        if key not in raw:
            raise LanguageDataError(
                f"missing key {key!r} ({kind}; write [] if the language has none)", where=where
            )
    for key, value in raw.items():
        if not _kind_ok(known[key], value):
            odd = [v for v in value if not isinstance(v, str)] if isinstance(value, list) else None
            detail = f": {odd} are not words; quote them (YAML reads on/no/yes as booleans)" if odd else ""
            raise LanguageDataError(f"key {key!r} must be {known[key]}{detail}", where=where)
    if name == "grammar":
        missing = [case for case in CASES if case not in raw["cases"]]
        if missing:
            raise LanguageDataError(f"cases lacks {', '.join(missing)} (write [] if none)", where=where)
        for case, words in raw["cases"].items():
            if not _kind_ok(WORDS, words):
                raise LanguageDataError(f"cases.{case} must be {WORDS} (quote on, no, yes)", where=where)
    if name == "coding":
        _check_coding(raw, where)
    return raw


def coded(value: str) -> tuple[str, str | None]:
    """A recoding of coding.yaml, "TYPE" or "TYPE mode", as PLOVER spells it (else ConfigError)."""
    etype, _, mode = value.partition(" ")
    canonical = taxonomy.check_type(etype)
    return canonical, taxonomy.check_mode(canonical, mode or None)


def _check_coding(raw: Mapping[str, Any], where: str) -> None:
    try:
        for key in _CODING_TYPES:
            for etype in raw[key]:
                taxonomy.check_type(etype)
        for key in ("intended", "on_condition", "unarmed", "joint", "judicial"):
            for source, target in raw[key].items():
                coded(str(source)), coded(str(target))
    except ConfigError as exc:
        raise LanguageDataError(f"{key}: {exc.message}", where=where) from None
    for rule, why in raw["rules_off"].items():
        if not isinstance(why, str) or not why.strip():
            raise LanguageDataError(f"rules_off.{rule} must say why the rule is off", where=where)
