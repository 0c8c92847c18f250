"""What a number is not: identifiers, dates, clock times, parts of URLs or file names, years,
model names, a number alone on its line."""

from __future__ import annotations

import re

from claimdiff.entities.keys import ARTICLE, core
from claimdiff.quantities.reading import Num, Reader, clitic_readings

_MACHINE_RE = re.compile(r"[_@=#\\/]|://|www\.|\.[a-z]{2,4}\b|\d:\d|\d[-.]\d{1,2}[-.]\d")
_LETTER_RE = re.compile(r"[^\W\d_]")
_ID_GLUE = frozenset(":#.-(/")
_DATE_GLUE = frozenset("/()-,.")
_MAX_DIGITS = 7
_QUOTED_NAME = re.compile(r'"[^\W\d_]+(?: [^\W\d_]+){0,2} $')  # "صماد 3": a model, not a count
_YEARS = range(1900, 2101)
_ARTICLES = frozenset(("ال", "وال", "بال", "فال", "كال", "لل", "ولل"))


class Exclusions(Reader):
    """The reader, with the tests that tell a number from a code, a date or a name."""

    def definite(self, num: Num) -> bool:
        """A figure with the article glued to it (الـ86), which follows the noun it counts."""
        if not num.digits or num.start == 0:
            return False
        prev, tok = self.toks[num.start - 1], self.toks[num.start]
        return prev.kind == "word" and prev.text in _ARTICLES and prev.end == tok.start

    # -- what a number is not ------------------------------------------------------------
    def machine_like(self, k: int) -> bool:
        """Digits glued to letters, in URLs or file names, clock times, dates, phone numbers."""
        tok = self.toks[k]
        text = self.text
        before = text[tok.start - 1] if tok.start else " "
        after = text[tok.end] if tok.end < len(text) else " "
        if (
            (after.isalnum() and self.scale_suffix(k) is None)
            or after == "_"
            or before.isdigit()
            or before == "_"
        ):
            return True
        if before == "-" and tok.start >= 2 and text[tok.start - 2].isalpha():
            return True  # a model or code: MQ-9, F-16, S-400
        if before.isalpha():
            prev = self.toks[k - 1] if k else None
            if prev is None or prev.kind != "word":
                return True
            # a proclitic, or the article of a definite figure (الـ86: the 86 injured)
            if not ((len(prev.text) == 1 and prev.text in "وبلفك") or prev.text in _ARTICLES):
                return True
            if prev.start and text[prev.start - 1].isalnum():
                return True
        a, b = tok.start, tok.end
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        while b < len(text) and not text[b].isspace():
            b += 1
        if _MACHINE_RE.search(text, a, b):
            return True
        digits = tok.text.replace(",", "").replace(".", "")
        if len(digits) >= _MAX_DIGITS + 1 or (
            tok.text[0] == "0" and len(tok.text) > 1 and tok.text[1] != "."
        ):
            return True
        return self.digit_run(k) >= 3

    def digit_run(self, k: int) -> int:
        """How many numbers stand in a row separated by spaces or dashes (phone numbers)."""
        n, j = 1, k
        while j > 0 and self.toks[j - 1].kind == "num" and re.fullmatch(r"[ \-]+", self.gap(j - 1, j)):
            n, j = n + 1, j - 1
        j = k
        while (
            j + 1 < len(self.toks)
            and self.toks[j + 1].kind == "num"
            and re.fullmatch(r"[ \-]+", self.gap(j, j + 1))
        ):
            n, j = n + 1, j + 1
        return n

    def alone_on_line(self, k: int) -> bool:
        """A number on a line without letters (a share counter, a page number)."""
        tok = self.toks[k]
        a = self.text.rfind("\n", 0, tok.start) + 1
        b = self.text.find("\n", tok.end)
        return _LETTER_RE.search(self.text, a, len(self.text) if b < 0 else b) is None

    def identifier(self, k: int) -> bool:
        """Right after an identifier cue: رمز الخبر: ۶۰۴۱۶، القرار 2254، رقم 5."""
        words = self.words_before(k, 4, _ID_GLUE)
        for cue in self.lex.id_cues:
            if self.ends_with(words, cue) or (
                words and words[-1] == "رقم" and self.ends_with(words[:-1], cue)
            ):
                return True
        if self.clause_cue(k):
            return True
        far = self.words_before(k, 5)
        for i in range(len(far) - 1, 0, -1):
            if not (far[i].startswith(ARTICLE) or far[i] == "رقم"):
                break
            if any(self.ends_with(far[:i], cue) for cue in self.lex.far_id_cues):
                return True
        return False

    def clause_cue(self, k: int) -> bool:
        """An issue-number cue opening its clause: ``| العدد 4521``."""
        j = k - 1
        if j < 0 or self.toks[j].kind != "word" or self.toks[j].text not in self.lex.clause_id_cues:
            return False
        return j == 0 or self.toks[j - 1].kind in ("punct", "nl") or "\n" in self.gap(j - 1, j)

    def is_date_word(self, word: str) -> bool:
        return any(
            f in self.lex.date_words or core(f) in self.lex.date_words for f, _ in clitic_readings(word)
        )

    def date_context(self, start: int, end: int) -> bool:
        """A month name right before or after the number (23 تشرين، أكتوبر 2014، مارس(آذار)2012)."""
        before = self.words_before(start, 2, _DATE_GLUE)
        if before and self.is_date_word(before[-1]):
            return True
        if len(before) == 2 and before[-1].startswith(ARTICLE) and self.is_date_word(before[0]):
            return True  # ربيع الثاني 1436، تشرين الأول 2014
        after = self.words_after_glue(end)
        return after is not None and self.is_date_word(after)

    def words_after_glue(self, j: int) -> str | None:
        while j < len(self.toks) and self.toks[j].kind == "punct" and self.toks[j].text in _DATE_GLUE:
            j += 1
        if j < len(self.toks) and self.toks[j].kind == "word" and "\n" not in self.gap(j - 1, j):
            return self.toks[j].text
        return None

    def in_brackets(self, k: int) -> bool:
        tok = self.toks[k]
        line_a = self.text.rfind("\n", 0, tok.start) + 1
        open_ = self.text.rfind("(", line_a, tok.start)
        if open_ < 0 or ")" in self.text[open_ : tok.start]:
            return False
        close = self.text.find(")", tok.end)
        return close >= 0 and close - open_ <= 40 and "\n" not in self.text[tok.end : close]

    def quoted_name(self, num: Num) -> bool:
        """A number closing a short quoted name is part of it: «صماد 3»، "Falcon 9"."""
        end = self.toks[num.end - 1].end
        if not self.text.startswith('"', end):
            return False
        start = self.toks[num.start].start
        head = self.text[max(0, start - 40) : start]
        return _QUOTED_NAME.search(head) is not None

    def year_like(self, num: Num) -> bool:
        tok = self.toks[num.start]
        return num.digits and num.end == num.start + 1 and tok.text.isdigit() and int(tok.text) in _YEARS

    def after_year_cue(self, k: int) -> bool:
        return any(
            form in self.lex.year_cues for w in self.words_before(k, 2) for form, _ in clitic_readings(w)
        )
