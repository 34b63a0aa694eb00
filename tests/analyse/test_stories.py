"""Cross-article merging: which reports are one real-world event, and what the merged record keeps."""

from __future__ import annotations

from typing import Any

from dragoman.analyse.actors import index_actors
from dragoman.analyse.stories import Report, merge_key, merge_reports
from dragoman.model import Entity, Event, PartialDate
from tests.analyse.records import event

QATAR = {"text": "Qatar", "name": "Qatar", "id": "kb:country:QAT", "country": "QAT", "kind": "state"}
OMAN = {"text": "Oman", "name": "Oman", "id": "kb:country:OMN", "country": "OMN", "kind": "state"}
IRAN = {"text": "Iran", "name": "Iran", "id": "kb:country:IRN", "country": "IRN", "kind": "state"}
STATES = {"text": "many states", "name": "states", "id": None, "country": None, "kind": "state"}


def default_node(entity: Entity) -> str | None:
    """The merge's notion of a side, kept simple here: the knowledge-base id."""
    return entity.id


def record(
    doc: str,
    n: int = 0,
    *,
    kind: str = "CONSULT",
    actors: list[Any] | None = None,
    recipients: list[Any] | None = None,
    date: str | None = None,
    place: str | None = None,
) -> dict[str, Any]:
    return {
        "doc_id": doc,
        "event_id": f"{doc}:0:{n}",
        "event_type": kind,
        "mode": None,
        "actors": actors if actors is not None else [QATAR],
        "recipients": recipients if recipients is not None else [IRAN],
        "date": {"text": date, "value": date, "precision": PartialDate.parse(date).precision}
        if date
        else None,
        "location": {"text": place, "name": place, "country": place[:3].upper()} if place else None,
        "attribution": None,
        "evidence": {"sentence": f"sentence of {doc}", "start": 0, "end": 10, "trigger": "met"},
        "confidence": 0.9,
    }


def report(rec: dict[str, Any], published: str = "2024-03-10", source: str | None = None) -> Report:
    return Report(Event.from_record(rec), PartialDate.parse(published), source or str(rec["doc_id"]))


def test_two_articles_on_the_same_meeting_are_one_story_with_two_sources() -> None:
    stories = merge_reports(
        [report(record("a", date="2024-03-08")), report(record("b", date="2024-03-08"), "2024-03-11")],
        default_node,
    )
    assert len(stories) == 1
    story = stories[0].record()
    assert (story["sources"], story["documents"]) == (2, 2)
    assert (story["first_reported"], story["last_reported"]) == ("2024-03-10", "2024-03-11")
    assert [r["doc_id"] for r in story["reports"]] == ["a", "b"]
    assert story["date_alternatives"] == []


def test_meeting_sides_may_be_told_either_way_round() -> None:
    swapped = record("b", actors=[IRAN], recipients=[QATAR], date="2024-03-08")
    assert len(merge_reports([report(record("a", date="2024-03-08")), report(swapped)], default_node)) == 1


def test_accusations_keep_their_direction() -> None:
    one = record("a", kind="ACCUSE", date="2024-03-08")
    other = record("b", kind="ACCUSE", actors=[IRAN], recipients=[QATAR], date="2024-03-08")
    assert len(merge_reports([report(one), report(other)], default_node)) == 2


def test_dates_a_day_apart_merge_and_are_kept_as_alternatives_with_their_reports() -> None:
    stories = merge_reports(
        [report(record("a", date="2024-03-08")), report(record("b", date="2024-03-09"))], default_node
    )
    assert len(stories) == 1
    alternatives = {a["value"]: a["event_ids"] for a in stories[0].record()["date_alternatives"]}
    assert alternatives == {"2024-03-08": ["a:0:0"], "2024-03-09": ["b:0:0"]}


def test_a_month_and_a_day_in_it_agree() -> None:
    stories = merge_reports(
        [report(record("a", date="2024-03")), report(record("b", date="2024-03-08"))], default_node
    )
    assert len(stories) == 1
    assert stories[0].record()["date_alternatives"] == []
    assert stories[0].record()["date"]["value"] == "2024-03-08"  # the most precise telling is the face


