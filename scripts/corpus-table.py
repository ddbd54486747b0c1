#!/usr/bin/env python3
"""Runs `appexguard init` then `check` on every repository in ../shared/corpora and prints the per-corpus table
of docs/init.md: the project init picked, extensions found / expected (the oracle's embedded app extensions),
check's exit code and the findings per rule.

    python3 scripts/corpus-table.py [--binary build/appexguard] [--corpora ../shared/corpora] [--out DIR]
                                    [--findings FILE]

--findings writes every finding as one JSON object per line (repository, rule, severity, message, fix,
location), the input of the labelling in docs/precision.md.

A development aid, not part of the test suite (tests/corpora/init_corpus_test.cpp asserts the same facts).
Needs Python 3.11 (tomllib).
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tomllib


def oracle_extensions(oracle_file, project_rel):
    """Names of the app-extension targets the oracle says an application target embeds, for one pbxproj."""
    if not os.path.exists(oracle_file):
        return None
    data = json.load(open(oracle_file))
    entry = data.get(project_rel)
    if entry is None:
        return None
    targets = entry["targets"]
    embedded_products = set()
    for t in targets:
        if t["productType"].startswith("com.apple.product-type.application"):
            embedded_products.update(e for e in t["embeds"] if e.endswith(".appex"))
    # Product names are not target names; an extension counts when its product (or its name) is embedded.
    names = set()
    for t in targets:
        if not t["productType"].startswith("com.apple.product-type.app-extension"):
            continue
        if t["name"] + ".appex" in embedded_products:
            names.add(t["name"])
    products = len(embedded_products)
    return names, products


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default="build/appexguard")
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--oracle", default="../shared/corpora-oracle")
    ap.add_argument("--out", default="/tmp/appexguard-corpus")
    ap.add_argument("--findings", default=None)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    rows = []
    rule_totals = collections.Counter()
    all_findings = []
    for repo in sorted(os.listdir(args.corpora)):
        src = os.path.abspath(os.path.join(args.corpora, repo))
        if not os.path.isdir(src):
            continue
        out = os.path.join(args.out, repo)
        os.makedirs(out, exist_ok=True)
        contract = os.path.join(out, "appexguard.toml")
        if os.path.exists(contract):
            os.remove(contract)
        init = subprocess.run([binary, "init", src, "-o", contract], capture_output=True, text=True)
        row = {"repo": repo, "init": init.returncode, "check": "-", "project": "-", "components": 0,
               "extensions": "-", "rules": collections.Counter(), "total": 0}
        if init.returncode == 0:
            c = tomllib.load(open(contract, "rb"))
            xp = c.get("project", {}).get("xcode_project", "")
            project_abs = os.path.normpath(os.path.join(out, xp))
            row["project"] = os.path.relpath(project_abs, src)
            comps = c.get("components", {})
            row["components"] = len(comps)
            pbx = os.path.join(row["project"], "project.pbxproj") if row["project"].endswith(".xcodeproj") else None
            oracle = oracle_extensions(os.path.join(args.oracle, repo + ".json"), pbx) if pbx else None
            if oracle is not None:
                expected, _ = oracle
                targets = {v.get("target", k) for k, v in comps.items()}
                found = len([e for e in expected if e in targets or e.replace(" ", "-") in comps])
                row["extensions"] = f"{found}/{len(expected)}"
            check = subprocess.run([binary, "check", contract, "--root", "/", "--format", "json"],
                                   capture_output=True, text=True)
            row["check"] = check.returncode
            if check.returncode in (0, 1):
                report = json.loads(check.stdout)
                for f in report["findings"]:
                    row["rules"][f["rule"]] += 1
                    all_findings.append({"repository": repo, "rule": f["rule"], "severity": f["severity"],
                                         "message": f["message"], "fix": f.get("fix", ""),
                                         "location": f.get("location", {})})
                row["total"] = len(report["findings"])
                rule_totals.update(row["rules"])
            else:
                row["error"] = check.stderr.strip().splitlines()[:1]
        else:
            row["error"] = init.stderr.strip().splitlines()[:1]
        rows.append(row)

    print("| repository | init | project | components | extensions found / expected | check | findings | top rules |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        top = ", ".join(f"{k} {v}" for k, v in r["rules"].most_common(4))
        print(f"| {r['repo']} | {r['init']} | `{r['project']}` | {r['components']} | {r['extensions']} | "
              f"{r['check']} | {r['total']} | {top} |")
    print()
    print("Findings per rule over all repositories:",
          ", ".join(f"{k} {v}" for k, v in sorted(rule_totals.items())))
    if args.findings:
        with open(args.findings, "w") as out:
            for f in all_findings:
                out.write(json.dumps(f, sort_keys=True) + "\n")
    for r in rows:
        if r.get("error"):
            print(f"{r['repo']}: {r['error'][0] if r['error'] else ''}", file=sys.stderr)


if __name__ == "__main__":
    main()
