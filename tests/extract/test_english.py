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


# -- one act told with its purpose or result --------------------------------------------------------
def test_participle_of_the_same_attack_is_one_event(events_of: Extract) -> None:
    events = en(events_of, "Syrian troops opened fire on the crowd, killing four.")
    assert types(events) == ["ASSAULT"]


def test_purpose_clause_names_the_target(events_of: Extract) -> None:
    ev = only(en(events_of, "Turkish police opened fire to disperse Syrian refugees."), "ASSAULT")
    assert countries(ev.recipients) == {"SYR"}


def test_clause_after_a_passive_keeps_its_subject(events_of: Extract) -> None:
    text = "The Kenyan finance minister has been accused of fraud by the opposition and will resign."
    ev = only(en(events_of, text), "RETREAT")
    assert ev.mode == "resign" and countries(ev.actors) == {"KEN"}


def test_possessor_and_of_phrase_of_an_event_noun(events_of: Extract) -> None:
    ev = only(en(events_of, "Iraq's invasion of Kuwait began in August."), "ASSAULT")
    assert countries(ev.actors) == {"IRQ"} and countries(ev.recipients) == {"KWT"}


def test_first_owner_is_the_recipient(events_of: Extract) -> None:
    ev = only(en(events_of, "Canada condemned Russia's attacks on Ukraine."), "ACCUSE")
    assert countries(ev.recipients) == {"RUS"}


def test_easing_tensions_is_no_concession(events_of: Extract) -> None:
    assert "CONCEDE" not in types(en(events_of, "Chile and Peru eased tensions over the border."))


def test_boycott_is_a_protest_and_announced_a_threat(events_of: Extract) -> None:
    assert only(en(events_of, "Kenyan students boycotted classes in Nairobi."), "PROTEST").mode == "boycott"
    assert only(en(events_of, "Ghana said it would boycott the summit."), "THREATEN")


def test_a_possessed_event_noun_alone_is_a_mention(events_of: Extract) -> None:
    assert "REQUEST" not in types(en(events_of, "The Somali rebels said their demands had not changed."))


def test_possessed_demand_with_its_content(events_of: Extract) -> None:
    ev = only(en(events_of, "Egypt repeated its demand that Israel open the crossing."), "REQUEST")
    assert countries(ev.recipients) == {"ISR"}


def test_coordinated_nationalities_are_two_actors(events_of: Extract) -> None:
    ev = only(en(events_of, "The UN said Israeli and Egyptian forces must ensure security."), "REQUEST")
    assert countries(ev.recipients) == {"ISR", "EGY"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Russia has strengthened its forces in Syria.", "MOBILIZE"),
        ("Germany reduced its aid to Mali.", "SANCTION"),
        ("The Thai police prevented a demonstration in Bangkok.", "COERCE"),
        ("Rwanda forced the Belgian ambassador out of the country.", "SANCTION"),
    ],
)
def test_verbs_restricted_to_some_objects(events_of: Extract, text: str, etype: str) -> None:
    assert etype in types(en(events_of, text))


@pytest.mark.parametrize(
    "text",
    ["Germany reduced the number of its experts.", "The new law aims to prevent violence in Bangkok."],
)
def test_restricted_verbs_with_other_objects(events_of: Extract, text: str) -> None:
    assert not {"SANCTION", "COERCE"} & set(types(en(events_of, text)))


def test_supporters_of_a_leader_are_not_the_leader(events_of: Extract) -> None:
    ev = only(
        en(events_of, "About 200 supporters of the former president blocked roads in Libreville."), "PROTEST"
    )
    assert {a.kind for a in ev.actors} == {"civilians"}


def test_purpose_object_after_a_date(events_of: Extract) -> None:
    ev = only(
        en(events_of, "Indian police opened fire to disperse Tamil demonstrators on Monday."), "ASSAULT"
    )
    assert [r.text for r in ev.recipients] == ["Tamil demonstrators"]


def test_a_banned_rally_did_not_happen(events_of: Extract) -> None:
    events = en(events_of, "The Thai government banned the opposition rally in Bangkok.")
    assert types(events) == ["COERCE"]


def test_a_town_stands_for_its_people(events_of: Extract) -> None:
    ev = only(en(events_of, "Rebels shelled the southern town of Kandahar on Sunday."), "ASSAULT")
    assert countries(ev.recipients) == {"AFG"}


# -- attacks without a named attacker, and attacks told with two verbs ------------------------------
@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("A roadside bomb near Tikrit killed two British soldiers.", "bomb"),
        ("Three Kenyan soldiers were killed by a landmine near the border.", "landmine"),
        ("A journalist was killed in a car bomb explosion in Beirut.", "explosion"),
    ],
)
def test_a_weapon_stands_for_the_unnamed_attacker(events_of: Extract, text: str, weapon: str) -> None:
    ev = only(en(events_of, text), "ASSAULT")
    assert [a.kind for a in ev.actors] == ["other"] and weapon in ev.actors[0].text


