"""Folding names for exact matching: accents, case, hyphens, apostrophes and a leading article."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from dragoman.language.registry import data, supported


@cache
def _article() -> re.Pattern[str]:
    """The articles that open a name in any language dragoman reads ("la Syrie", "l'ONU", "the Taliban"),
    as they appear once folded (the apostrophe of "l'" is a space by then)."""
    words = sorted(
        {w for lang in supported() for w in data(lang, "language")["articles"]}, key=len, reverse=True
    )
    return re.compile(r"^(?:" + "|".join(re.escape(w) + " " for w in words) + ")")


def unaccented(text: str) -> str:
    """Lowercase (casefolded) text without its accents: "Émirat" -> "emirat"."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)  # the resolver folds the same few thousand phrases again and again
def fold(text: str) -> str:
    """Accent- and case-insensitive key, leading article dropped: "L'Émirat-du-Qatar" -> "emirat du qatar"."""
    text = unaccented(text)
    text = re.sub(r"[\-'\u2019\u02bc.]", " ", text)
    text = " ".join(text.split())
    return _article().sub("", text)
