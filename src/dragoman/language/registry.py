"""The languages dragoman reads: one folder each beside this module (language/fr/, language/en/, as
spaCy's spacy/lang/fr/), holding everything the stages know about the language — its spaCy pipeline and
function words, trigger lexicon, grammar words, date words, places, titles and glosses.

The folders are read here and nowhere else, once, and checked against language/schema.py: a language
with a missing or misspelt key fails when it loads, naming the file and the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from dragoman.errors import ConfigError, LanguageDataError, UnsupportedLanguageError
from dragoman.language.schema import FILES, check

# The C loader reads the packaged YAML several times faster than the pure-Python one.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    name: str
    spacy_model: str
    package: str
    function_words: frozenset[str]


@dataclass(frozen=True)
class Language:
    """A language folder, read and checked: `files` maps each file name (without .yaml) to its content."""

    info: LanguageInfo
    files: Mapping[str, Mapping[str, Any]]
    folder: str  # for messages

    def data(self, name: str) -> Mapping[str, Any]:
        """The content of one file (an empty mapping for an optional file the folder does not have)."""
        if name not in FILES:
            raise ConfigError(f"no language file {name!r}; language files: {', '.join(sorted(FILES))}")
        return self.files.get(name, {})


def _read(path: Traversable | Path, where: str) -> Any:
    try:
        return yaml.load(path.read_text("utf-8"), Loader=_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise LanguageDataError(f"cannot read the file ({exc})", where=where) from None


def load_language(folder: Traversable | Path, code: str | None = None) -> Language:
    """Read and check the language folder `folder` (its code is the folder's name unless given)."""
    code = code or folder.name
    files: dict[str, Mapping[str, Any]] = {}
    for name, schema in FILES.items():
        path = folder / f"{name}.yaml"
        where = f"{folder}/{name}.yaml"
        if not path.is_file():
            if schema.must_exist:
                raise LanguageDataError(
                    f"missing file {name}.yaml (see docs/adding-a-language.md)", where=where
                )
            continue
        files[name] = check(name, _read(path, where), where)
    spec = files["language"]
    info = LanguageInfo(
        code=code,
        name=str(spec["name"]),
        spacy_model=str(spec["spacy_model"]),
        package=str(spec["package"]),
        function_words=frozenset(spec["function_words"]),
    )
    return Language(info, files, str(folder))


def _folders() -> list[Traversable]:
    root = resources.files("dragoman.language")
    return sorted(
        (entry for entry in root.iterdir() if entry.is_dir() and (entry / "language.yaml").is_file()),
        key=lambda entry: entry.name,
    )


@cache
def language(code: str) -> Language:
    """The packaged language `code`, read once; ConfigError when dragoman has no folder for it."""
    for folder in _folders():
        if folder.name == code:
            return load_language(folder)
    raise ConfigError(f"no language {code!r}: dragoman reads {', '.join(sorted(supported()))}")


@cache
def supported() -> dict[str, LanguageInfo]:
    """Every packaged language, by code."""
    return {folder.name: language(folder.name).info for folder in _folders()}


def data(code: str, name: str) -> Mapping[str, Any]:
    """The content of file `name` of language `code`."""
    return language(code).data(name)


def check_supported(lang: str, option: str = "--language") -> str:
    """`lang` in lower case if dragoman reads it, else an UnsupportedLanguageError naming the option and
    the languages it reads."""
    if lang.lower() not in supported():
        raise UnsupportedLanguageError(f"{option} {lang!r}: dragoman reads {', '.join(sorted(supported()))}")
    return lang.lower()
