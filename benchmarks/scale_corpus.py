"""Distinct articles for the scale benchmark: the examples, perturbed story by story.

A story takes one example and gives it its own names (a gazetteer name of the same type from
another example, and an invented person), its own numbers (scaled) and its own year; each story
appears in several outlets, whose copies shuffle the body paragraphs and, one time in four,
change one more number, so that copies of a story contradict each other now and then.  Each story
happens on its own day of its own year, and each copy says when it was published (that day or
the next), as a wire does: the text alone cannot tell two stories made from one example apart.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import defaultdict
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
DIGITS = {"western": "0123456789", "arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹"}
NUMBER = re.compile(r"[0-9]+|[٠-٩]+|[۰-۹]+")
COPIES = (3, 6)  # outlets per story


def _script(token: str) -> str:
    return next(name for name, digits in DIGITS.items() if token[0] in digits)


def _to_int(token: str) -> int:
    return int(token.translate(str.maketrans(DIGITS[_script(token)], "0123456789")))


def _from_int(value: int, script: str) -> str:
    return str(value).translate(str.maketrans("0123456789", DIGITS[script]))


def _invented(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 6))) for _ in range(2))


def seed_names() -> dict[str, dict[str, list[str]]]:
    """For each example, the gazetteer names it mentions, by entity type."""
    from claimdiff.pipeline import analyse_each

    out: dict[str, dict[str, list[str]]] = {}
    for item in analyse_each(sorted(str(p) for p in EXAMPLES.glob("*.txt"))):
        names: dict[str, set[str]] = defaultdict(set)
        for m in item.mentions:
            if m.kind == "entity" and m.in_gazetteer and len(m.text) > 3:
                names[m.entity_type].add(m.text)
        out[item.doc.source] = {k: sorted(v) for k, v in names.items()}
    return out


def _numbers(text: str, factor: float, years: int, rng: random.Random, change_one: bool) -> str:
    tokens = list(NUMBER.finditer(text))
    target = rng.randrange(len(tokens)) if change_one and tokens else -1
    out, last = [], 0
    for i, m in enumerate(tokens):
        value, script = _to_int(m.group()), _script(m.group())
        if 1900 <= value <= 2100 or 1300 <= value <= 1500:
            value += years  # a year, gregorian or hijri
        elif value > 31:
            value = max(32, round(value * factor))
        if i == target:
            value += rng.randint(1, 9) if value < 1900 else 0
        out += [text[last : m.start()], _from_int(value, script)]
        last = m.end()
    return "".join([*out, text[last:]])


def _shuffle_body(text: str, rng: random.Random) -> str:
    blocks = text.split("\n\n")
    head, body = blocks[:3], blocks[3:]
    rng.shuffle(body)
    return "\n\n".join(head + body)


def build(directory: Path, count: int, seed: int = 13) -> list[str]:
    """Write ``count`` distinct articles into ``directory``; return their paths."""
    rng = random.Random(seed)
    names = seed_names()
    seeds = sorted(names)
    texts = {s: Path(s).read_text(encoding="utf-8") for s in seeds}
    directory.mkdir(parents=True, exist_ok=True)
    paths: list[str] = []
    story = 0
    while len(paths) < count:
        story += 1
        src = rng.choice(seeds)
        text = texts[src]
        others = [s for s in seeds if s != src]
        swapped = 0
        for etype, mine in sorted(names[src].items()):
            pool = sorted({n for o in others for n in names[o].get(etype, [])})
            for name in mine:
                if pool and swapped < 4 and rng.random() < 0.4:
                    text = text.replace(name, rng.choice(pool))
                    swapped += 1
        persons = names[src].get("person", [])
        if persons:
            text = text.replace(rng.choice(persons), _invented(rng))
        factor, years = rng.uniform(0.5, 3.0), rng.randint(-6, 3)
        base = _numbers(text, factor, years, rng, change_one=False)
        day = dt.date(2014 + years, 1, 1) + dt.timedelta(days=rng.randrange(365))
        for copy in range(rng.randint(*COPIES)):
            if len(paths) == count:
                break
            article = _numbers(base, 1.0, 0, rng, change_one=rng.random() < 0.25)
            article = _shuffle_body(article, rng)
            published = day + dt.timedelta(days=rng.randint(0, 1))
            article = f"تاريخ النشر: {published.isoformat()}\n{article}"
            path = directory / f"s{story:05d}_{copy}.txt"
            path.write_text(f"{article.rstrip()}\n\n#{story}-{copy}\n", encoding="utf-8")
            paths.append(str(path))
    return paths
