"""`make eval`: run dragoman on the shared development sets, score them with the referees, and write the
results into docs/accuracy.md (between the eval markers) with the date and the commit.

Sets: the example article, the two French Wikinews dev parts (each, and together as the issue scores them),
the English PLOVER records, French TimeBank dates. For the French dev sets, a table per PLOVER type (found
of required, predicted, right) and the extras; then the ablation: the same sets read with the rules alone,
the classifier alone, and both (`dragoman extract --candidates`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "accuracy.md"
START, END = "<!-- eval:start -->", "<!-- eval:end -->"
BIN = Path(sys.executable).parent
SHARED = ROOT.parent / "shared"
MODES = ("rules", "classifier", "both")


def run(*args: str, stdin: str | None = None) -> str:
    return subprocess.run(args, input=stdin, capture_output=True, text=True, check=True).stdout


def concat(paths: list[Path], target: Path) -> Path:
    target.write_text("".join(p.read_text("utf-8") for p in paths), encoding="utf-8")
    return target


def sets(tmp: Path) -> dict[str, tuple[Path, list[Path], list[Path]]]:
    """name -> (gold, inputs, meta sidecars)."""
    ev, gold = SHARED / "eval", SHARED / "eval" / "gold"
    fr = [ev / f"wikinews-fr-dev-{i}.corpus.jsonl" for i in (1, 2)]
    fr_gold = [gold / f"wikinews-fr-dev-{i}.gold.jsonl" for i in (1, 2)]
    seed = SHARED / "examples"
    return {
        "seed-fr (French example)": (
            gold / "seed-fr.gold.jsonl",
            [seed / "seed-fr.txt"],
            [seed / "seed-fr.meta.json"],
        ),
        "Wikinews FR dev 1": (fr_gold[0], [fr[0]], []),
        "Wikinews FR dev 2": (fr_gold[1], [fr[1]], []),
        "Wikinews FR dev 1+2": (concat(fr_gold, tmp / "fr-gold.jsonl"), [concat(fr, tmp / "fr.jsonl")], []),
        "PLOVER gold records dev (English)": (
            gold / "plover-gsr-dev.gold.jsonl",
            [ev / "plover-gsr-dev.corpus.jsonl"],
            [],
        ),
    }


def extract(inputs: list[Path], out: Path, candidates: str) -> Path:
    run(str(BIN / "dragoman"), "extract", *map(str, inputs), "-o", str(out), "--candidates", candidates)
    return out


def referee(gold: Path, pred: Path, meta: list[Path]) -> dict[str, object]:
    args = [sys.executable, str(SHARED / "eval/score.py"), str(gold), str(pred), "--json"]
    if meta:
        args += ["--meta", *map(str, meta)]
    return dict(json.loads(run(*args)))


def row(name: str, r: dict[str, object]) -> str:
    attrs = ", ".join(f"{k} {v}" for k, v in dict(r["attributes"]).items())  # type: ignore[call-overload]
    return (
        f"| {name} | {r['predicted']} | {r['matched_required']}/{r['gold_required']} | {r['precision']:.3f} "
        f"| {r['recall']:.3f} | **{r['f1']:.3f}** | {attrs} | {r['events_dated_with_publication_date']} |"
    )


def per_type(gold: Path, pred: Path) -> list[str]:
    """Found/required, predicted and right per PLOVER type, and what the extras are."""
    from dragoman.evaluate.score import score

    def load(path: Path) -> list[dict[str, object]]:
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]

    result = score(load(gold), load(pred))  # type: ignore[arg-type]
    lines = ["| type | found / required | predicted | right |", "|---|---|---|---|"]
    for name, counts in sorted(result.per_type.items()):
        lines.append(
            f"| {name} | {counts['found']}/{counts['gold']} | {counts['predicted']} | {counts['right']} |"
        )
    extras = Counter(str(p.get("event_type")) for p in result.extra)
    no_recipient = sum(1 for p in result.extra if not p.get("recipients"))
    lines += [
        "",
        f"Extras (predictions matching no gold event): {len(result.extra)}, of which {no_recipient} without "
        "a recipient; by type: " + ", ".join(f"{t} {n}" for t, n in extras.most_common()),
    ]
    return lines


def dates_line(tmp: Path) -> str:
    gold = SHARED / "eval/gold/fr-timebank-dev.dates.tsv"
    rows = gold.read_text("utf-8").splitlines()[1:]
    lines = "".join("\t".join(r.split("\t")[:2]) + "\n" for r in rows)
    pred = tmp / "dates.txt"
    pred.write_text(run(str(BIN / "dragoman"), "dates", "--lang", "fr", stdin=lines), encoding="utf-8")
    return run(sys.executable, str(SHARED / "eval/score_dates.py"), str(gold), str(pred)).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-ablation", action="store_true", help="score with both candidate sources only")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave docs/accuracy.md")
    options = parser.parse_args()
    if not (SHARED / "eval").is_dir():
        print(f"{SHARED / 'eval'} is absent: nothing to measure (make eval reads the shared dev sets)")
        return
    commit = run("git", "-C", str(ROOT), "rev-parse", "--short", "HEAD").strip()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        table = sets(tmp)
        results: dict[tuple[str, str], dict[str, object]] = {}
        preds: dict[str, Path] = {}
        for mode in ("both",) if options.no_ablation else MODES:
            for n, (set_name, (gold, inputs, meta)) in enumerate(table.items()):
                pred = extract(inputs, tmp / f"{mode}-{n}.jsonl", mode)
                results[(mode, set_name)] = referee(gold, pred, meta)
                preds[f"{mode}:{set_name}"] = pred
        fr_gold = table["Wikinews FR dev 1+2"][0]
        lines = [
            START,
            f"Generated by `make eval` on {dt.date.today().isoformat()} at commit `{commit}`.",
            "",
            "| set | predicted | required found | precision | recall | F1 | attributes | pub. date |",
            "|---|---|---|---|---|---|---|---|",
            *(row(set_name, results[("both", set_name)]) for set_name in table),
            "",
            f"French TimeBank dev (`dragoman dates --lang fr`, `score_dates.py`): {dates_line(tmp)}",
            "",
            "French dev 1+2 per type (a gold event counts under its first type):",
            "",
            *per_type(fr_gold, preds["both:Wikinews FR dev 1+2"]),
        ]
        if not options.no_ablation:
            lines += [
                "",
                "Ablation, F1 (precision / recall):",
                "",
                "| set | rules alone | classifier alone | both |",
            ]
            lines.append("|---|---|---|---|")
            for set_name in table:
                cells = [
                    f"{results[(m, set_name)]['f1']:.3f} ({results[(m, set_name)]['precision']:.2f} / "
                    f"{results[(m, set_name)]['recall']:.2f})"
                    for m in MODES
                ]
                lines.append(f"| {set_name} | " + " | ".join(cells) + " |")
        lines.append(END)
    block = "\n".join(lines)
    print(block)
    if options.no_write:
        return
    text = DOC.read_text("utf-8") if DOC.exists() else "# Accuracy\n"
    if START in text and END in text:
        text = text[: text.index(START)] + block + text[text.index(END) + len(END) :]
    else:
        head, _, rest = text.partition("\n")
        text = f"{head}\n\n{block}\n{rest}"
    DOC.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
