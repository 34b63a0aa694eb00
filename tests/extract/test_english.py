"""Event extraction on English sentences written for these tests: one sentence per construction."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dragoman.model import Entity, Event

pytestmark = pytest.mark.slow
Extract = Callable[..., list[Event]]


def en(events_of: Extract, text: str) -> list[Event]:
    return events_of(text, lang="en")


def only(events: list[Event], etype: str) -> Event:
    found = [e for e in events if e.event_type == etype]
    assert len(found) == 1, (
        f"expected one {etype}, got {[(e.event_type, e.evidence.trigger) for e in events]}"
    )
    return found[0]


def countries(entities: list[Entity]) -> set[str | None]:
    return {e.country for e in entities}


def types(events: list[Event]) -> list[str]:
    return [e.event_type for e in events]


# -- the lexicon: verbs, phrasal verbs, verb + object phrases, compounds ----------------------------
@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Chile has lifted the curfew in the capital.", "CONCEDE", None),
        ("The miners' union called off its strike on Monday.", "CONCEDE", None),
        ("Norway apologized to Sweden for the incident.", "SUPPORT", None),
        ("Peru and Bolivia signed a treaty of friendship.", "SUPPORT", None),
        ("Ghana has established diplomatic ties with Cuba.", "SUPPORT", None),
        ("Spain extradited two suspects to France.", "COOPERATE", None),
        ("Canada has granted asylum to three Syrian journalists.", "AID", None),
        ("The prime minister of Peru resigned on Friday.", "RETREAT", "resign"),
        ("Kenya is investigating the deaths of two Somali traders.", "ACCUSE", "investigate"),
        ("Chile lodged a protest with Argentina over the incident.", "ACCUSE", "disapprove"),
        ("Ecuador issued an ultimatum to Colombia.", "THREATEN", None),
        ("Chile dismissed a proposal from Bolivia.", "REJECT", None),
        ("Hundreds of Kenyan students staged a rally in Nairobi.", "PROTEST", "demo"),
        ("Fifty Tunisian prisoners began a hunger strike.", "PROTEST", "hunger"),
        ("Greece halted military aid to Cyprus.", "SANCTION", "discontinue"),
        ("Sudanese troops opened fire on Chadian villagers.", "ASSAULT", "firearms"),
        ("Colombian soldiers captured a rebel camp near the border.", "ASSAULT", None),
        ("Nigeria called on Ghana to close the border.", "REQUEST", None),
    ],
)
def test_english_triggers(events_of: Extract, text: str, etype: str, mode: str | None) -> None:
    ev = only(en(events_of, text), etype)
    assert ev.mode == mode


def test_predicate_adjective_after_copula(events_of: Extract) -> None:
    ev = only(en(events_of, "Japan is open to talks with China."), "AGREE")
    assert countries(ev.actors) == {"JPN"}


# -- a demand, threat, promise or refusal and its content -------------------------------------------
def test_threat_content_is_no_event_and_gives_the_recipient(events_of: Extract) -> None:
    events = en(events_of, "Iran threatened to ban imports from Turkey.")
    ev = only(events, "THREATEN")
    assert types(events) == ["THREATEN"]
    assert countries(ev.actors) == {"IRN"} and countries(ev.recipients) == {"TUR"}


def test_demand_that_someone_acts(events_of: Extract) -> None:
    events = en(events_of, "The Chinese foreign ministry demanded that Japan release the fishermen.")
    ev = only(events, "REQUEST")
    assert types(events) == ["REQUEST"]
    assert countries(ev.actors) == {"CHN"} and countries(ev.recipients) == {"JPN"}


def test_demanded_action_noun_gives_the_recipient(events_of: Extract) -> None:
    events = en(events_of, "The ministers demanded the withdrawal of Russian troops from Georgia.")
    ev = only(events, "REQUEST")
    assert "RUS" in countries(ev.recipients)
    assert types(events) == ["REQUEST"]


def test_said_someone_must_is_a_request(events_of: Extract) -> None:
    events = en(events_of, "The French president said that Iran must stop enriching uranium.")
    ev = only(events, "REQUEST")
    assert countries(ev.actors) == {"FRA"} and countries(ev.recipients) == {"IRN"}


def test_refusal_keeps_the_content_recipient(events_of: Extract) -> None:
    events = en(events_of, "Egypt refused to send troops to Libya.")
    ev = only(events, "REJECT")
    assert countries(ev.recipients) == {"LBY"}
    assert types(events) == ["REJECT"]


def test_condition_is_not_an_event(events_of: Extract) -> None:
    events = en(events_of, "Chile will cut off gas to Argentina unless Argentina pays the debt.")
    assert "AID" not in types(events) and len(events) == 1


# -- intent: promised cooperation is AGREE, announced force is THREATEN -----------------------------
def test_willing_to_withdraw_is_agree(events_of: Extract) -> None:
    events = en(events_of, "Armenia said it is willing to withdraw its troops from Azerbaijan.")
    ev = only(events, "AGREE")
    assert countries(ev.actors) == {"ARM"} and "RETREAT" not in types(events)


def test_will_provide_aid_is_agree(events_of: Extract) -> None:
    ev = only(en(events_of, "Japan will provide food aid to North Korea."), "AGREE")
    assert countries(ev.recipients) == {"PRK"}


def test_prepared_to_impose_is_threaten(events_of: Extract) -> None:
    events = en(events_of, "The Thai government is prepared to impose martial law in Bangkok.")
    ev = only(events, "THREATEN")
    assert countries(ev.actors) == {"THA"}


# -- recipients the parse does not name directly ----------------------------------------------------
def test_possessor_of_the_object_is_the_recipient(events_of: Extract) -> None:
    ev = only(en(events_of, "The Swiss minister praised Ghana's efforts to fight corruption."), "SUPPORT")
    assert countries(ev.recipients) == {"GHA"}


def test_nationality_of_the_object_is_the_recipient(events_of: Extract) -> None:
    ev = only(en(events_of, "Peru rejected a Chilean proposal on the border."), "REJECT")
    assert countries(ev.recipients) == {"CHL"}


def test_author_of_the_rejected_call(events_of: Extract) -> None:
    ev = only(en(events_of, "Israel rejected calls by Egypt to halt the raids."), "REJECT")
    assert countries(ev.recipients) == {"EGY"}


def test_place_stands_for_the_recipient_of_a_material_act(events_of: Extract) -> None:
    ev = only(en(events_of, "The Kenyan government lifted the state of emergency in Uganda."), "CONCEDE")
    assert countries(ev.recipients) == {"UGA"}


def test_conditional_threat(events_of: Extract) -> None:
    text = "Kenya announced that it will withdraw its troops from Somalia unless the talks resume."
    ev = only(en(events_of, text), "THREATEN")
    assert countries(ev.actors) == {"KEN"} and countries(ev.recipients) == {"SOM"}


def test_preparing_to_attack_is_mobilize(events_of: Extract) -> None:
    events = en(events_of, "The Ethiopian army prepared to attack Eritrean positions.")
    ev = only(events, "MOBILIZE")
    assert countries(ev.actors) == {"ETH"} and "ASSAULT" not in types(events)


def test_acceding_to_demands_is_concede(events_of: Extract) -> None:
    ev = only(en(events_of, "The Nepalese government accepted demands from the Maoist rebels."), "CONCEDE")
    assert countries(ev.actors) == {"NPL"}


def test_verb_object_phrase_is_one_event(events_of: Extract) -> None:
    events = en(events_of, "Canada imposed sanctions on Iran.")
    ev = only(events, "SANCTION")
    assert countries(ev.recipients) == {"IRN"}


def test_protest_purpose_clause_gives_the_target(events_of: Extract) -> None:
    events = en(
        events_of,
        "Hundreds of Kenyan students began a hunger strike to demand the release of Ugandan activists.",
    )
    ev = only(events, "PROTEST")
    assert ev.mode == "hunger" and countries(ev.actors) == {"KEN"}
    assert countries(ev.recipients) == {"UGA"} and types(events) == ["PROTEST"]


def test_prepositional_recipient_on(events_of: Extract) -> None:
    ev = only(en(events_of, "The president reneged on his commitment to the Kenyan people."), "REJECT")
    assert countries(ev.recipients) == {"KEN"}


def test_owner_of_the_owner(events_of: Extract) -> None:
    ev = only(en(events_of, "Poland rejected recent calls by Belarus's rulers for new loans."), "REJECT")
    assert countries(ev.recipients) == {"BLR"}


# -- actors the knowledge base does not name whole --------------------------------------------------
def test_known_organisation_under_an_unknown_noun(events_of: Extract) -> None:
    ev = only(en(events_of, "The al-Qaeda terror network threatened Spain."), "THREATEN")
    assert {a.name for a in ev.actors} == {"Al-Qaeda"}


def test_demonym_with_an_adjective(events_of: Extract) -> None:
    ev = only(en(events_of, "Young Tunisians blocked the main road to the port."), "PROTEST")
    assert countries(ev.actors) == {"TUN"}


def test_unnamed_people_of_a_country(events_of: Extract) -> None:
    ev = only(en(events_of, "Thousands of Iraqi Kurds demonstrated in Erbil on Friday."), "PROTEST")
    assert countries(ev.actors) == {"IRQ"}


def test_short_country_name(events_of: Extract) -> None:
    ev = only(en(events_of, "Bosnia and Croatia agreed to a ceasefire."), "AGREE")
    assert countries(ev.actors) == {"BIH", "HRV"}
    assert types(en(events_of, "Bosnia and Croatia agreed to a ceasefire.")) == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Peru and Bolivia signed an agreement on trade.", "SUPPORT", None),
        ("The Turkish government imposed a curfew on the city of Van.", "COERCE", "curfew"),
    ],
)
def test_verb_object_phrases(events_of: Extract, text: str, etype: str, mode: str | None) -> None:
    assert only(en(events_of, text), etype).mode == mode
