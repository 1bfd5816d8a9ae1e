"""Regenerates cases.json next to this file: each case's stdout under python3 (3.11).

Usage: python3 gen_cases.py CASES.py  (a file defining CASES = [(name, source), ...])
Writes CASES.json beside it with {"name", "source", "stdin", "stdout"} entries.
"""
import json
import runpy
import subprocess
import sys

path = sys.argv[1]
cases = runpy.run_path(path)["CASES"]
out = []
for case in cases:
    name, source = case[0], case[1]
    stdin = case[2] if len(case) > 2 else ""
    r = subprocess.run([sys.executable, "-c", source], input=stdin, capture_output=True, text=True)
    stdout = r.stdout
    if r.returncode != 0:
        stdout += r.stderr.strip().splitlines()[-1] + "\n"
    out.append({"name": name, "source": source, "stdin": stdin, "stdout": stdout})
with open(path[:-3] + ".json", "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print(len(out), "cases")
