"""Per-language date vocabulary and compiled date patterns, read once from language/LANG/dates.yaml."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from dragoman.errors import ConfigError, UnsupportedLanguageError
from dragoman.language.registry import data, supported

# Classes whose words map to a number (the value the resolver needs) or to a unit name.
_INT_CLASSES = (
    "months",
    "weekdays",
    "day_words",
    "numbers",
    "round_numbers",
    "shift",
    "offset",
    "offset_after",
    "deictic",
    "seasons",
)
# Placeholder name -> the class of the file it draws its words from.
_PLACEHOLDER_CLASS = {
    "month": "months",
    "weekday": "weekdays",
    "unit": "units",
    "period": "periods",
    "shift": "shift",
    "this": "this",
    "offset": "offset",
    "offset_after": "offset_after",
    "deictic": "deictic",
    "edge": "edge",
    "season": "seasons",
    "approx": "approx",
}
_YEAR = r"(?:1[0-9]|20)[0-9]{2}"
_DECADE = r"(?:1[0-9]|20)?[0-9]0"
_NUMERIC = r"[0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{4}"
_PLACEHOLDER = re.compile(r"\{(~?)([a-z_]+)\}")
UNITS = ("day", "week", "month", "year", "decade", "century")


def normalise(text: str) -> str:
    """Lower-case, one space between words and a straight apostrophe: the form the tables are keyed by."""
    return " ".join(text.replace("’", "'").lower().split())


def _words_regex(words: Iterable[str], keep_case: bool = False) -> str:
    """An alternation of phrases, longest first, with flexible spaces and apostrophes."""
    forms = {" ".join(w.replace("’", "'").split()) if keep_case else normalise(w) for w in words}
    alts = "|".join(
        re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in sorted(forms, key=len, reverse=True)
    )
    return f"(?-i:{alts})" if keep_case and alts else alts


@dataclass(frozen=True)
class DateLexicon:
    """What one language says about dates: word tables and the patterns built from them."""

    lang: str
    ints: Mapping[str, Mapping[str, int]]  # class -> normalised word -> value
    units: Mapping[str, str]  # normalised word -> one of UNITS
    number_joiners: frozenset[str]
    multipliers: frozenset[int]
    search: tuple[re.Pattern[str], ...]  # for running text
    whole: tuple[re.Pattern[str], ...]  # for a lone expression (fullmatch)
    prefix: re.Pattern[str] | None  # prepositions a lone expression may start with

    def value(self, cls: str, word: str) -> int | None:
        """The number a word of an integer class stands for, or None."""
        return self.ints[cls].get(normalise(word))


class _Builder:
    """Turns the raw YAML of one language into a DateLexicon, naming the file in every error."""

    def __init__(self, lang: str, raw: Mapping[str, Any], where: str) -> None:
        self.lang, self.raw, self.where = lang, raw, where
        self.ints = {cls: self._table(cls) for cls in _INT_CLASSES}
        self.units = {normalise(k): str(v) for k, v in self._mapping("units").items()}
        self.units.update({normalise(k): str(v) for k, v in self._mapping("periods").items()})
        bad = sorted(set(self.units.values()) - set(UNITS))
        if bad:
            raise ConfigError(f"units, periods: unknown unit(s) {bad}; allowed: {list(UNITS)}", where=where)
        self.case_sensitive = frozenset(self._strings("case_sensitive"))

    def _mapping(self, key: str) -> Mapping[str, Any]:
        value = self.raw.get(key) or {}
        if not isinstance(value, Mapping):
            raise ConfigError(f"{key}: expected a mapping of words", where=self.where)
        return value

    def _list(self, key: str) -> list[Any]:
        value = self.raw.get(key) or []
        if not isinstance(value, list):
            raise ConfigError(f"{key}: expected a list", where=self.where)
        return value

    def _strings(self, key: str) -> list[str]:
        items = self._list(key)
        odd = [w for w in items if not isinstance(w, str)]
        if odd:
            # YAML reads a bare on, no, yes as booleans
            raise ConfigError(f"{key}: {odd} are not words; quote them", where=self.where)
        return items

    def _table(self, cls: str) -> dict[str, int]:
        try:
            return {normalise(str(k)): int(v) for k, v in self._mapping(cls).items()}
        except (TypeError, ValueError):
            raise ConfigError(f"{cls}: every word must map to an integer", where=self.where) from None

    def _class_words(self, cls: str) -> list[str]:
        """The words of a class as written in the file."""
        if cls in self.ints or cls in ("units", "periods"):
            return [str(k) for k in self._mapping(cls)]
        return self._strings(cls)

    def _number(self) -> str:
        word = f"(?:{_words_regex(self.ints['numbers'])})(?!\\w)"
        joiners = _words_regex(self._strings("number_joiners"))
        sep = f"(?:[\\s-]+(?:(?:{joiners})[\\s-]+)?)" if joiners else r"[\s-]+"
        rounds = _words_regex(self.ints["round_numbers"])
        articles = _words_regex(self._strings("round_number_articles"))
        rounded = f"(?:(?:{articles})\\s+)?(?:{rounds})" if rounds else ""
        return "|".join(p for p in (r"[0-9]{1,4}", rounded, f"{word}(?:{sep}{word})*") if p)

    def _day(self) -> str:
        suffixes = _words_regex(self._strings("day_suffixes"))
        digits = f"[0-9]{{1,2}}(?:{suffixes})?" if suffixes else "[0-9]{1,2}"
        words = _words_regex(self.ints["day_words"])
        return f"{digits}|{words}" if words else digits

    def _placeholder(self, match: re.Match[str]) -> str:
        bare, name = match.group(1), match.group(2)
        special = {
            "year": lambda: _YEAR,
            "decade": lambda: _DECADE,
            "numeric": lambda: _NUMERIC,
            "number": self._number,
            "day": self._day,
        }
        if name in special:
            body = special[name]()
        elif name in _PLACEHOLDER_CLASS:
            words = self._class_words(_PLACEHOLDER_CLASS[name])
            if not words:
                raise ConfigError(f"template uses {{{name}}}, the file has no words for it", where=self.where)
            body = _words_regex(words, keep_case=_PLACEHOLDER_CLASS[name] in self.case_sensitive)
        else:
            raise ConfigError(f"unknown placeholder {{{name}}} in a template", where=self.where)
        return f"(?:{body})" if bare else f"(?P<{name}>{body})"

    def template(self, text: str) -> str:
        """The regular expression for one template (no boundaries)."""
        source = str(text).replace(" ?", r"\s*").replace(" ", r"\s+").replace("'", "['’]")
        return _PLACEHOLDER.sub(self._placeholder, source)

    def _compile(self, source: str, template: str) -> re.Pattern[str]:
        try:
            return re.compile(source, re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"template {template!r} is not a pattern: {exc}", where=self.where) from exc

    def _cued(self) -> list[tuple[str, str, list[str]]]:
        out = []
        for entry in self._list("cued_patterns"):
            if not isinstance(entry, Mapping) or "pattern" not in entry or not entry.get("cues"):
                raise ConfigError("cued_patterns: each entry needs a pattern and cues", where=self.where)
            cues = [str(c) for c in entry["cues"] if isinstance(c, str)]
            if len(cues) != len(entry["cues"]):
                raise ConfigError(f"cues of {entry['pattern']!r}: quote on, no, yes", where=self.where)
            out.append((str(entry["pattern"]), self.template(entry["pattern"]), cues))
        return out

    def build(self) -> DateLexicon:
        plain = [(t, self.template(t)) for t in self._list("patterns")]
        cued = self._cued()
        alone = [(t, self.template(t)) for t in self._list("expression_patterns")]
        search = [self._compile(rf"(?<!\w)(?:{rx})(?!\w)", t) for t, rx in plain]
        for t, rx, cues in cued:
            # One fixed-width look-behind per cue (Python needs fixed widths), behind a one-character gate
            # that every cue's last character passes: most positions of a text fail the gate at once.
            behind = "|".join(f"(?<=\\b{_cue_regex(c)})" for c in cues)
            search.append(self._compile(rf"(?<=[\s'’-])(?:{behind})(?:{rx})(?!\w)", t))
        whole = [self._compile(rx, t) for t, rx in [*plain, *((t, rx) for t, rx, _ in cued), *alone]]
        prefixes = _words_regex(self._strings("strip_prefixes"))
        return DateLexicon(
            lang=self.lang,
            ints=self.ints,
            units=self.units,
            number_joiners=frozenset(normalise(w) for w in self._strings("number_joiners")),
            multipliers=frozenset(int(m) for m in self._list("multipliers")),
            search=tuple(search),
            whole=tuple(whole),
            prefix=re.compile(rf"(?:{prefixes})\s+", re.IGNORECASE) if prefixes else None,
        )


def _cue_regex(cue: str) -> str:
    """A cue as fixed-width text followed by one space, unless it ends in an apostrophe or hyphen."""
    body = re.escape(normalise(cue)).replace(r"\ ", r"\s").replace("'", "['’]")
    return body if cue.endswith(("'", "-")) else body + r"\s"


@cache
def lexicon(lang: str) -> DateLexicon:
    """The date lexicon of `lang` (language/LANG/dates.yaml); UnsupportedLanguageError for a language
    dragoman does not read."""
    if lang not in supported():
        raise UnsupportedLanguageError(
            f"no date vocabulary for language {lang!r}: dragoman reads {', '.join(sorted(supported()))}"
        )
    return _Builder(lang, data(lang, "dates"), f"language/{lang}/dates.yaml").build()
