"""Entity resolution: names, offices on a date, kinds that change, anaphora, unknown actors, user files."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from dragoman.errors import KnowledgeBaseError
from dragoman.language.pipeline import parse
from dragoman.language.syntax import phrase_span
from dragoman.model import Entity, PartialDate
from dragoman.resolve.kb import KnowledgeBase
from dragoman.resolve.resolver import DocumentResolver

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def subject(doc: Doc, word: str | None) -> Span:
    """The phrase headed by `word`, else by the first subject."""
    heads = (
        [t for t in doc if t.text == word] if word else [t for t in doc if t.dep_ in ("nsubj", "nsubj:pass")]
    )
    return phrase_span(heads[0])


def resolve(kb: KnowledgeBase, text: str, on: str | None = None, head: str | None = None) -> Entity | None:
    doc = parse(text, "fr")
    resolver = DocumentResolver(kb, doc, "fr", PartialDate.parse("2023-06"))
    return resolver.resolve(subject(doc, head), PartialDate.parse(on) if on else None)


def test_office_holder_on_the_event_date(kb: KnowledgeBase) -> None:
    text = "Le Premier ministre qatari a rencontré le chef de la diplomatie turque."
    now = resolve(kb, text, "2023-05-12")
    before = resolve(kb, text, "2021-01-01")
    assert (
        now is not None and now.name == "Mohammed bin Abdulrahman Al Thani" and now.role == "prime minister"
    )
    assert before is not None and before.name.startswith("Khalid bin Khalifa")
    assert now.country == before.country == "QAT" and now.kind == "person"


def test_leader_of_an_organisation(kb: KnowledgeBase) -> None:
    ent = resolve(kb, "Le chef des talibans, Haibatullah Akhundzada, a reçu le ministre.", "2023-05-12")
    assert ent is not None and ent.name == "Hibatullah Akhundzada"
    assert ent.role == "leader" and ent.affiliation == "Taliban" and ent.country == "AFG"


@pytest.mark.parametrize(("on", "kind"), [("2019-03-01", "armed_group"), ("2022-03-01", "government")])
def test_kind_changes_with_the_date(kb: KnowledgeBase, on: str, kind: str) -> None:
    ent = resolve(kb, "Les talibans ont annoncé une trêve.", on)
    assert ent is not None and ent.name == "Taliban" and ent.kind == kind and ent.country == "AFG"


def test_capital_stands_for_the_government(kb: KnowledgeBase) -> None:
    ent = resolve(kb, "Kaboul a rejeté la proposition.")
    assert ent is not None and (ent.country, ent.kind) == ("AFG", "government")


def test_nationality_and_generic_noun(kb: KnowledgeBase) -> None:
    ent = resolve(kb, "L'administration américaine coordonne sa réponse.")
    assert ent is not None and (ent.country, ent.kind) == ("USA", "government")


def test_media_named_with_its_description(kb: KnowledgeBase) -> None:
    ent = resolve(kb, "Le média qatari Al-Jazeera a précisé sa position.")
    assert ent is not None and (ent.name, ent.kind, ent.country) == ("Al Jazeera", "media", "QAT")


def test_unknown_person_described_by_the_text(kb: KnowledgeBase) -> None:
    ent = resolve(kb, "Le ministre iranien des Transports, Abbas Akhoundi, a démissionné.")
    assert ent is not None and ent.kind == "person" and ent.country == "IRN"
    assert ent.id is None and "Akhoundi" in ent.name


def test_experts_of_an_organisation(kb: KnowledgeBase) -> None:
    ent = resolve(kb, "Trois experts de l'ONU ont dénoncé la situation.")
    assert ent is not None and ent.name == "United Nations"


def test_anaphoric_militia_is_the_armed_group_named_before(kb: KnowledgeBase) -> None:
    text = "Les talibans contrôlent la ville. La milice a fermé les écoles."
    ent = resolve(kb, text, "2019-01-01", head="milice")
    assert ent is not None and ent.name == "Taliban" and ent.text == "milice"


def test_plural_generic_with_a_relative_clause_is_not_anaphoric(kb: KnowledgeBase) -> None:
    text = "L'Afghanistan est isolé. Les pays qui n'ont pas reconnu le régime hésitent."
    ent = resolve(kb, text, head="pays")
    assert ent is not None and ent.country is None and ent.kind == "state"


def test_user_file_adds_entities(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "people:\n"
        "  - id: kb:person:jeanne-exemple\n"
        "    name: Jeanne Exemple\n"
        "    country: BEL\n"
        "    aliases: [Jeanne Exemple]\n"
        "    roles:\n"
        "      - {role: foreign minister, country: BEL, start: 2030-01-01, end: null}\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([extra])
    ent = resolve(kb, "Le ministre belge des Affaires étrangères a critiqué la décision.", "2030-05-01")
    assert ent is not None and ent.name == "Jeanne Exemple" and ent.role == "foreign minister"


def test_malformed_user_file_names_file_and_entry(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("organizations:\n  - id: kb:org:x\n    name: X\n    kind: spaceship\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.yaml: organizations entry 1: unknown kind"):
        KnowledgeBase.load([bad])
