"""Folding names for exact matching: accents, case, hyphens, apostrophes and a leading article."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Articles that open a name in French or English news ("la Syrie", "l'ONU", "the Taliban").
_ARTICLE = re.compile(r"^(?:l |le |la |les |the )")


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
    return _ARTICLE.sub("", text)
