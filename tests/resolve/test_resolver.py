"""Entity resolution on parsed sentences: names, capitals, nationalities, offices on a date, kinds over
time, unknown actors, generic actors and anaphora (with the small test knowledge base in fixtures/kb)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc, Span

from dragoman.language.pipeline import parse
from dragoman.language.syntax import SUBJECTS, phrase_span
from dragoman.model import Entity, PartialDate
from dragoman.resolve.kb import KnowledgeBase
from dragoman.resolve.resolver import DocumentResolver

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parent / "fixtures" / "kb"
PUBLISHED = PartialDate.parse("2023-06")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.read(FIXTURE)


def head_phrase(doc: Doc, word: str | None, subtree: bool = False) -> Span:
    """The phrase headed by `word` (else by the first subject) as the extractor passes it: the head's
    phrase, or with `subtree` its whole subtree, relative clauses included."""
    heads = [t for t in doc if t.text == word] if word else [t for t in doc if t.dep_ in SUBJECTS]
    head = heads[0] if heads else doc[0]  # "Washington a condamné": the parser may miss the subject
    return doc[head.left_edge.i : head.right_edge.i + 1] if subtree else phrase_span(head)


def resolve(
    kb: KnowledgeBase,
    lang: str,
    text: str,
    on: str | None = None,
    head: str | None = None,
    subtree: bool = False,
) -> Entity | None:
    doc = parse(text, lang)
    resolver = DocumentResolver(kb, doc, lang, PUBLISHED)
    return resolver.resolve(head_phrase(doc, head, subtree), PartialDate.parse(on) if on else None)


def check(entity: Entity | None, expected: dict[str, Any]) -> None:
    assert entity is not None, f"expected {expected}, got no actor"
    got = {key: getattr(entity, key) for key in expected}
    assert got == expected


QAT = "kb:country:QAT"
USA = "kb:country:USA"
PM_NOW = "Mohammed bin Abdulrahman Al Thani"

NAMED = [
    (
        "fr",
        "Human Rights Watch a dénoncé la décision.",
        {"name": "Human Rights Watch", "kind": "ngo", "id": "kb:org:hrw"},
    ),
    ("en", "Human Rights Watch condemned the decision.", {"name": "Human Rights Watch", "kind": "ngo"}),
    (
        "fr",
        "Le Qatar a accueilli les négociations.",
        {"id": QAT, "kind": "state", "country": "QAT", "text": "Le Qatar"},
    ),
    ("en", "Qatar hosted the talks.", {"id": QAT, "kind": "state", "name": "Qatar"}),
    ("fr", "L'Afghanistan a été frappé par un séisme.", {"id": "kb:country:AFG", "name": "Afghanistan"}),
    ("fr", "Al-Jazeera a diffusé la vidéo.", {"name": "Al Jazeera", "kind": "media", "text": "Al-Jazeera"}),
    ("fr", "L'Agence de presse du Qatar a publié un communiqué.", {"id": "kb:org:qna", "country": "QAT"}),
    ("en", "The Qatar News Agency published a statement.", {"id": "kb:org:qna", "kind": "media"}),
]

CAPITALS_AND_NATIONALITIES = [
    ("fr", "Kaboul a rejeté la proposition.", {"kind": "government", "country": "AFG", "text": "Kaboul"}),
    ("en", "Kabul rejected the proposal.", {"kind": "government", "country": "AFG"}),
    ("fr", "Washington a condamné l'attaque.", {"kind": "government", "country": "USA", "id": USA}),
    ("en", "Washington condemned the attack.", {"kind": "government", "country": "USA"}),
    (
        "fr",
        "L'administration américaine a salué l'accord.",
        {"name": "United States administration", "kind": "government", "country": "USA", "id": USA},
    ),
    (
        "en",
        "The American administration welcomed the deal.",
        {"name": "United States administration", "kind": "government", "country": "USA"},
    ),
    (
        "fr",
        "Le média qatari Al-Jazeera a diffusé la vidéo.",
        {"name": "Al Jazeera", "kind": "media", "country": "QAT", "text": "Le média qatari Al-Jazeera"},
    ),
    ("en", "The Qatari broadcaster Al Jazeera aired the video.", {"name": "Al Jazeera", "kind": "media"}),
    ("fr", "L'État qatari a proposé sa médiation.", {"id": QAT, "kind": "state", "name": "Qatar"}),
    ("fr", "Les Américains ont quitté le pays.", {"id": USA, "kind": "state", "text": "Les Américains"}),
    ("en", "The Americans left the country.", {"id": USA, "kind": "state"}),
    (
        "fr",
        "Les troupes internationales ont quitté le pays.",
        {"name": "international troops", "kind": "military", "country": None, "id": None},
    ),
    ("en", "International troops left the country.", {"name": "international troops", "kind": "military"}),
    (
        "fr",
        "L'armée russe a bombardé la ville.",
        {"name": "Russian Federation army", "kind": "military", "country": "RUS"},
    ),
    ("en", "The Russian army shelled the city.", {"name": "Russian Federation army", "kind": "military"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED + CAPITALS_AND_NATIONALITIES)
def test_names_capitals_and_nationalities(
    kb: KnowledgeBase, lang: str, text: str, expected: dict[str, Any]
) -> None:
    check(resolve(kb, lang, text), expected)


OFFICES = [
    # The tagger runs the title into the name ("Premier ministre David Cameron" as one MISC, "île Wade
    # MacLauchlan" as a place): the person is the name after the title.
    (
        "fr",
        "Le Premier ministre David Cameron a annoncé sa démission.",
        "2016-06-24",
        {"name": "David Cameron", "role": "prime minister"},
    ),
    (
        "fr",
        "Le premier ministre de l'île Wade Martin a rencontré son homologue.",
        "2016-02-09",
        {"name": "Wade Martin"},
    ),
    ("fr", "Le Premier ministre qatari a rencontré le ministre.", "2023-05-12", {"name": PM_NOW}),
    (
        "fr",
        "Le Premier ministre qatari a rencontré le ministre.",
        "2021-01-01",
        {"name": "Khalid bin Khalifa Al Thani"},
    ),
    ("en", "The Qatari prime minister met the minister.", "2023-05-12", {"name": PM_NOW}),
    (
        "en",
        "The Qatari prime minister met the minister.",
        "2021-01-01",
        {"name": "Khalid bin Khalifa Al Thani"},
    ),
    (
        "fr",
        "Le Premier ministre qatari, Mohamed bin Abdulrahman al-Thani, a rencontré le ministre.",
        "2021-01-01",  # the name wins over the date: he was not yet prime minister
        {
            "name": PM_NOW,
            "role": "prime minister",
            "text": "Le Premier ministre qatari, Mohamed bin Abdulrahman al-Thani",
        },
    ),
    (
        "fr",
        "Le président Barack Obama a signé le texte.",
        "2014-05-12",
        {"name": "Barack Obama", "role": "president"},
    ),
    (
        "en",
        "President Barack Obama signed the bill.",
        "2014-05-12",
        {"name": "Barack Obama", "country": "USA"},
    ),
    (
        "fr",
        "Le chef des talibans, Haibatullah Akhundzada, a publié un décret.",
        "2023-05-12",
        {"name": "Hibatullah Akhundzada", "role": "leader", "affiliation": "Taliban", "country": "AFG"},
    ),
    (
        "en",
        "The Taliban leader, Haibatullah Akhundzada, issued a decree.",
        "2023-05-12",
        {"name": "Hibatullah Akhundzada", "role": "leader", "affiliation": "Taliban"},
    ),
    ("fr", "Le chef des talibans a publié un décret.", "2023-05-12", {"name": "Hibatullah Akhundzada"}),
    # A week before he took office, "the new prime minister" is the incoming one, the title alone not.
    ("fr", "Le nouveau Premier ministre qatari a reçu le ministre.", "2023-03-01", {"name": PM_NOW}),
    ("en", "Qatar's new prime minister received the minister.", "2023-03-01", {"name": PM_NOW}),
    (
        "fr",
        "Le Premier ministre qatari a reçu le ministre.",
        "2023-03-01",
        {"name": "Khalid bin Khalifa Al Thani"},
    ),
    (
        "fr",
        "Le Premier ministre français a démissionné.",
        "2023-05-12",
        {"name": "prime minister of France", "id": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "on", "expected"), OFFICES)
def test_offices_on_the_event_date(
    kb: KnowledgeBase, lang: str, text: str, on: str, expected: dict[str, Any]
) -> None:
    check(resolve(kb, lang, text, on), {"kind": "person", **expected})


UNKNOWN = [
    (
        "fr",
        "Le ministre iranien des Transports, Abbas Akhoundi, a démissionné.",
        {"name": "Abbas Akhoundi", "kind": "person", "country": "IRN", "role": "minister", "id": None},
    ),
    (
        "en",
        "Iran's transport minister, Abbas Akhoundi, resigned.",
        {"name": "Abbas Akhoundi", "kind": "person", "country": "IRN", "role": "minister", "id": None},
    ),
    (
        "fr",
        "La directrice de la Division des droits des femmes de Human Rights Watch, Heather Barr, a critiqué"
        " la mesure.",
        {
            "name": "Heather Barr",
            "kind": "person",
            "role": "director",
            "affiliation": "Human Rights Watch",
            "text": "La directrice de la Division des droits des femmes de Human Rights Watch, Heather Barr",
        },
    ),
    (
        "en",
        "Heather Barr, the director of women's rights at Human Rights Watch, criticised the measure.",
        {"name": "Heather Barr", "kind": "person", "role": "director", "affiliation": "Human Rights Watch"},
    ),
    ("fr", "Trois experts de l'ONU ont dénoncé la situation.", {"id": "kb:org:un", "kind": "igo"}),
    ("en", "Three UN experts denounced the situation.", {"id": "kb:org:un", "kind": "igo"}),
    ("fr", "Jean Dupont a dénoncé la situation.", {"name": "Jean Dupont", "kind": "person", "country": None}),
    (
        "fr",
        "Le journaliste français Jean Dupont a été arrêté.",
        {"name": "Jean Dupont", "kind": "person", "country": "FRA", "id": None},
    ),
    (
        "en",
        "The French journalist John Smith was arrested.",
        {"name": "John Smith", "kind": "person", "country": "FRA"},
    ),
    # A newspaper or company the knowledge base does not know is still an actor, whatever the tagger calls
    # its name (here a common noun tagged MISC).
    ("fr", "Médiapart a accusé le ministre.", {"name": "Médiapart", "kind": "other", "id": None}),
    ("en", "The Daily Courier accused the minister.", {"name": "The Daily Courier", "id": None}),
    # A name right after a noun that is neither a known title nor a kind of actor is still its person.
    (
        "fr",
        "Le trésorier du syndicat Jean Dupont a critiqué la réforme.",
        {"name": "Jean Dupont", "kind": "person", "id": None},
    ),
    (
        "en",
        "The union treasurer John Smith criticised the reform.",
        {"name": "John Smith", "kind": "person", "id": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), UNKNOWN)
def test_unknown_actors_are_described_by_the_text(
    kb: KnowledgeBase, lang: str, text: str, expected: dict[str, Any]
) -> None:
    check(resolve(kb, lang, text), expected)


GENERIC = [
    # A commission of inquiry is a body of the state.
    (
        "fr",
        "La commission d'enquête parlementaire a entendu le ministre.",
        {"name": "commission of inquiry", "kind": "government"},
    ),
    (
        "en",
        "The parliamentary committee heard the minister.",
        {"name": "parliamentary committee", "kind": "government"},
    ),
    # A generic noun read with its adjective: "l'aviation" is the air force, "l'Aviation civile" no army.
    (
        "fr",
        "L'Aviation civile a fermé l'aéroport.",
        {"name": "civil aviation authority", "kind": "government"},
    ),
    (
        "en",
        "The civil aviation authority closed the airport.",
        {"name": "civil aviation authority", "kind": "government"},
    ),
    (
        "fr",
        "Les pays qui n'ont pas reconnu le gouvernement hésitent.",
        {"text": "Les pays", "name": "countries", "kind": "state", "country": None, "id": None},
    ),
    (
        "en",
        "Countries that have not recognised the government hesitate.",
        {"text": "Countries", "name": "countries", "kind": "state", "country": None},
    ),
    (
        "fr",
        "De nombreux États ont condamné le coup d'État.",
        {"name": "states", "kind": "state", "country": None},
    ),
    ("en", "Many states condemned the coup.", {"name": "states", "kind": "state"}),
    (
        "fr",
        "La communauté internationale a condamné le coup.",
        {"name": "international community", "kind": "other"},
    ),
    (
        "en",
        "The international community condemned the coup.",
        {"name": "international community", "kind": "other"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GENERIC)
def test_generic_actors_without_a_name(
    kb: KnowledgeBase, lang: str, text: str, expected: dict[str, Any]
) -> None:
    check(resolve(kb, lang, text, subtree=True), expected)


def test_name_after_a_comma_is_not_a_generic_nouns_apposition(kb: KnowledgeBase) -> None:
    """A name after a comma belongs to a title; after a generic noun it starts the next clause."""
    check(
        resolve(kb, "fr", "Selon le ministère, Jean Dupont a menti.", head="ministère"),
        {"name": "ministry", "kind": "government", "id": None, "text": "le ministère"},
    )


@pytest.mark.parametrize(
    ("lang", "text", "on", "kind"),
    [
        ("fr", "Les talibans ont pris la ville.", "2019-03-01", "armed_group"),
        ("fr", "Les talibans ont pris la ville.", "2022-03-01", "government"),
        ("fr", "Le gouvernement taliban a interdit la musique.", "2022-03-01", "government"),
        ("en", "The Taliban seized the city.", "2019-03-01", "armed_group"),
        ("en", "The Taliban seized the city.", "2022-03-01", "government"),
        ("fr", "Les talibans ont pris la ville.", None, "government"),  # no event date: the publication date
    ],
)
def test_kind_depends_on_the_date(kb: KnowledgeBase, lang: str, text: str, on: str | None, kind: str) -> None:
    check(resolve(kb, lang, text, on), {"name": "Taliban", "kind": kind, "country": "AFG"})


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La question a été débattue."),
        ("fr", "Les droits des femmes ont été restreints."),
        ("en", "The question was debated."),
        ("en", "Women's rights were restricted."),
    ],
)
def test_phrases_that_are_no_actor(kb: KnowledgeBase, lang: str, text: str) -> None:
    assert resolve(kb, lang, text) is None


ANAPHORA = [
    # A plural title names several: never the one person named before.
    (
        "fr",
        "Haibatullah Akhundzada a publié un décret. Les dirigeants étrangers ont condamné le décret.",
        "dirigeants",
        None,
        {"kind": "person", "id": None},
    ),
    (
        "en",
        "Haibatullah Akhundzada issued a decree. The foreign leaders condemned the decree.",
        "leaders",
        None,
        {"kind": "person", "id": None},
    ),
    (
        "fr",
        "Les talibans contrôlent la ville. La milice a fermé les écoles.",
        "milice",
        "2019-01-01",
        {"name": "Taliban", "kind": "armed_group", "text": "La milice"},
    ),
    (
        "fr",
        "Les talibans dirigent le pays. La milice a fermé les écoles.",
        "milice",
        "2022-01-01",  # the Taliban were once an armed group: still "la milice" when governing
        {"name": "Taliban", "kind": "government"},
    ),
    (
        "en",
        "The Taliban took the city. The militia closed the schools.",
        "militia",
        "2019-01-01",
        {"name": "Taliban"},
    ),
    (
        "fr",
        "Haibatullah Akhundzada a publié un décret. Le dirigeant a ensuite quitté Kandahar.",
        "dirigeant",
        None,
        {"name": "Hibatullah Akhundzada", "role": "leader", "text": "Le dirigeant"},
    ),
    (
        "fr",
        "Jean Dupont a publié un livre. Le chef a ensuite quitté Paris.",
        "chef",
        None,
        {"name": "Jean Dupont", "kind": "person"},
    ),
    (
        "fr",
        "Les talibans ont publié un décret. Ses dirigeants ont quitté la capitale.",
        "dirigeants",
        "2022-01-01",
        {"name": "Taliban", "text": "Ses dirigeants"},
    ),
    (
        "en",
        "The Taliban issued a decree. Its leaders left the capital.",
        "leaders",
        "2022-01-01",
        {"name": "Taliban"},
    ),
    (
        "fr",
        "La Russie a fermé sa frontière. Le pays a aussi expulsé des diplomates.",
        "pays",
        None,
        {"id": "kb:country:RUS", "kind": "state", "text": "Le pays"},
    ),
    (
        "en",
        "Russia closed its border. The country also expelled diplomats.",
        "country",
        None,
        {"id": "kb:country:RUS", "kind": "state"},
    ),
    (
        "fr",
        "La Russie a fermé sa frontière. Le gouvernement a expulsé des diplomates.",
        "gouvernement",
        None,
        {"id": "kb:country:RUS", "kind": "government", "name": "Russian Federation government"},
    ),
    # Without a compatible antecedent, the generic noun stays generic.
    ("fr", "La milice a fermé les écoles.", "milice", None, {"name": "militia", "id": None}),
    ("fr", "Les talibans ont attaqué la milice.", "milice", "2019-01-01", {"name": "militia", "id": None}),
    ("fr", "La Russie est isolée. Les pays hésitent.", "pays", None, {"name": "countries", "country": None}),
]


@pytest.mark.parametrize(("lang", "text", "head", "on", "expected"), ANAPHORA)
def test_anaphora_points_back_to_a_compatible_mention(
    kb: KnowledgeBase, lang: str, text: str, head: str, on: str | None, expected: dict[str, Any]
) -> None:
    check(resolve(kb, lang, text, on, head), expected)


def test_mentions_in_text_order_with_offsets(kb: KnowledgeBase) -> None:
    text = "Le Premier ministre qatari a reçu le chef des talibans à Doha. Human Rights Watch a protesté."
    doc = parse(text, "fr")
    mentions = DocumentResolver(kb, doc, "fr", PUBLISHED).mentions()
    assert [m.name for m in mentions] == [PM_NOW, "Hibatullah Akhundzada", "Human Rights Watch"]
    assert all(m.start is not None and text[m.start : m.end] == m.text for m in mentions)


def test_mentions_count_a_capital_only_as_an_argument(kb: KnowledgeBase) -> None:
    doc = parse("Doha a proposé une médiation.", "fr")
    check(DocumentResolver(kb, doc, "fr", PUBLISHED).mentions()[0], {"kind": "government", "country": "QAT"})


def test_with_the_packaged_knowledge_base() -> None:
    """A few sentences against the real data files, as the pipeline runs them."""
    kb = KnowledgeBase.load()
    check(
        resolve(kb, "fr", "Le Premier ministre qatari a rencontré le ministre.", "2023-05-12"),
        {"name": PM_NOW, "role": "prime minister", "country": "QAT"},
    )
    check(resolve(kb, "fr", "Kaboul a rejeté la proposition."), {"kind": "government", "country": "AFG"})
    check(
        resolve(kb, "en", "The Taliban leader, Haibatullah Akhundzada, issued a decree.", "2023-05-12"),
        {"name": "Hibatullah Akhundzada", "affiliation": "Taliban"},
    )
    check(
        resolve(kb, "fr", "Les talibans ont pris la ville.", "2019-03-01"),
        {"name": "Taliban", "kind": "armed_group"},
    )
    # A country's rebels are of that country, not its state (ICEWS codes them SYRREB).
    check(
        resolve(kb, "fr", "Les rebelles syriens ont attaqué la ville."),
        {"name": "Syria rebels", "kind": "armed_group", "country": "SYR"},
    )
    check(
        resolve(kb, "en", "Sudanese rebels shelled the city."),
        {"name": "Sudan rebels", "kind": "armed_group", "country": "SDN"},
    )
    # Representatives stand for whom they represent; a trade union is a known actor.
    check(
        resolve(kb, "fr", "Les représentants de la CGT ont accepté les propositions."),
        {"name": "CGT", "kind": "ngo", "country": "FRA"},
    )


def test_user_file_reaches_the_resolver(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "people:\n"
        "  - id: kb:person:jeanne-exemple\n"
        "    name: Jeanne Exemple\n"
        "    country: FRA\n"
        "    aliases: [Jeanne Exemple]\n"
        "    roles: [{role: prime minister, country: FRA, start: 2030-01-01, end: null}]\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.read(FIXTURE, [extra])
    check(
        resolve(kb, "fr", "Le Premier ministre français a critiqué la décision.", "2030-05-01"),
        {"name": "Jeanne Exemple", "role": "prime minister", "id": "kb:person:jeanne-exemple"},
    )


def test_a_known_organisation_with_more_words_than_its_name_is_still_known(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("L'Union africaine au travers de sa commission a condamné le coup d'État au Niger.")
    assert [a.id for e in events for a in e.actors] == ["kb:org:african-union"]


def test_a_name_after_the_head_is_not_the_actor(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Après la paix des accords de Matignon en 1988, il se dirige vers la culture.")
    assert not [a for e in events for a in e.actors if a.name == "Matignon"]


QUOTED = (
    "Le Premier ministre qatari a reçu le chef des talibans à Doha. Selon Human Rights Watch, « le "
    "gouvernement afghan et les talibans doivent protéger les civils », a déclaré sa directrice."
)


def test_mentions_within_a_part_do_not_depend_on_what_was_read_before(kb: KnowledgeBase) -> None:
    """A quote's mentions are the same from a fresh resolver and from one that already read the whole
    document for anaphora (the phrases and mentions of each noun are remembered)."""
    doc = parse(QUOTED, "fr")
    part = doc.char_span(QUOTED.index("le gouvernement"), QUOTED.index(" »"), alignment_mode="expand")
    assert part is not None
    fresh = DocumentResolver(kb, doc, "fr", PUBLISHED).mentions(part)
    used = DocumentResolver(kb, doc, "fr", PUBLISHED)
    everything = used.mentions()
    assert used.mentions(part) == fresh
    assert [m.name for m in fresh] == ["Afghanistan government", "Taliban", "civilians"]
    assert [m.name for m in everything][:3] == [PM_NOW, "Hibatullah Akhundzada", "Human Rights Watch"]


def test_mentions_are_copies_anaphora_does_not_see_changed(kb: KnowledgeBase) -> None:
    doc = parse("Les talibans ont pris Kaboul. La milice a fermé les écoles.", "fr")
    resolver = DocumentResolver(kb, doc, "fr", PUBLISHED)
    for mention in resolver.mentions():
        mention.id, mention.kind = None, "other"
    milice = next(t for t in doc if t.text == "milice")
    check(resolver.resolve(phrase_span(milice)), {"name": "Taliban"})


def test_the_text_of_any_words_is_the_text_of_their_span(kb: KnowledgeBase) -> None:
    doc = parse("L'ONU, à New York : « Al-Shabab » a  frappé\n\nMogadiscio (Somalie).", "fr")
    resolver = DocumentResolver(kb, doc, "fr", PUBLISHED)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert resolver._text(start, end) == doc[start:end].text


# A title with no date to read it on, neither the event's nor the article's: (language, sentence, country).
UNDATED_OFFICES = [
    ("fr", "Le ministre qatari des Affaires étrangères a démissionné.", "QAT"),
    ("en", "Qatar's prime minister resigned.", "QAT"),
    ("fr", "Le Premier ministre qatari a démissionné.", "QAT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), UNDATED_OFFICES)
def test_an_undated_title_is_the_role_not_a_person(
    kb: KnowledgeBase, lang: str, text: str, country: str
) -> None:
    doc = parse(text, lang)
    found = DocumentResolver(kb, doc, lang, None).resolve(head_phrase(doc, None, False), None)
    assert found is not None and found.kind == "person" and found.country == country
    assert found.id is None and found.role is not None
