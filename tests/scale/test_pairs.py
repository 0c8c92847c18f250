"""The pair rule: which documents are compared is a function of the two documents alone."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from claimdiff.scale.pairs import WINDOW_DAYS, Sign, paired, pairs


def _signs(rng: random.Random, n: int, vocabulary: int, dated: float) -> list[Sign]:
    words = [f"w{k}" for k in range(vocabulary)]
    start = dt.date(2020, 1, 1)
    out = []
    for _ in range(n):
        size = rng.choice([0, 1, 3, 5, 20, 60])
        day = start + dt.timedelta(days=rng.randrange(40)) if rng.random() < dated else None
        # a few common words and many rare ones, as in news text
        chosen = {words[min(int(rng.expovariate(1 / 30)), vocabulary - 1)] for _ in range(size)}
        out.append(Sign(frozenset(chosen), day))
    return out


def test_the_join_finds_exactly_the_pairs_the_rule_accepts() -> None:
    rng = random.Random(5)
    for trial in range(6):
        signs = _signs(rng, 120, vocabulary=80 + 60 * trial, dated=trial / 5)
        brute = [
            (i, j) for i, j in itertools.combinations(range(len(signs)), 2) if paired(signs[i], signs[j])
        ]
        assert pairs(signs) == brute
        assert brute, "the trial must pair some documents"


def test_whether_two_documents_pair_does_not_depend_on_the_others() -> None:
    rng = random.Random(9)
    signs = _signs(rng, 80, vocabulary=150, dated=0.5)
    chosen = set(pairs(signs))
    keep = sorted(rng.sample(range(len(signs)), 30))
    sub = pairs([signs[k] for k in keep])
    assert {(keep[i], keep[j]) for i, j in sub} == {(i, j) for i, j in chosen if i in keep and j in keep}


def test_documents_published_further_apart_than_the_window_are_not_compared() -> None:
    words = frozenset({"a", "b", "c"})
    day = dt.date(2024, 3, 1)
    near = Sign(words, day + dt.timedelta(days=WINDOW_DAYS))
    far = Sign(words, day + dt.timedelta(days=WINDOW_DAYS + 1))
    assert paired(Sign(words, day), near)
    assert not paired(Sign(words, day), far)
    assert paired(Sign(words, None), far), "an undated document may report any day's news"


def test_two_short_documents_pair_on_one_word_in_five_two_long_ones_need_more() -> None:
    short_a, short_b = Sign(frozenset("abcde"), None), Sign(frozenset("avwxy"), None)
    assert paired(short_a, short_b)
    long_a = Sign(frozenset(f"a{k}" for k in range(100)), None)
    long_b = Sign(frozenset([*(f"a{k}" for k in range(5)), *(f"b{k}" for k in range(95))]), None)
    assert not paired(long_a, long_b)
    assert not paired(Sign(frozenset(), None), short_a)
