"""The one number-word grammar, and the two stages that read number words through it."""

from __future__ import annotations

import pytest

from claimdiff.dates import find_times
from claimdiff.quantities import find_quantities
from claimdiff.schema import TextRange
from claimdiff.text import numbers
from claimdiff.text.normalize import fold_str


def _compose(phrase: str) -> float | None:
    """The value of a phrase of number words (a glued و joins a word to the one before)."""
    table = numbers.words()
    words = fold_str(phrase).split()
    entries = []
    for w in words:
        conj = w not in table and w.startswith("و") and w[1:] in table
        kind, value = table[w[1:] if conj else w]
        entries.append((kind, value, conj))
    read = numbers.compose(entries[0][:2], lambda i: entries[i] if i < len(entries) else None)
    if read is None:
        return None
    assert read[1] == len(words), f"{phrase}: stopped after {read[1]} of {len(words)} words"
    return read[0]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("ثلاثة عشر", 13),
        ("أحد عشر", 11),
        ("خمسة وعشرون", 25),
        ("عشرين وخمسة", 25),
        ("مئة وخمسة وعشرين", 125),
        ("ثلاث مئة", 300),
        ("ثلاثة آلاف", 3000),
        ("ألف ومئتان", 1200),
        ("مئتي ألف", 200_000),
        ("مليونين ونصف", 2_500_000),
        ("مليون ونصف", 1_500_000),
        ("ثلاثة ملايين وخمسمئة ألف", 3_500_000),
    ],
)
def test_number_words_add_up(phrase: str, value: float) -> None:
    assert _compose(phrase) == value


@pytest.mark.parametrize("phrase", ["آلاف", "أحد", "نصف"])
def test_words_that_make_no_number_alone(phrase: str) -> None:
    assert _compose(phrase) is None


@pytest.mark.parametrize(
    "phrase",
    ["خمسة وعشرين", "ثلاثة عشر", "مئة وخمسة وعشرين", "عشرين وخمسة", "ثلاث مئة", "أحد عشر", "مئتين وخمسين"],
)
def test_dates_and_quantities_read_a_count_alike(phrase: str) -> None:
    text = f"تستمر المعارك منذ {phrase} يوما"
    whole = [TextRange(start=0, end=len(text))]
    times = find_times(text, whole, doc_id="d", id_prefix="t", anchor=None)
    quantities = find_quantities(text, whole, doc_id="d", id_prefix="q")
    durations = [t for t in times if t.timex_type == "DURATION"]
    counted = [q for q in quantities if phrase in q.text]
    assert counted and durations, (times, quantities)
    assert durations[0].value == f"P{int(counted[0].value)}D"
