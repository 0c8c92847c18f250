"""The date vocabulary: every word the finder knows, folded, with its senses, and the trigger regex.

The data lives in ``dates/data/*.json``; it is folded with :func:`~claimdiff.text.normalize.fold_str`
and loaded once.  A written entry that starts with the article (اليوم) is read only with it; one
written without it (أمس) only without it; a word written both ways is read both ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from claimdiff import data_files, derived
from claimdiff.text import clitics, numbers
from claimdiff.text.normalize import fold_str

BARE = 1
WITH_ARTICLE = 2


class Sense(NamedTuple):
    """One reading of a word: ``cat`` names the kind (gmonth, weekday, unit...), ``val`` its value."""

    cat: str
    val: int | str
    article: int
    flag: str = ""

    def fits(self, article: bool) -> bool:
        return bool(self.article & (WITH_ARTICLE if article else BARE))


@dataclass(frozen=True)
class Lexicon:
    senses: dict[str, tuple[Sense, ...]]
    fitting: dict[tuple[str, bool], dict[str, Sense]]  # (word, has article) -> first sense per kind
    trigger: re.Pattern[str]
    month_labels: dict[str, dict[int, str]]
    near_collisions: dict[int, int]  # Gregorian month -> Solar Hijri month it is confused with
    year_prepositions: frozenset[str]
    month_cues: frozenset[str]
    year_blockers: frozenset[str]
    today_not_followed_by: frozenset[str]
    tomorrow_after: frozenset[str]
    future_prefixes: tuple[str, ...]
    unit_not_followed_by: frozenset[str]
    since_words: frozenset[str]
    century: re.Pattern[str]  # what makes a decade name one of the last century (عشرينيات القرن الماضي)
    season_blockers: frozenset[str]
    weekday_not_before: frozenset[str]
    ago_not_followed_by: frozenset[str]
    pair_links: tuple[str, ...]
    dateline_labels: dict[str, tuple[str, ...]]
    dateline_separators: str
    dateline_fillers: frozenset[str]
    top_lines: int
    # what may follow a clock time, matched on the text after it (not tokens: they matter only there)
    clock_marker: re.Pattern[str]  # 02:07 م, 2:07 p.m.: one named group per half of the day
    clock_zone: re.Pattern[str]  # 14.07 BST
    french_clock: re.Pattern[str]  # the hour letter and minutes after an hour: 14h07, 14 h 07
    # what a stamp line may hold besides its dates (العدد، الساعة، بتوقيت مكة, GMT)
    stamp_noise: re.Pattern[str]


_ARABIC_WORD = re.compile(r"[\u0621-\u064a]")  # the date grammar reads Arabic number words only
_COUNTING = frozenset({"one", "unit", "teen", "ten", "tens", "hundred", "hundreds"})  # up to 999


def _json(name: str) -> Any:
    return data_files.load("claimdiff.dates", name)


def _key(written: str) -> tuple[str, int]:
    """Fold a written entry; split off a leading article."""
    f = " ".join(fold_str(written).split())
    if f.startswith("ال") and len(f) > 3 and " " not in f[:3]:
        return f[2:], WITH_ARTICLE
    return f, BARE


class _Builder:
    def __init__(self) -> None:
        self.table: dict[str, dict[tuple[str, int | str, str], int]] = {}

    def add(self, written: str, cat: str, val: int | str, flag: str = "", *, literal: bool = False) -> None:
        key, art = (" ".join(fold_str(written).split()), BARE) if literal else _key(written)
        slot = self.table.setdefault(key, {})
        slot[(cat, val, flag)] = slot.get((cat, val, flag), 0) | art

    def senses(self) -> dict[str, tuple[Sense, ...]]:
        return {
            k: tuple(Sense(cat, val, art, flag) for (cat, val, flag), art in v.items())
            for k, v in self.table.items()
        }


_REGIONS = ("levant", "egypt_gulf", "maghreb", "persian", "latin")  # Gregorian spellings, Latin last


def _months(b: _Builder) -> tuple[dict[str, dict[int, str]], dict[int, int]]:
    data = _json("months.json")
    ambiguous = {fold_str(w) for w in data["ambiguous"]}
    labels: dict[str, dict[int, str]] = {"gregorian": {}, "hijri": {}, "solar_hijri": {}}
    for entry in data["gregorian"]:
        m = entry["month"]
        labels["gregorian"][m] = entry["label"]
        for region in _REGIONS[:-1]:
            for w in entry[region]:
                b.add(w, "gmonth", m, "amb" if fold_str(w) in ambiguous else "", literal=True)
        for w in entry["latin"]:
            b.add(w, "gmonth", m, "latin", literal=True)
    for cal, cat in (("hijri", "hmonth"), ("solar_hijri", "smonth")):
        for entry in data[cal]:
            labels[cal][entry["month"]] = entry["label"]
            for w in entry["names"]:
                key = _key(w)[0]
                flag = "amb" if fold_str(w) in ambiguous or key in ambiguous else ""
                b.add(w, cat, entry["month"], flag)
    greg = {fold_str(w): e["month"] for e in data["gregorian"] for w in e["levant"]}
    solar = {fold_str(w): e["month"] for e in data["solar_hijri"] for w in e["names"]}
    collisions = {greg[fold_str(g)]: solar[fold_str(s)] for g, s in data["near_collisions"].items()}
    return labels, collisions


@cache
def month_words() -> frozenset[str]:
    """The first word of every month name of every calendar, folded (كانون of كانون الثاني):
    what other stages need to know that a number beside it is part of a date."""
    data = _json("months.json")
    names = [w for e in data["gregorian"] for region in _REGIONS for w in e[region]]
    names += [w for cal in ("hijri", "solar_hijri") for e in data[cal] for w in e["names"]]
    return frozenset(fold_str(w).split()[0] for w in names)


def _relative(b: _Builder, rel: dict[str, Any]) -> None:
    cue = {fold_str(w) for w in rel["tomorrow_needs_cue"]}
    for group in rel["deictic"]:
        for w in group["words"]:
            b.add(w, "deictic", group["offset"], "cue" if fold_str(w) in cue else "")
    for direction, words in rel["modifiers"].items():
        for w in words:
            b.add(w, "mod", direction)
    for w in rel["demonstratives"]:
        b.add(w, "demo", "current", literal=True)
    for part, words in rel["parts"].items():
        for w in words:
            b.add(w, "part", part)
    for w in rel["quarter"]:
        b.add(w, "quarter", 4)
    for w in rel["half"]:
        b.add(w, "half", 2)
    for n, words in rel["ordinals"].items():
        for w in words:
            b.add(w, "ord", int(n))
    for code, words in rel["seasons"].items():
        for w in words:
            b.add(w, "season", code)
    for w in rel["season_cues"]:
        b.add(w, "seasoncue", 0)
    for w in rel["dayparts"]:
        b.add(w, "daypart", 0)
    for group in rel["decades"]:
        for w in group["words"]:
            b.add(w, "decade", group["decade"], "century" if group.get("needs_century") else "")
    for group in rel["units"]:
        flag = "count" if group.get("needs_count") else ""
        for number, form in (("singular", "sg"), ("dual", "du"), ("plural", "pl")):
            for w in group[number]:
                b.add(w, "unit", group["unit"], f"{form}{flag}")
    for w in rel["year_words"]:
        b.add(w, "yearword", 2 if fold_str(w).endswith("ي") else 1)
    for signal, words in rel["signals"].items():
        for w in words:
            b.add(w, "signal", signal, literal=True)
    for cal, words in rel["eras"].items():
        for w in words:
            b.add(w, "era", cal, literal=True)
    for w in rel["latin_ordinal_suffixes"]:
        b.add(w, "lord", 0, literal=True)
    for w in rel["latin_of"]:
        b.add(w, "of", 0, literal=True)


def _numbers(b: _Builder) -> None:
    """Arabic number words up to the hundreds, from the one number-word table."""
    table = numbers.words()
    for w, (kind, n) in table.items():
        if kind in _COUNTING and _ARABIC_WORD.search(w) and n.is_integer():
            b.add(w, "num", int(n), literal=True)
    for w, (kind, _) in table.items():
        if kind == "ten":  # عشر after a unit: ثلاثة عشر
            b.add(w, "teen", 10, literal=True)
    for w in numbers.vague():
        b.add(w, "vague", 0, literal=True)


def _weekdays(b: _Builder) -> frozenset[str]:
    data = _json("weekdays.json")
    for n, words in data["arabic"].items():
        for w in words:
            b.add(w, "weekday", int(n))
    for script in ("latin", "persian"):
        for n, words in data[script].items():
            for w in words:
                b.add(w, "weekday", int(n), script, literal=True)
    return frozenset(fold_str(w) for w in data["not_before"])


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation shaped as a trie: linear to match, no backtracking between siblings."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        branches = [(" {1,3}" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in node.items() if ch]
        if not branches:
            return ""
        # longer continuations first; the final (?![letter]) check backtracks into shorter ones
        branches.sort(key=len, reverse=True)
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


def _fitting(senses: tuple[Sense, ...], article: bool) -> dict[str, Sense]:
    out: dict[str, Sense] = {}
    for s in senses:
        if s.fits(article):
            out.setdefault(s.cat, s)
    return out


@derived.table(objects=True)
def lexicon() -> Lexicon:
    """The folded vocabulary and its trigger regex (built once)."""
    b = _Builder()
    labels, collisions = _months(b)
    rel = _json("relative.json")
    _relative(b, rel)
    _numbers(b)
    not_before = _weekdays(b)
    senses = b.senses()
    words = sorted(senses, key=len, reverse=True)
    # one look-behind for both branches: a token never starts right after a letter
    t = clitics.table()  # a conjunction, a preposition, the article (or لل: ل + ال) glued on
    pattern = (
        rf"(?<![^\W\d_])(?P<pre>[{''.join(t.conjunctions)}]?[{''.join(t.nominal)}]?)(?:(?P<num>[0-9]+)"
        rf"|(?P<art>{t.article}|(?<=ل)ل)?"
        f"(?P<word>{_trie_pattern(words)})"
        r"(?![^\W\d_]))"
    )
    lines = _json("datelines.json")
    clock = _json("clock.json")

    def folded(key: str, src: dict[str, Any] = rel) -> frozenset[str]:
        return frozenset(" ".join(fold_str(w).split()) for w in src[key])

    return Lexicon(
        senses=senses,
        fitting={(k, art): _fitting(v, art) for k, v in senses.items() for art in (False, True)},
        trigger=re.compile(pattern),
        month_labels=labels,
        near_collisions=collisions,
        year_prepositions=folded("year_prepositions"),
        month_cues=folded("month_cues"),
        year_blockers=folded("year_blockers"),
        today_not_followed_by=folded("today_not_followed_by"),
        tomorrow_after=folded("after", rel["tomorrow_cues"]),
        future_prefixes=tuple(fold_str(w) for w in rel["tomorrow_cues"]["before_prefixes"]),
        unit_not_followed_by=folded("unit_not_followed_by"),
        since_words=folded("since", rel["signals"]),
        century=re.compile(
            r"(?: {1,3}من)? {1,3}(?:"
            + "|".join(re.escape(w).replace(r"\ ", " {1,3}") for w in sorted(folded("decade_century")))
            + ")"
        ),
        season_blockers=folded("season_blockers"),
        weekday_not_before=not_before,
        ago_not_followed_by=folded("ago_not_followed_by"),
        pair_links=tuple(sorted(folded("pair_links"), key=len, reverse=True)),
        dateline_labels={
            role: tuple(sorted({" ".join(fold_str(w).split()) for w in lines[role]}, key=len, reverse=True))
            for role in ("published", "updated")
        },
        dateline_separators="".join(fold_str(s) for s in lines["separators"]),
        dateline_fillers=folded("fillers", lines),
        top_lines=int(lines["top_lines"]),
        clock_marker=re.compile(
            " {0,3}(?:"
            + "|".join(
                f"(?P<{half}>{_alternation(folded(half, clock['markers']))})" for half in clock["markers"]
            )
            + r")(?![^\W\d_])"
        ),
        clock_zone=re.compile(rf" {{1,3}}(?:{_alternation(folded('timezones', clock))})(?![^\W\d_])"),
        french_clock=re.compile(rf" ?{re.escape(clock['french_hour'])} ?([0-5][0-9])(?![^\W_])"),
        stamp_noise=_noise(
            folded("stamp_words", lines) | folded("timezones", clock) | folded("fillers", lines),
            folded("zone_leads", clock),
        ),
    )


def _alternation(words: frozenset[str]) -> str:
    # longest first; ties in a fixed order, so the expression is the same text in every process
    return "|".join(re.escape(w).replace(r"\ ", " {1,3}") for w in sorted(words, key=lambda w: (-len(w), w)))


def _noise(words: frozenset[str], zone_leads: frozenset[str]) -> re.Pattern[str]:
    """Stamp words, and a zone written as a place after its lead word (بتوقيت مكة المكرمة)."""
    zone = rf"(?:{_alternation(zone_leads)})(?: {{1,3}}[^\W\d_]+){{1,2}}"
    return re.compile(rf"(?<![^\W\d_])(?:{zone}|(?:{_alternation(words)}))(?![^\W\d_])")
