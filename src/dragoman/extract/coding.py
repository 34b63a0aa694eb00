"""The coding conventions of a language (language/LANG/coding.yaml): which PLOVER types take their content
as recipient, their purpose as part of the act, a place or the home government as target, and how an act
announced as intended is recoded."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from dragoman.language.registry import language
from dragoman.language.schema import coded

Coded = tuple[str, str | None]


@dataclass(frozen=True)
class Coding:
    conduct_types: frozenset[str]
    content_types: frozenset[str]
    purpose_types: frozenset[str]
    place_target_types: frozenset[str]
    home_target_types: frozenset[str]
    response_types: frozenset[str]
    sourced_types: frozenset[str]
    aimed_types: frozenset[str]
    leaving_types: frozenset[str]
    self_types: frozenset[str]
    intended: Mapping[str, Coded]  # "TYPE" or "TYPE mode" -> the type and mode it is recoded as
    on_condition: Mapping[str, Coded]  # an act announced unless the other side yields, by its type
    unarmed: Mapping[str, Coded]  # an act of armed forces told of unarmed actors, by its type
    joint: Mapping[str, Coded]  # an act of armed forces told of two countries together, by its type
    judicial: Mapping[str, Coded]  # an act told of a court, by its type and mode

    def intent(self, etype: str, mode: str | None) -> Coded:
        """An act announced as intended, as PLOVER codes it."""
        for key in (f"{etype} {mode}", etype):
            if key in self.intended:
                return self.intended[key]
        return etype, mode


@cache
def coding(lang: str) -> Coding:
    """The conventions of `lang` (read once; the registry has checked the types)."""
    raw = language(lang).data("coding")

    def types(key: str) -> frozenset[str]:
        return frozenset(raw[key])

    def recodings(key: str) -> dict[str, Coded]:
        return {str(source): coded(str(target)) for source, target in raw[key].items()}

    return Coding(
        conduct_types=types("conduct_types"),
        content_types=types("content_types"),
        purpose_types=types("purpose_types"),
        place_target_types=types("place_target_types"),
        home_target_types=types("home_target_types"),
        response_types=types("response_types"),
        sourced_types=types("sourced_types"),
        aimed_types=types("aimed_types"),
        leaving_types=types("leaving_types"),
        self_types=types("self_types"),
        intended=recodings("intended"),
        on_condition=recodings("on_condition"),
        unarmed=recodings("unarmed"),
        joint=recodings("joint"),
        judicial=recodings("judicial"),
    )
