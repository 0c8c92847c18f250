"""One number-word grammar: scale words and duals, compounds, Egyptian spellings, separators by language."""

from __future__ import annotations

from importlib import resources

import pytest

from claimdiff import data_files
from claimdiff.dates.lexicon import lexicon as date_lexicon
from claimdiff.quantities import comma_decimal, find_quantities
from claimdiff.schema import TextRange
from claimdiff.text.normalize import fold_str


def values(text: str, language: str | None = None) -> list[float]:
    found = find_quantities(
        text, [TextRange(start=0, end=len(text))], doc_id="d", id_prefix="q", language=language
    )
    return [q.value for q in found]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("نزح مليونا نازح من المنطقة", 2_000_000),
        ("قتل ألفا مدني منذ بداية الحرب", 2_000),
        ("وصل عدد السكان إلى عشرين مليونا", 20_000_000),
        ("وصل ألفين من الجرحى إلى المستشفى", 2_000),
        ("تلقت مئتي ألف أسرة مساعدات", 200_000),
        ("وصل ثلاثة آلاف مقاتل إلى الجبهة", 3_000),
        ("عبر الحدود ألف ومئتان شخص", 1_200),
        ("عاد خمسة وعشرون ألفا وثلاثمئة لاجئ", 25_300),
        ("أرسلت مليونين ونصف مليون جرعة", 2_500_000),
        ("قتل تلاتة أشخاص في الحادث", 3),
        ("دفع تلتمية جنيه غرامة", 300),
        ("بلغت الخسائر ميتين ألف جنيه", 200_000),
        ("اشترى اتناشر ألف طن", 12_000),
        ("وصل تمنية أشخاص", 8),
        ("نزح مليون ونصف المليون شخص", 1_500_000),  # the scale restated with the article
        ("بلغت الكلفة مليار و200 مليون دولار", 1_200_000_000),  # digits after a word scale
        ("نزح ثلاثة ملايين و500 ألف شخص", 3_500_000),
        ("وصل ألفين و300 شخص", 2_300),
    ],
)
def test_number_words(text: str, value: float) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le budget atteint 8,8 milliards d'euros.", "fr", [8_800_000_000]),
        ("La région rénovera 50.000 logements.", "fr", [50_000]),
        ("Il reste 1.234,5 tonnes de blé.", "fr", [1_234.5]),
        ("The budget is 8.8 billion dollars.", "en", [8_800_000_000]),
        ("Some 50,000 homes were damaged.", "en", [50_000]),
        ("نزح 50.000 شخص", "ar", [50_000]),  # three zero decimals: a thousands dot in any style
        ("بلغ النمو 2.5 في المئة", "ar", [2.5]),
    ],
)
def test_separators_follow_the_language(text: str, language: str, expected: list[float]) -> None:
    assert values(text, language) == expected


def test_local_evidence_decides_without_a_language() -> None:
    text = "Le budget atteint 8,8 milliards et 1.250 postes seront créés."
    assert comma_decimal(text, None)
    assert values(text) == [8_800_000_000, 1_250]
    assert not comma_decimal("Some 1,250 jobs and 8.8 billion.", None)


def test_there_is_one_number_word_file() -> None:
    assert not resources.files("claimdiff.dates").joinpath("data", "numbers.json").is_file()
    assert resources.files("claimdiff").joinpath("data", "numbers.json").is_file()


def test_dates_and_quantities_read_the_same_number_words() -> None:
    data = data_files.load("claimdiff", "numbers.json")
    senses = date_lexicon().senses
    for group in ("one", "units", "teen_units", "tens", "hundreds"):
        for word, value in data[group].items():
            if not word.isascii():
                nums = [s.val for s in senses.get(fold_str(word), ()) if s.cat == "num"]
                assert nums == [value], (group, word)


def test_number_word_data_agrees_with_itself() -> None:
    data = data_files.load("claimdiff", "numbers.json")
    seen: dict[str, float] = {}
    for group in ("one", "units", "ten", "tens", "hundreds", "scales", "plural_scales", "scale_duals"):
        for word, value in data[group].items():
            key = fold_str(word)
            assert seen.setdefault(key, value) == value, f"{word} has two values"
    for word, value in data["construct_duals"].items():
        assert data["scales"][word] * 2 == value, word
    for word, value in data["scale_duals"].items():
        assert value in {2 * v for v in data["scales"].values()}, word
