"""Claims come out of sentences whose verbs the seed articles never use: verbs are read by morphology."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.claims import extract_claims
from claimdiff.schema import Document, TextRange
from claimdiff.text.morph import analyze, lemma
from claimdiff.text.tokens import tokenize

SEEDS = Path(__file__).resolve().parents[2] / "examples"

# (sentence, its verb as written in it, the predicate key it should get or None for a bare lemma)
SENTENCES = [
    ("استقال رئيس الوزراء أمس.", "استقال", None),
    ("أدانت وزارة الخارجية التفجير بشدة.", "أدانت", None),
    ("اقتحمت الشرطة مقر الحزب فجر اليوم.", "اقتحمت", None),
    ("حذر البنك المركزي من ارتفاع الأسعار.", "حذر", None),
    ("انتخب البرلمان رئيسا جديدا للبلاد.", "انتخب", None),
    ("أفرجت السلطات عن ثلاثة صحفيين مساء السبت.", "أفرجت", None),
    ("رحبت الحكومة بالخطوة الجديدة.", "رحبت", None),
    ("سيستقيل الوزير إذا لم تتغير الخطة.", "سيستقيل", None),
    ("وأسقطت الدفاعات الجوية طائرة مسيرة.", "وأسقطت", None),
    ("وأصيب ثلاثة جنود في الانفجار.", "وأصيب", None),
    ("اعتقلت قوات الأمن خمسة مشتبه بهم.", "اعتقلت", "arrest"),
    ("ويقاتل المسلحون منذ أسابيع في الجبال.", "ويقاتل", "fight"),
]


def _seed_lemmas() -> set[str]:
    out: set[str] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        out |= {lemma(t.text) for t in tokenize(path.read_text(encoding="utf-8")) if t.kind == "word"}
    return out


def _claims(text: str) -> list[str | None]:
    doc = Document(id="d", source="t", text=text, body=[TextRange(start=0, end=len(text))])
    return [c.predicate for c in extract_claims(doc, [])]


@pytest.mark.parametrize(("sentence", "verb", "key"), SENTENCES, ids=[s[1] for s in SENTENCES])
def test_claim_from_a_verb_the_seeds_never_use(sentence: str, verb: str, key: str | None) -> None:
    assert analyze(verb)[0].pos == "verb"
    if key is None:
        assert lemma(verb) not in _seed_lemmas(), f"{verb} is in the seeds: pick another verb"
    predicates = _claims(sentence)
    assert predicates, f"no claim from {sentence}"
    assert predicates[0] == (key or lemma(verb))


def test_inflections_give_one_predicate() -> None:
    first = _claims("استقال الوزير أمس بعد الفضيحة.")
    second = _claims("وقد استقالت الوزيرة أمس بعد الفضيحة.")
    third = _claims("يستقيل الوزراء عادة بعد الفضائح الكبرى.")
    assert first == second == third == [lemma("استقال")]
