"""Two documents of one long claim each: does comparing them cost in proportion to their length?

    python benchmarks/pair_linear.py [--sizes 2000 8000 16000]

Prints CPU seconds (collector paused, best of two) and seconds per 1,000 words at each size.  A
pair's word diff once looked up each word's mention among all the claim's mentions (16,000 words
took 37 s, 25 of them there); the antonym and name checks paired every word of one claim with
every word of the other.  All are single sweeps or lookups now.
"""

from __future__ import annotations

import argparse
import gc
import time

import claimdiff
from claimdiff.schema import Document

WORDS = [
    "مدينة",
    "حلب",
    "قتل",
    "أشخاص",
    "ارتفاع",
    "انخفاض",
    "الجيش",
    "سوريا",
    "لبنان",
    "ولاية",
    "بجاية",
    "مفتوح",
    "مغلق",
]


def cost(n: int) -> float:
    a = " ".join(WORDS[i % len(WORDS)] + ("" if i % 5 else "ات") for i in range(n))
    b = " ".join(WORDS[(i * 3) % len(WORDS)] for i in range(n))
    docs = [
        Document(id=f"d{k}", source=f"<d{k}>", text=f"عنوان\n\n{t}\n", text_origin="string")
        for k, t in enumerate((a, b))
    ]
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        claimdiff.analyze(docs)
        return time.process_time() - start
    finally:
        gc.enable()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 8000, 16000])
    args = ap.parse_args()
    cost(100)
    for n in args.sizes:
        t = min(cost(n) for _ in range(2))
        print(f"{n:>7} words  {t:7.2f} s  {t / n * 1000:6.3f} s per 1,000 words")


if __name__ == "__main__":
    main()
