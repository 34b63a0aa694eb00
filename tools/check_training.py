"""Check the classifier's training sentences (training/README.md): fields, PLOVER types and modes, and that
every trigger, actor and recipient is written in its sentence. Exit 1 and one line per fault otherwise."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PLOVER = yaml.safe_load((ROOT / "src/dragoman/data/plover.yaml").read_text("utf-8"))["types"]
AUX = {"negation", "future", "hypothetical"}


def _word_in(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def check_line(line: str, path: Path, n: int, stem: str) -> list[str]:
    where = f"{path.relative_to(ROOT)}:{n}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return [f"{where}: not JSON ({exc.msg})"]
    text, events = rec.get("text"), rec.get("events")
    if not isinstance(text, str) or not text.strip() or not isinstance(events, list):
        return [f"{where}: needs a non-empty 'text' and an 'events' list"]
    faults = []
    if stem == "none" and events:
        faults.append(f"{where}: none.jsonl holds sentences without events")
    if stem != "none" and not any(
        isinstance(e, dict) and str(e.get("type", "")).lower() == stem for e in events
    ):
        faults.append(f"{where}: no {stem.upper()} event in {path.name}")
    for e in events:
        if not isinstance(e, dict):
            faults.append(f"{where}: an event is not an object")
            continue
        etype, mode = e.get("type"), e.get("mode")
        if etype not in PLOVER:
            faults.append(f"{where}: type {etype!r} is not PLOVER")
            continue
        if mode is not None and mode not in (PLOVER[etype].get("modes") or {}):
            faults.append(f"{where}: mode {mode!r} is not a mode of {etype}")
        trigger = e.get("trigger")
        if not isinstance(trigger, str) or " " in trigger.strip() or not _word_in(trigger, text):
            faults.append(f"{where}: trigger {trigger!r} must be one word of the text")
        for side in ("actor", "recipient"):
            value = e.get(side)
            if value is not None and (not isinstance(value, str) or value not in text):
                faults.append(f"{where}: {side} {value!r} is not written in the text")
        aux = e.get("aux", [])
        if not isinstance(aux, list) or not set(aux) <= AUX:
            faults.append(f"{where}: aux {aux!r}: allowed {sorted(AUX)}")
    return faults


def main() -> int:
    faults: list[str] = []
    seen: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for path in sorted((ROOT / "training/events").glob("*/*.jsonl")):
        stem = path.stem
        if stem != "none" and stem.upper() not in PLOVER:
            faults.append(f"{path.relative_to(ROOT)}: file name is not a PLOVER type or 'none'")
            continue
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            faults += check_line(line, path, n, stem)
            text = json.loads(line).get("text", "") if line.strip().startswith("{") else ""
            key = " ".join(text.lower().split())
            if key in seen:
                faults.append(f"{path.relative_to(ROOT)}:{n}: same sentence as {seen[key]}")
            seen[key] = f"{path.relative_to(ROOT)}:{n}"
            counts[f"{path.parent.name}/{stem}"] += 1
    for fault in faults:
        print(fault)
    for name, count in sorted(counts.items()):
        print(f"{count:6d}  {name}")
    print(f"{sum(counts.values())} sentences, {len(faults)} fault(s)")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
