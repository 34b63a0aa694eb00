"""The supported languages and their spaCy pipelines, read from data/languages.yaml (one place)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from dragoman.errors import ConfigError


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    name: str
    spacy_model: str
    package: str
    function_words: frozenset[str]


@cache
def supported() -> dict[str, LanguageInfo]:
    raw = yaml.safe_load(
        resources.files("dragoman.language").joinpath("data/languages.yaml").read_text("utf-8")
    )
    return {
        code: LanguageInfo(
            code=code,
            name=spec["name"],
            spacy_model=spec["spacy_model"],
            package=spec["package"],
            function_words=frozenset(spec.get("function_words", [])),
        )
        for code, spec in raw.items()
    }


def check_supported(lang: str, option: str = "--language") -> str:
    """`lang` if dragoman reads it, else a ConfigError naming the option and the languages it reads."""
    if lang not in supported():
        raise ConfigError(f"{option} {lang!r}: dragoman reads {', '.join(sorted(supported()))}")
    return lang
