"""Event extraction on French sentences written for these tests: one sentence per construction."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dragoman.model import Entity, Event

pytestmark = pytest.mark.slow
Extract = Callable[..., list[Event]]


def only(events: list[Event], etype: str) -> Event:
    found = [e for e in events if e.event_type == etype]
    assert len(found) == 1, (
        f"expected one {etype}, got {[(e.event_type, e.evidence.trigger) for e in events]}"
    )
    return found[0]


def names(entities: list[Entity]) -> set[str]:
    return {e.name for e in entities}


def countries(entities: list[Entity]) -> set[str | None]:
    return {e.country for e in entities}


def test_subject_verb_object(events_of: Extract) -> None:
    ev = only(events_of("La Russie a attaqué l'Ukraine."), "ASSAULT")
    assert countries(ev.actors) == {"RUS"} and countries(ev.recipients) == {"UKR"}
    assert ev.evidence.trigger == "attaqué"


def test_negated_recognition_is_reject(events_of: Extract) -> None:
    ev = only(events_of("Le Canada n'a pas reconnu le gouvernement de la junte."), "REJECT")
    assert countries(ev.actors) == {"CAN"}
    assert not [
        e
        for e in events_of("Le Canada n'a pas reconnu le gouvernement de la junte.")
        if e.event_type == "SUPPORT"
    ]


def test_negation_without_recoding_is_marked(events_of: Extract) -> None:
    ev = only(events_of("L'Égypte n'a pas condamné Israël."), "ACCUSE")
    assert "negation" in ev.auxiliary


def test_passive_agent_is_the_actor(events_of: Extract) -> None:
    ev = only(events_of("Le projet a été soutenu par le Japon."), "SUPPORT")
    assert countries(ev.actors) == {"JPN"}


def test_relative_clause_subject_is_the_antecedent(events_of: Extract) -> None:
    text = "Plusieurs pays, dont la Norvège, qui n'ont pas reconnu le régime, restent prudents."
    events = events_of("La Norvège, qui a critiqué le Venezuela, reste prudente.")
    ev = only(events, "ACCUSE")
    assert countries(ev.actors) == {"NOR"} and countries(ev.recipients) == {"VEN"}
    assert events_of(text) is not None


def test_coordinated_participants_of_a_meeting_are_all_actors(events_of: Extract) -> None:
    ev = only(
        events_of(
            "Le président français, Emmanuel Macron, et le chancelier allemand, Olaf Scholz, "
            "se sont rencontrés le 3 mai."
        ),
        "CONSULT",
    )
    assert countries(ev.actors) == {"FRA", "DEU"}
    assert ev.recipients == []
    assert ev.date is not None and ev.date.date.value == "2023-05-03"


# A weekday read in the tense of its clause, in an article of Sunday 3 March 2024: (language, sentence, date).
TENSED_DATES = [
    ("fr", "Le ministre a rencontré mardi son homologue qatari.", "2024-02-27"),
    ("en", "The minister met his Qatari counterpart on Tuesday.", "2024-02-27"),
    ("fr", "Le ministre avait rencontré jeudi son homologue qatari à Doha.", "2024-02-29"),
    ("en", "The minister had met his Qatari counterpart on Thursday in Doha.", "2024-02-29"),
    ("fr", "Le ministre rencontrera mardi son homologue qatari.", "2024-03-05"),
    ("en", "The minister will meet his Qatari counterpart on Tuesday.", "2024-03-05"),
    # An event noun takes the tense of its verb.
    ("fr", "Le gouvernement a condamné jeudi l'attaque contre l'ambassade.", "2024-02-29"),
    ("en", "The government condemned the attack on the embassy on Thursday.", "2024-02-29"),
]


@pytest.mark.parametrize(("lang", "text", "value"), TENSED_DATES)
def test_an_event_is_dated_in_the_tense_of_its_clause(
    events_of: Extract, lang: str, text: str, value: str
) -> None:
    events = events_of(text, lang, "2024-03-03")
    assert events and all(ev.date is not None and ev.date.date.value == value for ev in events)


def test_apposition_names_the_person(events_of: Extract) -> None:
    ev = only(
        events_of("Le ministre iranien des Transports, Abbas Akhoundi, a critiqué la Turquie."), "ACCUSE"
    )
    (actor,) = ev.actors
    assert actor.kind == "person" and actor.country == "IRN" and "Akhoundi" in actor.name


def test_avec_complement_is_the_recipient(events_of: Extract) -> None:
    ev = only(events_of("Le Japon coopère avec l'Inde sur la sécurité maritime."), "COOPERATE")
    assert countries(ev.actors) == {"JPN"} and countries(ev.recipients) == {"IND"}


def test_speech_verb_attributes_the_reported_event(events_of: Extract) -> None:
    ev = only(events_of("Le Kremlin a déclaré que la Chine soutient la Russie."), "SUPPORT")
    assert ev.attribution is not None and ev.attribution.source is not None
    assert ev.attribution.source.country == "RUS"
    assert "déclaré" in ev.attribution.text


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fr", "« La France boycottera le sommet », a déclaré le ministre Jean Dupont.", "REJECT"),
        ("en", '"France will boycott the summit," said the minister, John Smith.', "THREATEN"),
    ],
)
def test_a_speaker_after_the_quote_is_its_source(
    events_of: Extract, lang: str, text: str, etype: str
) -> None:
    """ "« ... », a déclaré le ministre X": the speaker follows the speech verb after the quote."""
    ev = only(events_of(text, lang), etype)
    assert ev.attribution is not None and ev.attribution.source is not None
    assert any(name in ev.attribution.source.text for name in ("Jean Dupont", "John Smith"))
    assert ev.attribution.text.endswith(("Jean Dupont", "John Smith"))


def test_selon_attributes_the_event(events_of: Extract) -> None:
    ev = only(events_of("Selon l'AFP, le Mali a expulsé l'ambassadeur de France."), "SANCTION")
    assert ev.attribution is not None and ev.attribution.source is not None
    assert ev.attribution.source.kind == "media"


def test_asserted_event_has_no_attribution(events_of: Extract) -> None:
    ev = only(events_of("Le Brésil a condamné l'attaque contre Israël."), "ACCUSE")
    assert ev.attribution is None


def test_relative_date_resolves_against_publication(events_of: Extract) -> None:
    ev = only(events_of("La Chine a menacé Taïwan le mois dernier.", published="2023-06"), "THREATEN")
    assert ev.date is not None and ev.date.date.value == "2023-05"


def test_undated_event_has_no_date(events_of: Extract) -> None:
    ev = only(events_of("La France soutient l'Arménie.", published="2023-06-15"), "SUPPORT")
    assert ev.date is None


def test_nominal_trigger_takes_its_clause_date_and_genitive_actor(events_of: Extract) -> None:
    text = "En mars 2019, le retrait des soldats américains a surpris les alliés."
    ev = only(events_of(text), "RETREAT")
    assert countries(ev.actors) == {"USA"}
    assert ev.date is not None and ev.date.date.value == "2019-03"


def test_coordinated_relative_clauses_share_the_date(events_of: Extract) -> None:
    text = (
        "Le Qatar a payé le bureau que les talibans ont ouvert à Doha en 2013 "
        "et qui a été soutenu par le Japon."
    )
    ev = only(events_of(text), "SUPPORT")
    assert countries(ev.actors) == {"JPN"}
    assert ev.date is not None and ev.date.date.value == "2013"


def test_object_control_gives_the_infinitive_its_actor(events_of: Extract) -> None:
    ev = only(events_of("Le chaos a permis aux rebelles de prendre le contrôle de la capitale."), "COERCE")
    assert ev.actors and ev.actors[0].kind in ("armed_group", "other", "civilians")


def test_anaphoric_meeting_adds_the_place_and_infers_a_visit(events_of: Extract) -> None:
    text = (
        "Le roi de Jordanie et le président égyptien se sont rencontrés le 2 février. "
        "Cette rencontre au Caire était la première depuis un an."
    )
    events = events_of(text)
    ev = only(events, "CONSULT")
    assert ev.location is not None and ev.location.place.country == "EGY"
    assert ev.mode == "visit"
    assert countries(ev.actors) == {"JOR"} and countries(ev.recipients) == {"EGY"}


def test_meeting_between_two_sides_on_third_territory_is_third_party(events_of: Extract) -> None:
    text = "Oman a accueilli sur son territoire des négociations entre les Iraniens et les Américains."
    ev = next(e for e in events_of(text) if e.evidence.trigger == "négociations")
    assert countries(ev.actors) == {"IRN", "USA"}
    assert ev.location is not None and ev.location.place.country == "OMN"
    assert ev.mode == "third-party"


def test_statement_about_repression_is_an_accusation(events_of: Extract) -> None:
    text = (
        "Le porte-parole d'Amnesty International a déclaré que les militaires birmans poursuivent leur "
        "répression des manifestants."
    )
    ev = only(events_of(text), "ACCUSE")
    assert ev.mode == "disapprove"
    assert "Amnesty" in " ".join(names(ev.actors)) or any(
        "Amnesty" in (a.affiliation or "") for a in ev.actors
    )
    assert countries(ev.recipients) == {"MMR"}


def test_willingness_is_agree_and_its_negation_reject(events_of: Extract) -> None:
    agree = only(events_of("Le gouvernement serbe est prêt à des compromis."), "AGREE")
    assert countries(agree.actors) == {"SRB"}
    reject = events_of("Il ne semble pas que le gouvernement serbe soit prêt à des compromis.")
    assert [e.event_type for e in reject] == ["REJECT"]


def test_future_and_conditional_are_marked(events_of: Extract) -> None:
    assert "future" in only(events_of("Le Maroc soutiendra la candidature du Sénégal."), "SUPPORT").auxiliary
    assert "hypothetical" in only(events_of("L'Inde pourrait sanctionner le Pakistan."), "SANCTION").auxiliary


def test_offsets_point_into_the_text(events_of: Extract) -> None:
    text = "Premier paragraphe sans événement.\n\nLa Russie a attaqué l'Ukraine."
    ev = only(events_of(text), "ASSAULT")
    assert text[ev.evidence.start : ev.evidence.end].strip() == ev.evidence.sentence
    for entity in ev.actors + ev.recipients:
        assert entity.start is not None and entity.end is not None
        assert text[entity.start : entity.end] == entity.text


def test_admitting_something_is_not_recognition(events_of: Extract) -> None:
    events = events_of("Le Danemark a reconnu que ses soldats avaient participé à l'opération.")
    assert not [e for e in events if e.event_type == "SUPPORT"]


def test_negated_agreement_is_reject(events_of: Extract) -> None:
    ev = only(events_of("Le syndicat ne signera pas l'accord sur le temps de travail."), "REJECT")
    assert ev.actors


def test_refusing_to_sign_is_one_reject(events_of: Extract) -> None:
    events = events_of("La Pologne refuse de signer l'accord sur les migrations.")
    assert [e.event_type for e in events] == ["REJECT"]


def test_city_in_the_genitive_is_the_place_not_the_actor(events_of: Extract) -> None:
    events = events_of("Les États-Unis ont quitté l'accord de Paris sur le climat.")
    for ev in events:
        assert all(a.name != "France" for a in ev.actors)


def test_place_names_are_not_cut(events_of: Extract) -> None:
    ev = only(events_of("Le Brésil a accueilli l'Argentine à Belo Horizonte le 3 mai."), "CONSULT")
    assert ev.location is not None and ev.location.place.country == "BRA"


def test_the_matter_of_talks_is_not_an_event(events_of: Extract) -> None:
    events = events_of(
        "Le Soudan a accueilli des pourparlers entre l'Égypte et l'Éthiopie sur le retrait des troupes."
    )
    assert [e.event_type for e in events if e.event_type == "RETREAT"] == []
    talks = only(events, "CONSULT")
    assert countries(talks.actors) == {"EGY", "ETH"}
    assert talks.mode == "third-party"
    assert talks.location is not None and talks.location.place.country == "SDN"


def test_title_with_a_name_set_off_by_commas_is_that_person(events_of: Extract) -> None:
    ev = only(events_of("Jean Dupuis, le maire de Lille, a condamné la décision du gouvernement."), "ACCUSE")
    (actor,) = ev.actors
    assert actor.name == "Jean Dupuis" and actor.role == "mayor"


def test_pronoun_takes_an_agreeing_subject(events_of: Extract) -> None:
    text = "Le Groenland est vaste. Les autorités danoises sont inquiètes. Elles ont condamné la Russie."
    ev = only(events_of(text), "ACCUSE")
    assert countries(ev.actors) == {"DNK"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le président chilien a rencontré le 3 mars à Lima son homologue péruvien.", "fr"),
        ("The Chilean president met his Peruvian counterpart on March 3 in Lima.", "en"),
    ],
)
def test_a_place_the_parser_hangs_off_the_date_is_the_events_place(
    events_of: Extract, text: str, lang: str
) -> None:
    ev = only(events_of(text, lang), "CONSULT")
    assert ev.location is not None and ev.location.place.name == "Lima"


def test_a_partitive_object_read_as_an_oblique_still_makes_the_phrase(events_of: Extract) -> None:
    ev = only(events_of("Le Canada a imposé vendredi de nouvelles sanctions à la Biélorussie."), "SANCTION")
    assert [a.country for a in ev.actors] == ["CAN"] and [r.country for r in ev.recipients] == ["BLR"]


@pytest.mark.parametrize(
    ("text", "lang", "broker", "sides"),
    [
        (
            "Le Koweït a joué le rôle de médiateur entre l'Arabie saoudite et le Qatar.",
            "fr",
            "KWT",
            {"SAU", "QAT"},
        ),
        ("L'Algérie a servi d'intermédiaire entre l'Iran et les États-Unis.", "fr", "DZA", {"IRN", "USA"}),
        ("La Norvège a facilité des pourparlers entre la Colombie et les FARC.", "fr", "NOR", {"COL"}),
        ("La Suisse est la puissance protectrice des États-Unis en Iran.", "fr", "CHE", {"USA"}),
        ("Egypt mediated between Israel and Hamas.", "en", "EGY", {"ISR", "PSE"}),
        ("Oman acted as a go-between for Iran and the United States.", "en", None, set()),
        ("Sweden is the protecting power of the United States in North Korea.", "en", "SWE", {"USA"}),
    ],
)
def test_who_mediates_between_whom(
    events_of: Extract, text: str, lang: str, broker: str | None, sides: set[str]
) -> None:
    talks = [e for e in events_of(text, lang) if e.event_type == "CONSULT" and e.mode == "third-party"]
    if broker is None:  # "for" does not name the sides of talks: nothing is claimed
        assert all(e.broker is None or e.actors for e in talks)
        return
    assert len(talks) == 1
    assert talks[0].broker is not None and talks[0].broker.country == broker
    assert sides <= {a.country for a in talks[0].actors}
    assert broker not in {a.country for a in talks[0].actors}


def test_a_mediator_named_as_a_subject_tells_no_mediation(events_of: Extract) -> None:
    events = events_of("Le médiateur de l'ONU a rencontré le président soudanais à Khartoum.")
    assert [e for e in events if e.broker is not None] == []


def test_a_mediator_named_beside_talks_is_their_broker_not_another_event(events_of: Extract) -> None:
    events = events_of(
        "Oman a été l'intermédiaire des États-Unis, permettant sur son sol des négociations "
        "entre les Iraniens et les Américains."
    )
    talks = [e for e in events if e.event_type == "CONSULT"]
    assert len(talks) == 1
    assert talks[0].mode == "third-party" and talks[0].broker is not None and talks[0].broker.country == "OMN"
    assert {a.country for a in talks[0].actors} == {"IRN", "USA"}


def test_calling_someone_a_mediator_does_not_redate_an_earlier_meeting(events_of: Extract) -> None:
    events = events_of(
        "Le Brésil et l'Argentine se sont rencontrés le 3 mai. "
        "Le Brésil est un médiateur régional depuis dix ans."
    )
    meeting = only(events, "CONSULT")
    assert meeting.date is not None and meeting.date.date.value == "2023-05-03"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le ministre japonais des Affaires étrangères a rencontré son homologue sud-coréen à Tokyo.", "fr"),
        ("Japan's foreign minister met his South Korean counterpart in Tokyo.", "en"),
    ],
)
def test_a_counterpart_is_an_office_holder_of_the_country_named(
    events_of: Extract, text: str, lang: str
) -> None:
    ev = only(events_of(text, lang), "CONSULT")
    assert {e.country for e in ev.actors + ev.recipients} == {"JPN", "KOR"}


def test_a_mediator_word_with_nobody_mediating_is_no_event(events_of: Extract) -> None:
    events = events_of("Des négociations avec l'intermédiaire du gouvernement sont en cours.")
    assert [e for e in events if e.evidence.trigger == "intermédiaire"] == []


def test_a_condition_is_not_an_event(events_of: Extract) -> None:
    events = events_of("La Russie coupera le gaz à l'Ukraine si Kiev refuse de payer sa dette.")
    assert "REJECT" not in [e.event_type for e in events]


# Sentences that must give no event of a type: (language, sentence, type), French and English side by side.
NOT_OF_TYPE = [
    # Defending oneself supports nobody.
    ("fr", "Jeudi, Jean Dupont s'est défendu à la télévision.", "SUPPORT"),
    ("en", "The minister defended himself on television.", "SUPPORT"),
    # Found guilty admits nothing.
    ("fr", "Le militant Jean Dupont a été reconnu coupable de fraude.", "CONCEDE"),
    ("en", "The activist John Smith was found guilty of fraud.", "CONCEDE"),
    # A participle said of the subject, or of the noun before it, tells what was done to them.
    ("fr", "Le soldat est revenu blessé du front.", "ASSAULT"),
    ("en", "The soldier came back wounded from the front.", "ASSAULT"),
    ("fr", "Le président rend visite aux commerçants vandalisés la veille.", "PROTEST"),
    ("en", "The president visited the shops that were vandalised the day before.", "PROTEST"),
    # One receives someone, not their gift: the giver of what is received is no visitor.
    ("fr", "Le candidat a reçu une montre offerte par un homme d'affaires suisse.", "CONSULT"),
    ("en", "The candidate received a watch offered by a Swiss businessman.", "CONSULT"),
    ("fr", "La Turquie a reçu l'appui de la Russie.", "CONSULT"),
    # Whom a release frees does not free anyone.
    ("fr", "Une manifestation pour la libération de militants basques est prévue.", "RETREAT"),
    ("en", "A demonstration for the release of Basque activists is planned.", "RETREAT"),
    ("en", "Turkey received the support of Russia.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), NOT_OF_TYPE)
def test_no_event_of_type(events_of: Extract, lang: str, text: str, etype: str) -> None:
    assert not [e for e in events_of(text, lang=lang) if e.event_type == etype]


def test_own_forces_are_no_recipient(events_of: Extract) -> None:
    """ "offered its troops to Lebanon": the troops are what Syria moves; Lebanon is whom it acts on."""
    events = events_of("Syria offered its troops to Lebanon.", "en")
    assert [[r.name for r in e.recipients] for e in events if e.event_type == "AGREE"] == [["Lebanon"]]


# One word without a capital is a common noun, never the name it shares with a newspaper or an island:
# (language, sentence, the entry it must not give).
COMMON_NOUNS = [
    ("fr", "Le pape a appelé à la libération des otages.", "kb:org:liberation"),
    ("fr", "La réunion des ministres a condamné l'attaque contre l'ambassade.", "kb:country:REU"),
    ("en", "The guardian of the shrine condemned the attack on the pilgrims.", "kb:org:guardian"),
]


@pytest.mark.parametrize(("lang", "text", "entry"), COMMON_NOUNS)
def test_a_common_noun_is_no_named_entity(events_of: Extract, lang: str, text: str, entry: str) -> None:
    named = [e.id for ev in events_of(text, lang) for e in ev.actors + ev.recipients]
    assert entry not in named
