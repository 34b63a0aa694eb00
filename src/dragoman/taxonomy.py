"""PLOVER's event types, modes, contexts, auxiliary modes and scores, plus a CAMEO→PLOVER mapping.

The one place for the ontology: everything is read once from data/plover.yaml and checked there.
Scores: the PLOVER manual (2023) publishes its own cooperation–conflict table on the -10..+10 Goldstein
scale, per type and per (type, mode); experts set it, starting from frequency-weighted means of the
Goldstein weights of the CAMEO codes behind each type. We use that table as is (CONSULT visit = 4.0,
ASSAULT unconventional = -10), except ACCUSE's type score, -3 as in the manual's earlier revisions
(the 2023 text lost the sign). A mode without its own score (PROTEST vandalize) takes its type's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from dragoman.errors import ConfigError

_WHERE = "dragoman/data/plover.yaml"


@dataclass(frozen=True)
class EventType:
    """One PLOVER event type: its quad class, what it covers, its allowed modes and default score."""

    name: str
    quad: str
    description: str
    modes: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class _Tables:
    quads: tuple[str, ...]
    types: Mapping[str, EventType]
    mode_scores: Mapping[tuple[str, str], float]
    renamed: Mapping[tuple[str, str], str]
    contexts: tuple[str, ...]
    auxiliary: tuple[str, ...]
    cameo: Mapping[str, tuple[str, str | None] | None]


def _mapping(value: Any, what: str) -> Mapping[str, Any]:
    """`value` if it is a mapping, else ConfigError naming the entry of the data file."""
    if not isinstance(value, Mapping):
        raise ConfigError(f"{what} must be a mapping", where=_WHERE)
    return value


def _words(value: Any, what: str) -> tuple[str, ...]:
    """`value` as a tuple of strings, else ConfigError naming the entry of the data file."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{what} must be a list of words", where=_WHERE)
    return tuple(value)


