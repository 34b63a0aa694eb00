"""Visible text of HTML pages: hidden parts dropped, paragraphs kept as blank-line-separated blocks."""

from __future__ import annotations

import pytest

from dragoman.ingest.html import extract_html, looks_like_html

PAGE = """<!DOCTYPE html>
<html><head><title>Sommet  à Genève</title>
<style>p { color: red; }</style>
<script>var secret = "ne pas lire";</script></head>
<body>
<nav><a href="/">Accueil</a> | <a href="/monde">Monde</a></nav>
<h1>Les ministres se retrouvent à Genève</h1>
<p>Le ministre a déclaré   que les
négociations <b>reprendraient</b> lundi.</p>
<p>Selon l&#39;envoyé, l&#39;&eacute;quipe est prête.<br>Rien n'est signé.</p>
<script>document.write("publicité");</script>
<noscript>Activez JavaScript</noscript>
</body></html>"""


def test_extract_drops_hidden_parts_and_keeps_paragraphs() -> None:
    page = extract_html(PAGE)
    assert page.title == "Sommet à Genève"
    assert page.text == (
        "Les ministres se retrouvent à Genève\n\n"
        "Le ministre a déclaré que les négociations reprendraient lundi.\n\n"
        "Selon l'envoyé, l'équipe est prête.\nRien n'est signé."
    )
    for hidden in ("secret", "publicité", "Accueil", "color", "JavaScript"):
        assert hidden not in page.text


def test_pre_keeps_its_line_breaks() -> None:
    page = extract_html("<html><body><pre>ligne  un\nligne deux</pre><p>Fin.</p></body></html>")
    assert page.text == "ligne  un\nligne deux\n\nFin."
    assert page.title is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!doctype html><p>x</p>", True),
        ("  \n<HTML lang='fr'><body>x</body></HTML>", True),
        ("<!-- généré --> <html><body>x</body></html>", True),
        ("<body><p>The envoy arrived.</p></body>", True),
        ("The envoy said <b>no</b> to the offer.", False),
        ("Le ministre a dit : « <html> n'est pas un mot français ».", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected
