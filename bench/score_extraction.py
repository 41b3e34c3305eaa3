#!/usr/bin/env python3
"""Scores `hemeroteca extract` against hand-checked records.

Usage: bench/score_extraction.py GOLD_JSON [--binary build/hemeroteca]

GOLD_JSON is a list of records with "file" (relative to the gold file's folder), "title",
"date", "number", "place", "officials" (objects with "name"), "organizations" (ids or full
names), "states" and "figures" (objects with "value"). Prints per-file and total scores:
title/date/number/place accuracy, officials, organizations and states precision/recall/F1,
highlights found (folded, whole) and figures recall (a gold figure counts as found when a
figure of the same value was extracted). States are compared by canonical name, the gold's
old names ("Distrito Federal") mapped through schema/gazetteer/states.xml; so are officials the
gazetteer knows, whose records carry the canonical name ("Mikel Arriola Peñalosa" where the
gold writes "Mikel Arriola", an alias in schema/gazetteer/officials.xml), and organizations
("Defensa Nacional", an alias of SEDENA in schema/gazetteer/organizations.xml).
The gold data stays where it is: nothing of it is copied into the repository.
"""
import argparse
import json
import os
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ElementTree


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c) or c == "\u0303")
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def f1(found, expected):
    true_positive = len(found & expected)
    precision = true_positive / len(found) if found else (1.0 if not expected else 0.0)
    recall = true_positive / len(expected) if expected else 1.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score, true_positive


def organization_names(record):
    names = set()
    for organization in record.get("organizations", []):
        names.add(fold(organization.get("id")))
        if organization.get("name"):
            names.add(fold(organization["name"]))
    return names


