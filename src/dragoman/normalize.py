"""Folding names for exact matching: accents, case, hyphens, apostrophes and a leading article."""

from __future__ import annotations

import re
import unicodedata

# Articles that open a name in French or English news ("la Syrie", "l'ONU", "the Taliban").
_ARTICLE = re.compile(r"^(?:l |le |la |les |the )")


def fold(text: str) -> str:
    """Accent- and case-insensitive key, leading article dropped: "L'Émirat-du-Qatar" -> "emirat du qatar"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\-'\u2019\u02bc.]", " ", text)
    text = " ".join(text.split())
    return _ARTICLE.sub("", text)