def test_meetings_weeks_apart_are_two_events() -> None:
    stories = merge_reports(
        [report(record("a", date="2024-03-08")), report(record("b", date="2024-04-20"), "2024-04-21")],
        default_node,
    )
    assert len(stories) == 2


def test_places_in_different_countries_are_two_events() -> None:
    stories = merge_reports(
        [
            report(record("a", date="2024-03-08", place="qatar city")),
            report(record("b", date="2024-03-08", place="omn")),
        ],
        default_node,
    )
    assert len(stories) == 2


def test_a_place_told_by_one_report_only_is_kept() -> None:
    stories = merge_reports(
        [report(record("a", date="2024-03-08")), report(record("b", date="2024-03-08", place="qatar city"))],
        default_node,
    )
    assert stories[0].record()["location"]["name"] == "qatar city"


def test_undated_reports_are_compared_by_publication_date() -> None:
    near = merge_reports([report(record("a"), "2024-03-10"), report(record("b"), "2024-03-11")], default_node)
    far = merge_reports([report(record("a"), "2024-03-10"), report(record("b"), "2024-06-11")], default_node)
    assert (len(near), len(far)) == (1, 2)
    assert near[0].record()["date"] is None  # merging never invents a date


def test_two_events_of_one_article_are_never_merged_here() -> None:
    stories = merge_reports([report(record("a", 0)), report(record("a", 1))], default_node)
    assert len(stories) == 2


def test_generic_actors_alone_are_too_vague_to_merge() -> None:
    one = record("a", kind="REJECT", actors=[STATES], recipients=[], date="2024-03-08")
    other = record("b", kind="REJECT", actors=[STATES], recipients=[], date="2024-03-08")
    assert len(merge_reports([report(one), report(other)], default_node)) == 2


def test_a_third_participant_makes_another_event() -> None:
    three = record("b", actors=[QATAR, OMAN], date="2024-03-08")
    assert len(merge_reports([report(record("a", date="2024-03-08")), report(three)], default_node)) == 2


def test_sources_count_outlets_not_articles() -> None:
    stories = merge_reports(
        [report(record("a"), source="example.org"), report(record("b"), source="example.org")], default_node
    )
    assert (stories[0].record()["sources"], stories[0].record()["documents"]) == (1, 2)


def test_no_chaining_across_the_window() -> None:
    days = ["2024-03-01", "2024-03-04", "2024-03-07"]
    stories = merge_reports([report(record(d[-2:], date=d)) for d in days], default_node)
    assert sorted(len(s.event_ids) for s in stories) == [1, 2]


def test_an_undated_report_does_not_tell_what_happens_after_it_was_published() -> None:
    before = merge_reports(
        [report(record("a"), "2024-03-10"), report(record("b", date="2024-03-12"), "2024-03-12")],
        default_node,
    )
    after = merge_reports(
        [report(record("a"), "2024-03-10"), report(record("b", date="2024-03-08"), "2024-03-12")],
        default_node,
    )
    assert (len(before), len(after)) == (2, 1)


def test_one_actor_alone_merges_only_when_both_reports_are_dated() -> None:
    undated = [record(d, kind="REJECT", recipients=[]) for d in ("a", "b")]
    dated = [record(d, kind="REJECT", recipients=[], date="2024-03-08") for d in ("a", "b")]
    assert len(merge_reports([report(r) for r in undated], default_node)) == 2
    assert len(merge_reports([report(r) for r in dated], default_node)) == 1


def test_two_people_of_one_country_are_not_one_side_when_merging() -> None:
    valls = Entity("Manuel Valls", "Manuel Valls", "person", "FRA")
    fillon = Entity("François Fillon", "François Fillon", "person", "FRA", id="kb:person:fillon")
    state = Entity("France", "France", "state", "FRA")
    index = index_actors([event("x:1", "CONSULT", [valls, fillon, state])])
    key = merge_key(index)
    assert len({key(valls), key(fillon), key(state)}) == 3
    assert key(state) == index.node(state)  # anything else is its network actor
