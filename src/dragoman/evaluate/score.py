"""Event scoring with the referee's matching rules.

A gold record has `doc`, `id`, `required`, `types`, `directed`, `actor`, `recipient` (each a side
{"any": [aliases], "country": ISO3 or list} or null) and optionally `date`, `location`, `mode`.
- A side matches an entity when one alias, accent- and case-folded, occurs in the entity's name, text or
  affiliation, or when the side names a country and the entity has it.
- Directed gold: the actor side among the predicted actors, the recipient side among the recipients.
  Undirected gold: both sides among actors + recipients, on distinct entities.
- Per document, gold events are taken required first, each matching the first unused prediction.
- Precision: matched predictions / predictions; recall: matched required / required gold.
- Attributes are checked on matched pairs whose gold states them; a gold date of null means the right
  answer is no date.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dragoman.normalize import unaccented

Record = dict[str, Any]


def fold(text: str | None) -> str:
    """The referee's folding: accents and case away, hyphens and apostrophes as spaces."""
    text = unaccented(text or "")
    return " ".join(text.replace("-", " ").replace("'", " ").replace("\u2019", " ").split())


def _matches(side: Record, entity: Record) -> bool:
    hay = fold(" | ".join(str(entity.get(k) or "") for k in ("name", "text", "affiliation")))
    if any(fold(alias) and fold(alias) in hay for alias in side.get("any", [])):
        return True
    countries = side.get("country") or []
    countries = [countries] if isinstance(countries, str) else countries
    return bool(entity.get("country")) and entity.get("country") in countries


def _indices(side: Record, entities: list[Any]) -> set[int]:
    return {i for i, e in enumerate(entities) if isinstance(e, dict) and _matches(side, e)}


def core_match(gold: Record, pred: Record) -> bool:
    """Same type and the gold's participants found in the prediction."""
    if pred.get("event_type") not in gold["types"]:
        return False
    actors, recipients = pred.get("actors") or [], pred.get("recipients") or []
    a, r = gold.get("actor"), gold.get("recipient")
    if gold.get("directed", True):
        return (a is None or bool(_indices(a, actors))) and (r is None or bool(_indices(r, recipients)))
    everyone = actors + recipients
    ia = _indices(a, everyone) if a else set(range(len(everyone)))
    ir = _indices(r, everyone) if r else set(range(len(everyone)))
    if not ia or not ir:
        return False
    return any(x != y for x in ia for y in ir) or a is None or r is None


def date_ok(gold: Record, pred: Record) -> bool:
    value = (pred.get("date") or {}).get("value") or None
    want = gold["date"]
    if want is None:
        return value is None
    return value is not None and str(value)[: len(want)] == want and len(str(value)) >= len(want)


def location_ok(gold: Record, pred: Record) -> bool:
    loc = pred.get("location") or {}
    hay = fold(" | ".join(str(loc.get(k) or "") for k in ("name", "text")))
    return any(fold(a) in hay for a in gold["location"]) if hay else False


def mode_ok(gold: Record, pred: Record) -> bool:
    return bool(pred.get("mode") == gold["mode"])


ATTRIBUTES = {"date": date_ok, "location": location_ok, "mode": mode_ok}


@dataclass
class Score:
    docs: int = 0
    gold_required: int = 0
    predicted: int = 0
    matched_required: int = 0
    matched_predictions: int = 0
    attributes: dict[str, tuple[int, int]] = field(default_factory=dict)
    dated_with_publication: int = 0
    per_type: dict[str, Counter[str]] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    missed: list[Record] = field(default_factory=list)
    extra: list[Record] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_predictions / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_required / self.gold_required if self.gold_required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def check_gold(gold: list[Record]) -> str | None:
    """What makes `gold` no gold file (the first record lacking "doc" or "types"), or None."""
    return _lacking(gold, ("doc", "types"))


def check_predictions(pred: list[Record]) -> str | None:
    """What makes `pred` no file of predicted events (the first record lacking "doc_id" or "event_type",
    as a gold file's records do), or None."""
    return _lacking(pred, ("doc_id", "event_type"))


def _lacking(records: list[Record], keys: tuple[str, ...]) -> str | None:
    for n, record in enumerate(records, 1):
        missing = [key for key in keys if key not in record]
        if missing:
            return f"record {n} has no {' and '.join(repr(k) for k in missing)}"
    return None


def score(gold: list[Record], pred: list[Record], published: dict[str, str] | None = None) -> Score:
    """Score predictions against gold; `published` maps doc ids to publication dates (YYYY[-MM[-DD]])."""
    published = published or {}
    by_doc: dict[str, list[Record]] = {}
    for p in pred:
        by_doc.setdefault(str(p.get("doc_id")), []).append(p)
    docs = sorted({g["doc"] for g in gold})
    out = Score(docs=len(docs), gold_required=sum(1 for g in gold if g.get("required", True)))
    pairs: list[tuple[Record, Record]] = []
    matched: set[int] = set()
    for doc in docs:
        preds = by_doc.get(doc, [])
        out.predicted += len(preds)
        golds = sorted((g for g in gold if g["doc"] == doc), key=lambda g: not g.get("required", True))
        used: set[int] = set()
        for g in golds:
            hit = next((i for i, p in enumerate(preds) if i not in used and core_match(g, p)), None)
            if hit is None:
                if g.get("required", True):
                    out.missed.append(g)
                    _confuse(out, g, preds, used)
                continue
            used.add(hit)
            matched.add(id(preds[hit]))
            pairs.append((g, preds[hit]))
        out.extra += [p for i, p in enumerate(preds) if i not in used]
    out.matched_predictions = len(matched)
    out.matched_required = sum(1 for g, _ in pairs if g.get("required", True))
    for key, check in ATTRIBUTES.items():
        stated = [(g, p) for g, p in pairs if key in g]
        out.attributes[key] = (sum(1 for g, p in stated if check(g, p)), len(stated))
    out.dated_with_publication = sum(
        1
        for p in pred
        if published.get(str(p.get("doc_id")))
        and str((p.get("date") or {}).get("value") or "").startswith(published[str(p["doc_id"])])
    )
    _per_type(out, gold, pred, pairs, docs)
    return out


def _confuse(out: Score, gold: Record, preds: list[Record], used: set[int]) -> None:
    """A missed gold event whose participants were found under another type: a confusion."""
    for i, p in enumerate(preds):
        if i in used:
            continue
        if core_match({**gold, "types": [p.get("event_type")]}, p):
            out.confusion[(gold["types"][0], str(p.get("event_type")))] += 1
            return


def _per_type(
    out: Score, gold: list[Record], pred: list[Record], pairs: list[tuple[Record, Record]], docs: list[str]
) -> None:
    for g in gold:
        if g.get("required", True):
            out.per_type.setdefault(g["types"][0], Counter())["gold"] += 1
    for g, p in pairs:
        if g.get("required", True):
            out.per_type.setdefault(g["types"][0], Counter())["found"] += 1
        out.per_type.setdefault(str(p.get("event_type")), Counter())["right"] += 1
    for p in pred:
        if str(p.get("doc_id")) in docs:
            out.per_type.setdefault(str(p.get("event_type")), Counter())["predicted"] += 1
