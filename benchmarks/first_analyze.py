"""The first analyze() in a fresh process: import, plugin loading and lazy data included.

python benchmarks/first_analyze.py [--check]

Each case runs in its own interpreter. ``--check`` exits 1 when a case that needs no dateparser
takes longer than one second, or loads dateparser all the same.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

BODY = (
    "قال وزير الخارجية إن المحادثات مع دمشق كانت مفيدة وإن الجانبين اتفقا على مواصلة التعاون "
    "الأمني خلال الأشهر المقبلة.\n"
)
# stamp, whether dateparser is needed to read it
CASES = {
    "relative stamp": ("10 March 2025 | Updated 2 hours ago", False),
    "RFC 2822 stamp": ("Published: Tue, 07 Oct 2014 14:07:00 GMT", False),
    "Arabic stamp": ("نشر في: 7 أكتوبر 2014", False),
    "German stamp": ("تاريخ النشر: 7. Oktober 2014", True),
}
PROBE = r"""
import json, sys, time
t0 = time.perf_counter()
import claimdiff
t1 = time.perf_counter()
report = claimdiff.analyze([claimdiff.Text(sys.argv[1])])
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "analyze": t2 - t1, "dateparser": "dateparser" in sys.modules,
                  "published": report.documents[0].published}))
"""


def run(stamp: str) -> dict[str, object]:
    text = f"عنوان الخبر عن المحادثات\n{stamp}\n{BODY}"
    out = subprocess.run([sys.executable, "-c", PROBE, text], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(out.stdout)
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    bad = []
    print(f"{'case':16} {'import s':>9} {'analyze s':>10}  dateparser  published")
    for name, (stamp, needs) in CASES.items():
        r = run(stamp)
        print(f"{name:16} {r['import']:9.2f} {r['analyze']:10.2f}  {r['dateparser']!s:10}  {r['published']}")
        total = float(r["import"]) + float(r["analyze"])  # type: ignore[arg-type]
        if not needs and (r["dateparser"] or total > 1.0):
            bad.append(name)
    if bad:
        print("over a second or loading dateparser without need: " + ", ".join(bad))
    return 1 if args.check and bad else 0


if __name__ == "__main__":
    sys.exit(main())
