"""Morphology benchmark: claimdiff.text.morph against the Arabic morphology packages on PyPI.

    python benchmarks/morph_compare.py [--check]

On the acceptance tables of tests/text/data (verb forms of common news verbs, their verbal nouns,
and nouns, adjectives and names), for every analyzer that is installed:

- verbs: share of verb forms read as verbs (only analyzers that tag a part of speech);
- not verbs: share of nouns, adjectives and names not read as verbs;
- one key: share of forms whose key (lemma, root or stem) is the majority key of their lexeme,
  over verb forms and verbal nouns together (a verb and its verbal noun should meet);
- words/s: words analysed per second from a cold cache, and the ratio to claimdiff.

claimdiff is measured twice: as shipped, and with its templates alone (every lexeme held out of
the lexicon), which is what a verb missing from ``data/verbs.json`` gets.

Packages (all optional, none a dependency): qalsadi (lemmatizer with the arramooz dictionary),
tashaphyne (light stemmer and root extractor), snowballstemmer (Arabic Snowball stemmer).
pyarabic has no analyzer (it normalizes and tokenizes) and is left out.

``--check`` exits 1 unless claimdiff recognises at least 95% of verb forms, keeps at least 95% of
non-verbs apart, and beats every installed package on key agreement.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "text"))

from morph_tables import lexeme_lines, words  # noqa: E402

from claimdiff.text import morph, templates  # noqa: E402
from claimdiff.text.normalize import fold_str  # noqa: E402

# An analyzer maps a word to (is it a verb, or None when it cannot say; its key).
Analyzer = Callable[[str], tuple[bool | None, str]]


def _claimdiff() -> Analyzer:
    def run(w: str) -> tuple[bool | None, str]:
        a = morph.analyze(w)[0]
        return a.pos == "verb", a.lemma

    return run


def _templates_only() -> Analyzer:
    unknown = 2.5

    def run(w: str) -> tuple[bool | None, str]:
        g = templates.guess(fold_str(w), w.endswith("ة"))
        if g and g[0].score < unknown:
            return True, g[0].lemma
        return False, fold_str(w)

    return run


def _qalsadi() -> Analyzer | None:
    if importlib.util.find_spec("qalsadi") is None:
        return None
    from qalsadi.lemmatizer import Lemmatizer

    lem = Lemmatizer()

    def run(w: str) -> tuple[bool | None, str]:
        lemma, pos = lem.lemmatize(w, return_pos=True)
        return pos == "verb", fold_str(lemma)

    return run


def _tashaphyne() -> Analyzer | None:
    if importlib.util.find_spec("tashaphyne") is None:
        return None
    from tashaphyne.stemming import ArabicLightStemmer

    st = ArabicLightStemmer()

    def run(w: str) -> tuple[bool | None, str]:
        st.light_stem(w)
        return None, fold_str(st.get_root())

    return run


def _snowball() -> Analyzer | None:
    if importlib.util.find_spec("snowballstemmer") is None:
        return None
    import snowballstemmer

    st = snowballstemmer.stemmer("arabic")

    def run(w: str) -> tuple[bool | None, str]:
        return None, fold_str(st.stemWord(w))

    return run


def _cold() -> None:
    morph.analyze.cache_clear()
    morph.is_verb.cache_clear()


def measure(name: str, run: Analyzer) -> dict[str, float | None]:
    verbs = [f for _, fs in lexeme_lines("verb_forms.txt") for f in fs]
    others = words("not_verbs.txt")
    groups = [fs for _, fs in lexeme_lines("verb_forms.txt")]
    nouns = {fold_str(h): fs for h, fs in lexeme_lines("verbal_nouns.txt")}
    for h, fs in lexeme_lines("verb_forms.txt"):
        if fold_str(h) in nouns:
            groups.append(fs + nouns[fold_str(h)])
    _cold()
    everything = verbs + others + [f for fs in nouns.values() for f in fs]
    t0 = time.perf_counter()
    results = {w: run(w) for w in everything}
    elapsed = time.perf_counter() - t0
    tags = [results[w][0] for w in verbs]
    verb_rate = None if None in tags else sum(bool(t) for t in tags) / len(tags)
    other_tags = [results[w][0] for w in others]
    not_verb_rate = None if None in other_tags else sum(not t for t in other_tags) / len(other_tags)
    agree = total = 0
    for fs in groups:
        keys = Counter(results.get(f, run(f))[1] for f in fs)
        agree += keys.most_common(1)[0][1]
        total += len(fs)
    return {
        "verbs": verb_rate,
        "not_verbs": not_verb_rate,
        "one_key": agree / total,
        "words_per_s": len(set(everything)) / elapsed,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    # The lexicon index is built once per process: build it before any timing.
    morph.analyze("بنى")
    analyzers: dict[str, Analyzer | None] = {
        "claimdiff": _claimdiff(),
        "claimdiff, templates only": _templates_only(),
        "qalsadi 0.5": _qalsadi(),
        "tashaphyne 0.3 (root)": _tashaphyne(),
        "snowballstemmer 3 (stem)": _snowball(),
    }
    rows = {name: measure(name, run) for name, run in analyzers.items() if run is not None}
    base = rows["claimdiff"]["words_per_s"] or 1.0

    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{100 * x:.1f}%"

    head = ("analyzer", "verbs read as verbs", "non-verbs kept apart", "one key", "words/s", "vs claimdiff")
    print("| " + " | ".join(head) + " |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, r in rows.items():
        speed = r["words_per_s"] or 0.0
        print(
            f"| {name} | {pct(r['verbs'])} | {pct(r['not_verbs'])} | {pct(r['one_key'])} "
            f"| {speed:,.0f} | {speed / base:.2f} |"
        )
    missing = [n for n, run in analyzers.items() if run is None]
    if missing:
        print(f"\nnot installed: {', '.join(missing)}")
    if not args.check:
        return 0
    ours = rows["claimdiff"]
    ok = (ours["verbs"] or 0) >= 0.95 and (ours["not_verbs"] or 0) >= 0.95
    ok = ok and all(
        (ours["one_key"] or 0) > (r["one_key"] or 0) for n, r in rows.items() if not n.startswith("claimdiff")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
