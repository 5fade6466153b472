#!/usr/bin/python3
"""Summarises one session's embedding runs: target/embed-validation.tsv (EmbeddingValidationTest)
against target/embed-rdkit.tsv (tools/bench/embed_rdkit_etkdg.py) on the molecules both embedded.
Prints median CPU ms per molecule (embedding alone, embedding + MMFF94 minimisation), ratios, and
the MMFF94 energy difference (ours - RDKit's) per molecule.
Usage: /usr/bin/python3 tools/bench/embed_compare.py target/embed-validation.tsv target/embed-rdkit.tsv
"""
import csv
import statistics
import sys

ours = {(r["set"], r["name"]): r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t") if r["status"] == "ok"}
rdkit = {(r["set"], r["name"]): r for r in csv.DictReader(open(sys.argv[2]), delimiter="\t") if r["status"] == "ok"}
both = [k for k in ours if k in rdkit]
dg = [float(ours[k]["dg_cpu_ms"]) for k in both]
dgm = [float(ours[k]["dg_mmff_cpu_ms"]) for k in both]
et = [float(rdkit[k]["etkdg_cpu_ms"]) for k in both]
etm = [float(rdkit[k]["etkdg_cpu_ms"]) + float(rdkit[k]["mmff_cpu_ms"] or 0) for k in both]
print(f"molecules embedded by both: {len(both)}")
print(f"embedding alone   : ours median {statistics.median(dg):.2f} ms, mean {statistics.mean(dg):.2f}; "
      f"RDKit ETKDGv3 median {statistics.median(et):.2f} ms, mean {statistics.mean(et):.2f}; "
      f"ratio of totals {sum(dg) / sum(et):.2f}")
print(f"embedding + MMFF94: ours median {statistics.median(dgm):.2f} ms, mean {statistics.mean(dgm):.2f}; "
      f"RDKit median {statistics.median(etm):.2f} ms, mean {statistics.mean(etm):.2f}; ratio of totals {sum(dgm) / sum(etm):.2f}")
de = [float(ours[k]["energy_kcal_mol"]) - float(rdkit[k]["energy_kcal_mol"]) for k in both
      if ours[k]["model"] == "MMFF94" and rdkit[k]["energy_kcal_mol"]]
de.sort()
print(f"MMFF94 energy ours - RDKit over {len(de)} molecules: median {statistics.median(de):+.2f} kcal/mol, "
      f"10th pct {de[len(de) // 10]:+.2f}, 90th pct {de[9 * len(de) // 10]:+.2f}, "
      f"ours lower or equal (within 0.01) in {sum(1 for d in de if d <= 0.01)}")
