"""The scorer on small cases written for these tests, and against the referee on the shared files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from dragoman.evaluate.score import check_gold, check_predictions, score
from tests.conftest import shared_path


def ent(name: str, country: str | None = None) -> dict[str, object]:
    return {"text": name, "name": name, "country": country, "kind": "state"}


def pred(
    etype: str, actors: list[dict[str, object]], recipients: list[dict[str, object]], **kw: object
) -> dict:
    return {"doc_id": "d", "event_type": etype, "actors": actors, "recipients": recipients, **kw}


GOLD_MEETING = {
    "doc": "d",
    "id": "G1",
    "required": True,
    "types": ["CONSULT"],
    "directed": False,
    "actor": {"any": ["qatar"], "country": "QAT"},
    "recipient": {"any": ["taliban"]},
    "date": "2023-05-12",
}


def test_undirected_gold_matches_participants_on_either_side() -> None:
    result = score([GOLD_MEETING], [pred("CONSULT", [ent("Taliban"), ent("Qatar", "QAT")], [])])
    assert (result.precision, result.recall) == (1.0, 1.0)


def test_undirected_gold_needs_two_distinct_entities() -> None:
    result = score([GOLD_MEETING], [pred("CONSULT", [ent("Qatar and the Taliban")], [])])
    assert result.recall == 0.0


def test_directed_gold_checks_sides() -> None:
    gold = {**GOLD_MEETING, "directed": True, "types": ["ACCUSE"]}
    right = pred("ACCUSE", [ent("Qatar", "QAT")], [ent("Taliban")])
    wrong = pred("ACCUSE", [ent("Taliban")], [ent("Qatar", "QAT")])
    assert score([gold], [right]).f1 == 1.0
    assert score([gold], [wrong]).f1 == 0.0


def test_accents_and_case_are_folded() -> None:
    gold = {**GOLD_MEETING, "actor": {"any": ["etats unis"]}}
    assert score([gold], [pred("CONSULT", [ent("États-Unis")], [ent("Taliban")])]).recall == 1.0


def test_date_attribute_and_null_date() -> None:
    good = pred("CONSULT", [ent("Qatar", "QAT"), ent("Taliban")], [], date={"value": "2023-05-12"})
    coarse = pred("CONSULT", [ent("Qatar", "QAT"), ent("Taliban")], [], date={"value": "2023-05"})
    assert score([GOLD_MEETING], [good]).attributes["date"] == (1, 1)
    assert score([GOLD_MEETING], [coarse]).attributes["date"] == (0, 1)
    undated = {**GOLD_MEETING, "date": None}
    assert score([undated], [good]).attributes["date"] == (0, 1)


def test_extra_predictions_lower_precision_and_optional_gold_is_free() -> None:
    optional = {**GOLD_MEETING, "id": "G2", "required": False, "types": ["SUPPORT"]}
    preds = [
        pred("CONSULT", [ent("Qatar", "QAT"), ent("Taliban")], []),
        pred("SUPPORT", [ent("Qatar", "QAT")], [ent("Taliban")]),
        pred("ASSAULT", [ent("Mars")], []),
    ]
    result = score([GOLD_MEETING, optional], preds)
    assert result.recall == 1.0 and abs(result.precision - 2 / 3) < 1e-9


def test_type_confusion_is_counted() -> None:
    result = score([GOLD_MEETING], [pred("COOPERATE", [ent("Qatar", "QAT"), ent("Taliban")], [])])
    assert result.confusion[("CONSULT", "COOPERATE")] == 1


def test_publication_date_abuse_is_counted() -> None:
    p = pred("CONSULT", [ent("Qatar", "QAT"), ent("Taliban")], [], date={"value": "2023-06-02"})
    assert score([GOLD_MEETING], [p], {"d": "2023-06"}).dated_with_publication == 1


def test_same_numbers_as_the_referee(tmp_path: Path) -> None:
    referee = shared_path("eval/score.py")
    gold_path = shared_path("eval/gold/seed-fr.gold.jsonl")
    gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line.strip()]
    preds = [
        pred("CONSULT", [ent("Akhundzada", "AFG")], [ent("Al Thani", "QAT")], date={"value": "2023-05"}),
        pred("REJECT", [ent("pays")], [ent("Taliban", "AFG")]),
        pred("ASSAULT", [ent("Nobody")], []),
    ]
    for p in preds:
        p["doc_id"] = "seed-fr"
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("\n".join(json.dumps(p) for p in preds), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(referee), str(gold_path), str(pred_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(out.stdout)
    ours = score(gold, preds)
    assert round(ours.f1, 3) == theirs["f1"] and round(ours.precision, 3) == theirs["precision"]
    assert {k: f"{a}/{b}" for k, (a, b) in ours.attributes.items()} == theirs["attributes"]


def test_a_file_of_the_other_kind_is_named_by_what_it_lacks() -> None:
    gold = [{"doc": "a", "id": "a:E1", "types": ["AGREE"]}]
    predictions = [{"doc_id": "a", "event_id": "a:0:0", "event_type": "AGREE"}]
    assert check_gold(gold) is None and check_predictions(predictions) is None
    assert check_gold(predictions) == "record 1 has no 'doc' and 'types'"
    assert check_predictions(gold) == "record 1 has no 'doc_id' and 'event_type'"
    assert check_predictions([]) is None  # a system that found nothing
