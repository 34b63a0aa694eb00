"""PLOVER's event types, modes, contexts and cooperation–conflict scores: the one place for them.

Read from data/plover.yaml, which follows the PLOVER manual's tables (types, modes per type, quad classes,
scores on a -10..+10 scale) and gives a CAMEO→PLOVER mapping for imported data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from dragoman.errors import ConfigError


@dataclass(frozen=True)
class EventType:
    name: str
    quad: str
    description: str
    modes: Mapping[str, float]
    score: float


@dataclass(frozen=True)
class _Taxonomy:
    types: Mapping[str, EventType]
    contexts: tuple[str, ...]
    auxiliary: tuple[str, ...]
    cameo: Mapping[str, tuple[str, str | None]]


@cache
def _load() -> _Taxonomy:
    raw = yaml.safe_load(resources.files("dragoman").joinpath("data/plover.yaml").read_text("utf-8"))
    types = {
        name: EventType(
            name=name,
            quad=spec["quad"],
            description=spec["about"],
            modes={str(k): float(v) for k, v in spec["modes"].items()},
            score=float(spec["score"]),
        )
        for name, spec in raw["types"].items()
    }
    cameo = {str(k): (v[0], v[1]) for k, v in {**raw["cameo_roots"], **raw["cameo_codes"]}.items()}
    return _Taxonomy(types, tuple(raw["contexts"]), tuple(raw["auxiliary"]), cameo)


TYPES: Mapping[str, EventType] = _load().types
EVENT_TYPES: tuple[str, ...] = tuple(TYPES)
CONTEXTS: tuple[str, ...] = _load().contexts
AUXILIARY: tuple[str, ...] = _load().auxiliary


def check_type(name: str) -> str:
    """`name` if it is a PLOVER event type, else ConfigError listing the 16 types."""
    if name not in TYPES:
        raise ConfigError(f"unknown PLOVER event type {name!r}; allowed: {' '.join(EVENT_TYPES)}")
    return name


def check_mode(event_type: str, mode: str | None) -> str | None:
    """`mode` if PLOVER allows it for `event_type` (None always is), else ConfigError listing the modes."""
    if mode is None:
        return None
    allowed = TYPES[check_type(event_type)].modes
    if mode not in allowed:
        listed = " ".join(allowed) or "(none)"
        raise ConfigError(f"mode {mode!r} is not a PLOVER mode of {event_type}; allowed: {listed}")
    return mode


def score(event_type: str, mode: str | None = None) -> float:
    """PLOVER's cooperation–conflict score of a type, refined by its mode when the mode has one."""
    spec = TYPES[check_type(event_type)]
    return spec.modes.get(mode, spec.score) if mode else spec.score


def cameo_to_plover(code: str) -> tuple[str, str | None] | None:
    """The PLOVER (type, mode) of a CAMEO code: its own entry, else its parent's, else its root's."""
    table = _load().cameo
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None
