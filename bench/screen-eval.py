#!/usr/bin/env python3
"""Measures screening on labelled messages, the way the model card reports it.

usage: bench/screen-eval.py FILE.tsv [FILE.tsv ...] [--dialogs DIR] [--jar JAR] [--misses]

Each FILE is <lang>.tsv with the columns of src/test/resources/heldout (text, flag, urgent,
indicators, intent; "-" for none); the file name gives the conversation language. Runs
`java -jar JAR screen` once per file and prints flag recall, false flags, urgent recall, false
urgents and per-indicator recall. --misses lists the messages it got wrong (they are test data,
not user data).
"""
import argparse
import json
import pathlib
import signal
import subprocess
import sys

signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head


def read(path):
    rows = []
    lines = pathlib.Path(path).read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            sys.exit(f"{path}:{n}: expected 5 tab-separated columns, got {len(cols)}")
        text, flag, urgent, indicators, intent = cols
        rows.append({
            "text": text, "flag": flag == "true", "urgent": urgent == "true",
            "indicators": set() if indicators == "-" else set(indicators.split(",")),
        })
    return rows


def screen(rows, lang, jar, dialogs):
    cmd = ["java", "-jar", jar, "screen", "--lang", lang]
    if dialogs:
        cmd += ["--dialogs", dialogs]
    stdin = "".join(json.dumps({"text": r["text"], "lang": lang}, ensure_ascii=False) + "\n" for r in rows)
    out = subprocess.run(cmd, input=stdin, capture_output=True, text=True, encoding="utf-8")
    if out.returncode != 0:
        sys.exit(out.stderr)
    return [json.loads(line) for line in out.stdout.splitlines()]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("files", nargs="+")
    p.add_argument("--dialogs")
    p.add_argument("--jar", default="target/passage.jar")
    p.add_argument("--misses", action="store_true")
    a = p.parse_args()
    for path in a.files:
        lang = pathlib.Path(path).stem
        rows = read(path)
        results = screen(rows, lang, a.jar, a.dialogs)
        risky = [(r, s) for r, s in zip(rows, results) if r["flag"]]
        benign = [(r, s) for r, s in zip(rows, results) if not r["flag"]]
        urgent = [(r, s) for r, s in zip(rows, results) if r["urgent"]]
        calm = [(r, s) for r, s in zip(rows, results) if not r["urgent"]]
        found = sum(s["flag"] for _, s in risky)
        false_flags = sum(s["flag"] for _, s in benign)
        urgent_found = sum(s["urgent"] for _, s in urgent)
        false_urgent = sum(s["urgent"] for _, s in calm)
        print(f"{path}: flag recall {found}/{len(risky)}, false flags {false_flags}/{len(benign)}, "
              f"urgent {urgent_found}/{len(urgent)}, false urgent {false_urgent}/{len(calm)}")
        per = {}
        for r, s in zip(rows, results):
            for i in r["indicators"]:
                hit = per.setdefault(i, [0, 0])
                hit[0] += 1
                hit[1] += i in s["indicators"]
        print("  indicators: " + ", ".join(f"{i} {h}/{n}" for i, (n, h) in sorted(per.items())))
        if a.misses:
            for r, s in zip(rows, results):
                wrong = []
                if r["flag"] != s["flag"]:
                    wrong.append("missed flag" if r["flag"] else "FALSE FLAG")
                if r["urgent"] != s["urgent"]:
                    wrong.append("missed urgent" if r["urgent"] else "FALSE URGENT")
                missing = r["indicators"] - set(s["indicators"])
                if missing:
                    wrong.append("missing " + ",".join(sorted(missing)))
                if wrong:
                    print(f"  - {'; '.join(wrong)} | risk {s['risk']:.2f} {sorted(s['indicators'])} | {r['text']}")


if __name__ == "__main__":
    main()
