"""The supported languages and their spaCy pipelines, read from data/languages.yaml (one place)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    name: str
    spacy_model: str
    package: str


@cache
def supported() -> dict[str, LanguageInfo]:
    raw = yaml.safe_load(
        resources.files("dragoman.language").joinpath("data/languages.yaml").read_text("utf-8")
    )
    return {code: LanguageInfo(code=code, **spec) for code, spec in raw.items()}
