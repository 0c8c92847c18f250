"""Hostile texts: ``analyze()`` must cost no more per KB on a large text than on a small one.

python benchmarks/adversarial.py [--sizes 100,1000] [--only NAME ...] [--limit 2.5]

Each pattern is repeated (or nested) up to the size in KB, analysed once at every size, and its
cost per KB at the largest size is compared with its cost at the smallest. A step that is worse
than linear shows up as a ratio well above 1 (a quadratic step gives about the size ratio). Exits
1 when any pattern's ratio exceeds ``--limit``. Times are CPU seconds of this process, so other jobs
on a shared machine do not skew them. The test suite runs the same patterns at small sizes.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import claimdiff

_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
_AR_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
_RELATIVE = "أمس اليوم غدا الأسبوع الماضي الشهر المقبل yesterday today last week next month "
_CLAIM = "وقال وزير الخارجية الفرنسي إن باريس طلبت من دمشق تسليم معلومات عن 12 مقاتلا يوم 5 مارس. "
_ORDINARY = (
    "قال وزير الخارجية السوري وليد المعلم اليوم الثلاثاء إن دمشق مستعدة للتعاون مع باريس "
    "في مجال الأمن، بحسب ما نقلت وكالة فرانس برس. وأضاف أن نحو 200 شخص قتلوا في 3 أيام.\n\n"
)


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // max(1, len(unit.encode())))


def _wrap(open_: str, close: str, middle: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        n = max(1, size // len((open_ + close).encode()))
        return open_ * n + middle + close * n

    return make


def _prefix(head: str, unit: str, tail: str) -> Callable[[int], str]:
    return lambda size: head + _fill(unit, size) + tail


# The time table, then more of our own.
PATTERNS: dict[str, Callable[[int], str]] = {
    "12, spaces, x": _prefix("12", " ", "x"),
    "newlines, x": _prefix("", "\n", "x"),
    "run of 1": lambda size: _fill("1", size),
    "run of ٣": lambda size: _fill("٣", size),
    "nested div": _wrap("<div>", "</div>", "x"),
    "<p>12 + span": _prefix("<p>12", "<span>", ""),
    "claim sentence repeated": lambda size: _fill(_CLAIM, size),
    "glued numeric dates": lambda size: _fill("12/03/2024", size),
    "unclosed <p": lambda size: "<html><body>" + _fill("<p", size),
    "CDATA": lambda size: "<html><body>" + _fill("<![CDATA[x]]>", size),
    "entities": lambda size: "<html><body><p>" + _fill("&amp;&#1575;&nbsp;", size),
    "month names spaced": lambda size: _fill(_MONTHS + _AR_MONTHS, size),
    "relative words": lambda size: _fill(_RELATIVE, size),
    "نحو 1000 قتيل و": lambda size: _fill("نحو 1000 قتيل و", size),
    # our own
    "ordinary article": lambda size: _fill(_ORDINARY, size),
    "open parentheses": lambda size: _fill("( ", size) + "x",
    "guillemets unclosed": lambda size: _fill("« قال ", size),
    "straight quotes": lambda size: _fill('"a ', size),
    "one long word": lambda size: _fill("a", size),
    "one long Arabic word": lambda size: _fill("ب", size),
    "dots": lambda size: _fill(". ", size),
    "pipes and dashes": lambda size: _fill("| - ", size),
    "digit groups": lambda size: _fill("1,", size),
    "clock times": lambda size: _fill("12:30 ", size),
    "ISO dates": lambda size: _fill("2024-01-01 ", size),
    "hijri dates": lambda size: _fill("5 رمضان 1445 هـ ", size),
    "capitalised names": lambda size: _fill("Jean Pierre ", size),
    "dateline labels": lambda size: _fill("نشر في: تحديث: ", size),
    "tabs and blank lines": lambda size: _fill("\t \n \n", size),
    "html comments unclosed": lambda size: "<html><body>" + _fill("<!--", size),
    "one long line of prose": lambda size: _fill("the minister said talks went well and ", size),
    "percent ranges": lambda size: _fill("بين 10 و20 في المئة ", size),
}


@dataclass(frozen=True)
class Result:
    name: str
    seconds: tuple[float, ...]
    sizes: tuple[int, ...]

    @property
    def ratio(self) -> float:
        """Cost per KB at the largest size over the cost per KB at the smallest."""
        small = self.seconds[0] / self.sizes[0]
        large = self.seconds[-1] / self.sizes[-1]
        return large / small if small > 0 else float("inf")


def cost(text: str) -> float:
    """CPU seconds of this process for one analyze(): other jobs on a shared machine do not count.

    The cyclic garbage collector is paused during the call: its passes walk every object the
    process holds, so inside a large test session they grow with the session's heap, not with
    the input, and made a linear pattern look 2.6 times dearer per KB under CI."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        claimdiff.analyze([claimdiff.Text(text)])
        return time.process_time() - start
    finally:
        gc.enable()


def measure(name: str, sizes_kb: tuple[int, ...], repeat: int = 1) -> Result:
    make = PATTERNS[name]
    texts = [make(kb * 1000) for kb in sizes_kb]
    seconds = tuple(min(cost(t) for _ in range(repeat)) for t in texts)
    return Result(name, seconds, tuple(len(t.encode()) for t in texts))


def warm_up() -> None:
    """Load plugins, data files and lazy tables once so the first pattern does not pay for them."""
    claimdiff.analyze([claimdiff.Text(_ORDINARY * 3)])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000", help="sizes in KB, comma-separated")
    ap.add_argument("--only", nargs="*", help="run only these patterns")
    ap.add_argument("--limit", type=float, default=2.5, help="largest allowed growth of cost per KB")
    args = ap.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(","))
    warm_up()
    failed = []
    print(f"{'pattern':26}" + "".join(f"{kb:>9} KB" for kb in sizes) + "   ratio (s)")
    for name in args.only or PATTERNS:
        r = measure(name, sizes)
        flag = "  FAIL" if r.ratio > args.limit else ""
        print(
            f"{name:26}" + "".join(f"{s:>12.3f}" for s in r.seconds) + f"   {r.ratio:5.2f}{flag}", flush=True
        )
        if flag:
            failed.append(name)
    if failed:
        print(f"cost per KB grew more than {args.limit}x: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