def canonical_names(gazetteer_xml, entry, other_name):
    """Folded name or other name -> folded canonical name, from a gazetteer file: its <entry>
    elements' "name" attributes and <other_name> children."""
    canonical = {}
    for element in ElementTree.parse(gazetteer_xml).getroot().iter(entry):
        name = fold(element.get("name"))
        canonical[name] = name
        for other in element.iter(other_name):
            canonical[fold(other.text)] = name
    return canonical


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--binary", default="build/hemeroteca")
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8") as handle:
        gold = json.load(handle)
    base = os.path.dirname(os.path.abspath(args.gold))
    states_xml = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schema",
                              "gazetteer", "states.xml")
    canonical_state = canonical_names(states_xml, "state", "variant")
    canonical_official = canonical_names(
        os.path.join(os.path.dirname(states_xml), "officials.xml"), "official", "alias")
    # An organization the gold names as the text does ("Defensa Nacional") is found when the
    # gazetteer's entry it is an alias of was extracted (id SEDENA).
    organization_id = {}
    for element in ElementTree.parse(
            os.path.join(os.path.dirname(states_xml), "organizations.xml")).getroot().iter(
                "organization"):
        for name in [element.get("name")] + [alias.text for alias in element.iter("alias")]:
            organization_id[fold(name)] = fold(element.get("id"))

    totals = {"title": 0, "date": 0, "number": 0, "place": 0}
    off_tp = off_found = off_expected = 0
    org_tp = org_found = org_expected = 0
    fig_found = fig_expected = 0
    state_tp = state_found = state_expected = 0
    highlights_found = highlights_expected = 0
    for entry in gold:
        path = os.path.join(base, entry["file"])
        run = subprocess.run([args.binary, "extract", path], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{entry['file']}: extract failed: {run.stderr.strip()}")
            off_expected += len(entry["officials"])
            org_expected += len(entry["organizations"])
            fig_expected += len(entry["figures"])
            state_expected += len(entry.get("states", []))
            highlights_expected += len(entry.get("highlights", []))
            continue
        record = json.loads(run.stdout)
        checks = {
            "title": fold(record.get("title")) == fold(entry["title"]),
            "date": record.get("date") == entry["date"],
            "number": record.get("number") == entry["number"],
            "place": fold(record.get("place")) == fold(entry.get("place")),
        }
        for key, ok in checks.items():
            totals[key] += ok

        officials = {canonical_official.get(fold(o["name"]), fold(o["name"]))
                     for o in record.get("officials", [])}
        expected_officials = {canonical_official.get(fold(o["name"]), fold(o["name"]))
                              for o in entry["officials"]}
        _, _, _, tp = f1(officials, expected_officials)
        off_tp += tp
        off_found += len(officials)
        off_expected += len(expected_officials)

        extracted = organization_names(record)
        expected_orgs = [fold(o) for o in entry["organizations"]]
        # A gold organization counts as found when its id or full name (or the acronym in
        # "Full Name (ACRONYM)") was extracted.
        hits = 0
        missed_orgs = []
        matched = set()
        for org in expected_orgs:
            variants = {org}
            if org.endswith(")") and "(" in org:
                variants.add(org[org.rindex("(") + 1 : -1])
                variants.add(org[: org.rindex("(")].strip())
            variants |= {organization_id[v] for v in variants if v in organization_id}
            hits += bool(variants & extracted)
            matched |= variants & extracted
            if not variants & extracted:
                missed_orgs.append(org)
        extra_orgs = [o for o in record.get("organizations", [])
                      if not organization_names({"organizations": [o]}) & matched]
        org_tp += hits
        org_found += len(record.get("organizations", []))
        org_expected += len(expected_orgs)

        values = [f["value"] for f in record.get("figures", [])]
        found_figures = sum(
            any(abs(v - f["value"]) <= 1e-6 * max(1, abs(f["value"])) for v in values)
            for f in entry["figures"]
        )
        fig_found += found_figures
        fig_expected += len(entry["figures"])

        states = {canonical_state.get(fold(name), fold(name)) for name in record.get("states", [])}
        expected_states = {canonical_state.get(fold(name), fold(name))
                           for name in entry.get("states", [])}
        _, _, _, tp_states = f1(states, expected_states)
        state_tp += tp_states
        state_found += len(states)
        state_expected += len(expected_states)

        highlights = {fold(h) for h in record.get("highlights", [])}
        expected_highlights = [fold(h) for h in entry.get("highlights", [])]
        found_highlights = sum(h in highlights for h in expected_highlights)
        highlights_found += found_highlights
        highlights_expected += len(expected_highlights)

        flags = " ".join(k for k, ok in checks.items() if not ok)
        print(
            f"{entry['file']}: wrong [{flags}] officials {tp}/{len(expected_officials)} "
            f"(found {len(officials)}) organizations {hits}/{len(expected_orgs)} "
            f"figures {found_figures}/{len(entry['figures'])} "
            f"states {tp_states}/{len(expected_states)} (found {len(states)}) "
            f"highlights {found_highlights}/{len(expected_highlights)}"
        )
        for name in sorted(expected_officials - officials):
            print(f"    missed official: {name}")
        for name in sorted(officials - expected_officials):
            print(f"    extra official: {name}")
        for name in missed_orgs:
            print(f"    missed organization: {name}")
        for org in extra_orgs:
            print(f"    extra organization: {org.get('id')} ({org.get('name')})")

    n = len(gold)
    def ratio(a, b):
        return a / b if b else 1.0
    p_off, r_off = ratio(off_tp, off_found), ratio(off_tp, off_expected)
    p_org, r_org = ratio(org_tp, org_found), ratio(org_tp, org_expected)
    f_off = 2 * p_off * r_off / (p_off + r_off) if p_off + r_off else 0
    f_org = 2 * p_org * r_org / (p_org + r_org) if p_org + r_org else 0
    p_state, r_state = ratio(state_tp, state_found), ratio(state_tp, state_expected)
    f_state = 2 * p_state * r_state / (p_state + r_state) if p_state + r_state else 0
    print()
    for key in ("title", "date", "number", "place"):
        print(f"{key} accuracy: {totals[key]}/{n}")
    print(f"officials: precision {p_off:.2f} recall {r_off:.2f} F1 {f_off:.2f}")
    print(f"organizations: precision {p_org:.2f} recall {r_org:.2f} F1 {f_org:.2f}")
    print(f"states: precision {p_state:.2f} recall {r_state:.2f} F1 {f_state:.2f}")
    print(f"highlights found: {highlights_found}/{highlights_expected}")
    print(f"figures recall: {fig_found}/{fig_expected} = {ratio(fig_found, fig_expected):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