def test_killed_and_wounded_is_one_attack(events_of: Extract) -> None:
    events = en(events_of, "Rebels killed two Malian soldiers and wounded five others.")
    assert types(events) == ["ASSAULT"]


def test_what_a_prepositional_verb_asks_for(events_of: Extract) -> None:
    ev = only(en(events_of, "The Kenyan foreign minister called for sanctions against Zimbabwe."), "REQUEST")
    assert countries(ev.recipients) == {"ZWE"}


def test_a_landmark_is_not_a_town(events_of: Extract) -> None:
    events = en(events_of, "Angry Dutch farmers blocked the Europe Bridge for three hours.")
    assert "USA" not in countries(only(events, "PROTEST").recipients)


def test_threat_to_act_in_a_place(events_of: Extract) -> None:
    ev = only(en(events_of, "Ethiopia threatened to ban all flights in Eritrea."), "THREATEN")
    assert countries(ev.recipients) == {"ERI"}


def test_aircraft_are_military_actors(events_of: Extract) -> None:
    ev = only(en(events_of, "Turkish aircraft bombed Kurdish villages."), "ASSAULT")
    assert countries(ev.actors) == {"TUR"}


def test_an_unclaimed_blast_belongs_to_the_country_it_hit(events_of: Extract) -> None:
    ev = only(en(events_of, "A roadside bomb killed three policemen in Kandahar."), "ASSAULT")
    assert countries(ev.actors) == {"AFG"}


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean general resigned to allow free elections.",
        "Peru backed a resolution that aims to impose sanctions on Bolivia.",
    ],
)
def test_a_purpose_is_not_an_act(events_of: Extract, text: str) -> None:
    assert not {"CONCEDE", "SANCTION"} & set(types(en(events_of, text)))


def test_a_protest_without_target_is_against_the_home_government(events_of: Extract) -> None:
    ev = only(en(events_of, "Thousands of Kenyan teachers marched through the streets."), "PROTEST")
    assert [(r.kind, r.country) for r in ev.recipients] == [("government", "KEN")]
    assert ev.recipients[0].implied and ev.recipients[0].record()["implied"] is True  # named by no word


def test_a_government_easing_its_rules_concedes_to_its_country(events_of: Extract) -> None:
    ev = only(en(events_of, "The Chadian government lifted the night curfew on Monday."), "CONCEDE")
    assert [(r.kind, r.country) for r in ev.recipients] == [("state", "TCD")]


def test_a_place_says_more_than_an_anonymous_recipient(events_of: Extract) -> None:
    """The place gives the anonymous people their country; the people stay beside it."""
    ev = only(en(events_of, "Canada will provide medical aid to civilians in Mali."), "AGREE")
    assert countries(ev.recipients) - {None} == {"MLI"}
    assert "civilians" in [r.text for r in ev.recipients]


def test_demand_clause_hung_on_the_verb(events_of: Extract) -> None:
    text = "The ILO repeated its demand today that Israel ease restrictions on Palestinian workers."
    events = en(events_of, text)
    ev = only(events, "REQUEST")
    assert countries(ev.recipients) == {"ISR"} and "CONCEDE" not in types(events)


def test_the_threatened_party_is_named_in_the_condition(events_of: Extract) -> None:
    text = "China threatened to halt the talks if Japan sends warships to the islands."
    ev = only(en(events_of, text), "THREATEN")
    assert countries(ev.recipients) == {"JPN"}


def test_withdrawing_inspectors_is_a_sanction(events_of: Extract) -> None:
    ev = only(en(events_of, "The UN withdrew its weapons inspectors from Iraq."), "SANCTION")
    assert ev.mode == "withdraw" and countries(ev.recipients) == {"IRQ"}


def test_whom_a_place_is_for(events_of: Extract) -> None:
    ev = only(en(events_of, "A camp for Somali refugees was attacked by Kenyan militiamen."), "ASSAULT")
    assert countries(ev.recipients) == {"SOM"} and countries(ev.actors) == {"KEN"}


def test_peacekeeping_force_is_an_actor(events_of: Extract) -> None:
    ev = only(en(events_of, "The rebels opposed the deployment of a regional peacekeeping force."), "REJECT")
    assert [r.kind for r in ev.recipients] == ["igo"]


# -- the same rules on French, where they must not invent actors -------------------------------------
def test_an_actors_own_nationality_is_not_its_target(events_of: Extract) -> None:
    text = "Le 17 février, les Forces démocratiques syriennes ont lancé une offensive dans le sud."
    ev = only(events_of(text), "ASSAULT")
    assert "SYR" not in countries(ev.recipients)