def _score(value: Any, what: str) -> float:
    """A score on PLOVER's -10..+10 scale, else ConfigError naming the entry of the data file."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not -10 <= value <= 10:
        raise ConfigError(f"{what}: score {value!r} is not a number in -10..+10", where=_WHERE)
    return float(value)


def _event_type(name: str, spec: Mapping[str, Any], quads: tuple[str, ...]) -> EventType:
    """One entry of `types:` as an EventType, its quad checked against `quads`."""
    if spec.get("quad") not in quads:
        raise ConfigError(f"type {name}: quad {spec.get('quad')!r} is not one of {quads}", where=_WHERE)
    modes = _mapping(spec.get("modes", {}), f"type {name}: modes")
    return EventType(
        name=name,
        quad=str(spec["quad"]),
        description=str(spec.get("description", "")),
        modes=tuple(str(m) for m in modes),
        score=_score(spec.get("score"), f"type {name}"),
    )


def _cameo_entry(code: str, value: Any, types: Mapping[str, EventType]) -> tuple[str, str | None] | None:
    """A `cameo:` value ("TYPE" or "TYPE mode", null when PLOVER drops the code) checked against `types`."""
    if value is None:
        return None
    etype, _, mode = str(value).partition(" ")
    if etype not in types or (mode and mode not in types[etype].modes):
        raise ConfigError(f"cameo {code}: {value!r} is not a PLOVER type and mode", where=_WHERE)
    return etype, mode or None


def _load() -> _Tables:
    """Read and check data/plover.yaml."""
    text = resources.files("dragoman").joinpath("data/plover.yaml").read_text("utf-8")
    try:
        raw = _mapping(yaml.safe_load(text), "the file")
    except yaml.YAMLError as exc:
        raise ConfigError(f"not valid YAML: {exc}", where=_WHERE) from None
    quads = _words(raw.get("quads"), "quads")
    specs = _mapping(raw.get("types"), "types")
    types = {name: _event_type(name, _mapping(spec, f"type {name}"), quads) for name, spec in specs.items()}
    mode_scores = {
        (name, mode): _score(value, f"type {name} mode {mode}")
        for name, spec in specs.items()
        for mode, value in spec.get("modes", {}).items()
        if value is not None
    }
    renamed = {
        (name, old): str(new)
        for name, pairs in _mapping(raw.get("renamed", {}), "renamed").items()
        for old, new in _mapping(pairs, f"renamed {name}").items()
    }
    for (name, old), new in renamed.items():
        if name not in types or new not in types[name].modes:
            raise ConfigError(f"renamed {name} {old}: {new!r} is not a mode of {name}", where=_WHERE)
    cameo = {
        str(code): _cameo_entry(str(code), value, types)
        for code, value in _mapping(raw.get("cameo"), "cameo").items()
    }
    return _Tables(
        quads=quads,
        types=MappingProxyType(types),
        mode_scores=MappingProxyType(mode_scores),
        renamed=MappingProxyType(renamed),
        contexts=_words(raw.get("contexts"), "contexts"),
        auxiliary=_words(raw.get("auxiliary"), "auxiliary"),
        cameo=MappingProxyType(cameo),
    )


_TABLES = _load()

# Types whose two sides do the same thing to each other: which side is "actor" is the writer's choice.
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})

QUADS: tuple[str, ...] = _TABLES.quads
TYPES: Mapping[str, EventType] = _TABLES.types
EVENT_TYPES: tuple[str, ...] = tuple(TYPES)
MODE_SCORES: Mapping[tuple[str, str], float] = _TABLES.mode_scores
CONTEXTS: tuple[str, ...] = _TABLES.contexts
AUXILIARY: tuple[str, ...] = _TABLES.auxiliary


def check_type(name: str) -> str:
    """The PLOVER type `name` names, in capitals ("consult" -> "CONSULT"); ConfigError listing the 16."""
    canonical = name.strip().upper()
    if canonical not in TYPES:
        raise ConfigError(f"unknown PLOVER event type {name!r}; allowed: {' '.join(EVENT_TYPES)}")
    return canonical


def check_mode(event_type: str, mode: str | None) -> str | None:
    """PLOVER's spelling of `mode` for `event_type` (None or "" give None); ConfigError listing its modes.

    Case, "_" and spaces are forgiven ("Third_party" -> "third-party"), and names from earlier PLOVER
    revisions map to their current mode (COERCE "ban" -> "restrict") so old data still loads.
    """
    etype = check_type(event_type)
    if mode is None or not mode.strip():
        return None
    spelled = "-".join(mode.strip().lower().replace("_", " ").split())
    spelled = _TABLES.renamed.get((etype, spelled), spelled)
    allowed = TYPES[etype].modes
    if spelled not in allowed:
        listed = " ".join(allowed) or "none (leave the mode empty)"
        raise ConfigError(f"mode {mode!r} is not a PLOVER mode of {etype}; allowed: {listed}")
    return spelled


def check_context(name: str) -> str:
    """PLOVER's spelling of a context ("Human rights" -> "human_rights"); ConfigError listing them."""
    spelled = "_".join(name.strip().lower().replace("-", " ").split())
    if spelled not in CONTEXTS:
        raise ConfigError(f"unknown PLOVER context {name!r}; allowed: {' '.join(CONTEXTS)}")
    return spelled


def score(event_type: str, mode: str | None = None) -> float:
    """PLOVER's cooperation–conflict score (-10..+10) of a type, or of its mode when the mode has one."""
    etype = check_type(event_type)
    spelled = check_mode(etype, mode)
    if spelled is None:
        return TYPES[etype].score
    return MODE_SCORES.get((etype, spelled), TYPES[etype].score)


def cameo_to_plover(code: str) -> tuple[str, str | None] | None:
    """The PLOVER (type, mode) of a CAMEO event code, from its own entry or its nearest listed parent.

    None when PLOVER drops the code (01 statements, 02 appeals) or the root is not CAMEO's.
    """
    digits = code.strip()
    if not digits.isdigit() or not 2 <= len(digits) <= 4:
        raise ConfigError(f"CAMEO code {code!r} must be 2 to 4 digits, as in '04', '042' or '0421'")
    for length in range(len(digits), 1, -1):
        if digits[:length] in _TABLES.cameo:
            return _TABLES.cameo[digits[:length]]
    return None


def quad_of(event_type: str) -> str | None:
    """The quad class of a PLOVER type ("verbal cooperation" ...), None for an unknown type."""
    spec = TYPES.get(event_type)
    return spec.quad if spec else None
