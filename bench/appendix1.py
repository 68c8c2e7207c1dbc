#!/usr/bin/env python3
"""A naive Appendix 1 report over a peerlog folder, for comparison with `peerlog report appendix1`.

    python3 bench/appendix1.py DIR GROUP_ID > sheet.csv

What a user might script with the standard library alone: walk the folder, parse every TOML
file with tomllib, join the records in dictionaries, print the group's held consultations as
CSV. No checks, no error messages. Needs Python 3.11 or newer (tomllib).
"""

import csv
import os
import sys
import tomllib

HEADERS = [
    "Nr. p.k.",
    "Līdzinieka vārds, uzvārds",
    "Līdzinieku konsultāciju saņēmēja vārds, uzvārds",
    "Līdzinieku konsultācijas norises vieta, datums un laiks (00.00.2025., 00:00-00:00)",
    "Līdzinieku konsultācijas tēma",
    "Līdzinieka konsultāciju saņēmēja atbildes uz jautājumiem: Kas tika sagaidīts no līdzinieka "
    "konsultācijas? Vai minētās gaidas piepildījās? Kāds bija ieguvums no līdzinieka konsultācijas?",
]
MET = {"yes": "Jā", "partly": "Daļēji", "no": "Nē"}


def load(root, kind):
    records = []
    for folder, _, files in os.walk(os.path.join(root, kind)):
        for name in files:
            if name.endswith(".toml") and not name.startswith("."):
                with open(os.path.join(folder, name), "rb") as f:
                    records.append(tomllib.load(f))
    return records


def main():
    root, group = sys.argv[1], sys.argv[2]
    people = {p["id"]: p for p in load(root, "people")}
    answers = {}
    for f in load(root, "feedback"):
        if f["from"] == "recipient":
            for c in f["consultations"]:
                answers.setdefault(c, []).append(f)
    held = [
        c
        for c in load(root, "consultations")
        if c["status"] == "held" and people.get(c["peer"], {}).get("group") == group
    ]
    held.sort(key=lambda c: (c["date"], c["time"], c["id"]))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(HEADERS)
    for i, c in enumerate(held, 1):
        cell = []
        for f in sorted(answers.get(c["id"], []), key=lambda f: (f["date"], f["id"])):
            met = MET[f["met"]] + (f". {f['comment']}" if "comment" in f else "")
            cell.append(
                f"Kas tika sagaidīts no līdzinieka konsultācijas? {f['expected']}\n"
                f"Vai minētās gaidas piepildījās? {met}\n"
                f"Kāds bija ieguvums no līdzinieka konsultācijas? {f['benefit']}"
            )
        name = lambda pid: people[pid]["name"] if pid in people else pid
        when = c["date"].strftime("%d.%m.%Y.")
        out.writerow(
            [f"{i}.", name(c["peer"]), name(c["recipient"]), f"{c['place']}, {when}, {c['time']}", c["topic"],
             "\n\n".join(cell)]
        )


if __name__ == "__main__":
    main()
