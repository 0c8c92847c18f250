"""Hostile HTML: blank_markup's cost per KB must stay flat as pages grow (linear, not quadratic).

python benchmarks/html_bench.py [--check]
"""

from __future__ import annotations

import argparse
import sys
import time

from claimdiff.text.markup import blank_markup

UNITS = {
    "unclosed <script>": "<script>x",
    "unclosed comments": "<!--x",
    "tags without '>'": "<a x",
    "processing instructions": "<?x",
    "ordinary page": "<p>قال الوزير إن المحادثات جرت في موسكو &amp; دمشق.</p>\n",
}
SIZES_KB = (128, 512, 2048)


def per_kb(unit: str, kb: int) -> float:
    page = "<html><body>" + unit * (kb * 1024 // len(unit))
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        blank_markup(page)
        best = min(best, time.perf_counter() - start)
    return best * 1000 / kb


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if ms/KB grows more than 4x")
    args = ap.parse_args()
    worst = 0.0
    print(f"{'input':26}" + "".join(f"{kb:>10} KB" for kb in SIZES_KB) + "   (ms/KB)")
    for name, unit in UNITS.items():
        costs = [per_kb(unit, kb) for kb in SIZES_KB]
        worst = max(worst, costs[-1] / costs[0])
        print(f"{name:26}" + "".join(f"{c:>13.4f}" for c in costs))
    print(f"largest growth of ms/KB from {SIZES_KB[0]} KB to {SIZES_KB[-1]} KB: {worst:.2f}x")
    return 1 if args.check and worst > 4 else 0


if __name__ == "__main__":
    sys.exit(main())
