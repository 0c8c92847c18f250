"""The words around a cue are read inside its sentence: a clause past a full stop or two dots
says nothing of whether two cue words stand in one role."""

from __future__ import annotations

from claimdiff.compare.pairdiff import _ends


def test_a_sentence_ends_at_a_full_stop_two_dots_or_a_question_mark() -> None:
    assert _ends("نتبادل المعلومات.. لقد أعربت", 0, 30)
    assert _ends("انتهى الاجتماع. ثم غادر", 0, 22)
    assert _ends("هل انتهى؟ نعم", 0, 13)


def test_the_point_of_a_decimal_figure_ends_nothing() -> None:
    assert not _ends("بلغ 3.5 مليون طن", 0, 16)
