"""Datelines as news sites print them, each in a short article: headline, dateline, two sentences.

Our own (invented) stamps in the styles of Levantine, Gulf, Egyptian, Maghrebi, Iraqi, Iranian
Arabic-language, Turkish Arabic-language, English and French outlets.  Each case gives the
document's published / updated days, every time mention on the dateline line with its exact
span and value, and the date issues the page really has (none for a correct stamp: a warning
there would mislead).  Checked through the date layer as the pipeline calls it, and through
``claimdiff.analyze`` on a Document (extractor hints included).
"""

from __future__ import annotations

import datetime
from functools import cache
from typing import NamedTuple

import pytest

import claimdiff
from claimdiff.dates import check_dates, find_datelines, find_times
from claimdiff.schema import Document, Finding, Report, TextRange, TimeMention


class Line(NamedTuple):
    style: str  # the outlet family the stamp is written like
    line: str  # the dateline as printed
    published: str | None
    updated: str | None
    times: tuple[tuple[str, str], ...]  # (exact span, value) of every time mention on the line
    issues: tuple[str, ...] = ()  # date_issue codes, in any order
    top: bool = False  # printed above the headline


T = "2014-10-07"
LINES: list[Line] = [
    # Levant: Lebanon, Syria, Jordan, Palestine
    Line(
        "levant",
        "نشر في: الثلاثاء 7 تشرين الأول 2014 - 02:07 م",
        T,
        None,
        (("الثلاثاء 7 تشرين الأول 2014", T), ("02:07 م", "2014-10-07T14:07")),
    ),
    Line(
        "levant",
        "7 تشرين الأول 2014 | 14:07",
        T,
        None,
        (("7 تشرين الأول 2014", T), ("14:07", "2014-10-07T14:07")),
    ),
    Line(
        "levant",
        "بيروت - الثلاثاء 07 تشرين الأول 2014",
        T,
        None,
        (("الثلاثاء 07 تشرين الأول 2014", T),),
        top=True,
    ),
    Line(
        "levant",
        "آخر تحديث: الأحد 26 تشرين الثاني 2023 - 10:45 ص",
        None,
        "2023-11-26",
        (("الأحد 26 تشرين الثاني 2023", "2023-11-26"), ("10:45 ص", "2023-11-26T10:45")),
    ),
    Line(
        "levant",
        "تاريخ النشر: 05/01/2020 - 03:45 م",
        "2020-01-05",
        None,
        (("05/01/2020", "2020-01-05"), ("03:45 م", "2020-01-05T15:45")),
    ),
    Line("levant", "الجمعة 15 آذار 2019", "2019-03-15", None, (("الجمعة 15 آذار 2019", "2019-03-15"),)),
    Line(
        "levant",
        "عمان - 14 أيار 2018 - 12:30 م",
        "2018-05-14",
        None,
        (("14 أيار 2018", "2018-05-14"), ("12:30 م", "2018-05-14T12:30")),
    ),
    Line(
        "levant",
        "رام الله - الأحد 20 حزيران 2021 - 09:05 ص",
        "2021-06-20",
        None,
        (("الأحد 20 حزيران 2021", "2021-06-20"), ("09:05 ص", "2021-06-20T09:05")),
    ),
    Line(
        "levant",
        "دمشق-سانا | 2022-02-24 14:30",
        "2022-02-24",
        None,
        (("2022-02-24", "2022-02-24"), ("14:30", "2022-02-24T14:30")),
    ),
    Line(
        "levant",
        "الخميس، 24 شباط 2022 - 05:10 م",
        "2022-02-24",
        None,
        (("الخميس، 24 شباط 2022", "2022-02-24"), ("05:10 م", "2022-02-24T17:10")),
    ),
    Line(
        "levant",
        "الأربعاء 6 كانون الأول/ديسمبر 2017",
        "2017-12-06",
        None,
        (("الأربعاء 6 كانون الأول/ديسمبر 2017", "2017-12-06"),),
    ),
    Line(
        "levant",
        "الثلاثاء، ٧ أكتوبر/ تشرين الأول ٢٠١٤",
        T,
        None,
        (("الثلاثاء، ٧ أكتوبر/ تشرين الأول ٢٠١٤", T),),
    ),
    Line(
        "levant",
        "نشر في: الأربعاء 15 آذار 2019",
        "2019-03-15",
        None,
        (("الأربعاء 15 آذار 2019", "2019-03-15"),),
        ("weekday-mismatch",),
    ),
    Line("levant", "عمان 7 تشرين الأول (بترا) -", None, None, (("7 تشرين الأول", "XXXX-10-07"),)),
    # Gulf: Saudi Arabia, UAE, Qatar, Kuwait, Oman, Bahrain
    Line(
        "gulf",
        "الأحد 12 جمادى الأولى 1445هـ - 26 نوفمبر 2023م",
        "2023-11-26",
        None,
        (("الأحد 12 جمادى الأولى 1445هـ", "2023-11-26"), ("26 نوفمبر 2023م", "2023-11-26")),
    ),
    Line(
        "gulf",
        "آخر تحديث: 14 ذو الحجة 1435 هـ - 08 أكتوبر 2014 م",
        None,
        "2014-10-08",
        (("14 ذو الحجة 1435 هـ", "2014-10-08"), ("08 أكتوبر 2014 م", "2014-10-08")),
    ),
    Line(
        "gulf",
        "الثلاثاء 13 ذي الحجة 1435هـ - 7 أكتوبر 2014م - العدد 16907",
        T,
        None,
        (("الثلاثاء 13 ذي الحجة 1435هـ", T), ("7 أكتوبر 2014م", T)),
    ),
    Line(
        "gulf",
        "الثلاثاء - 13 ذو الحجة 1435 هـ - 07 أكتوبر 2014 مـ رقم العدد [13098]",
        T,
        None,
        (("الثلاثاء - 13 ذو الحجة 1435 هـ", T), ("07 أكتوبر 2014 مـ", T)),
    ),
    Line("gulf", "الثلاثاء / 13 / ذو الحجة / 1435 هـ", T, None, (("الثلاثاء / 13 / ذو الحجة / 1435 هـ", T),)),
    Line("gulf", "الثلاثاء 1435/12/13 هـ", T, None, (("الثلاثاء 1435/12/13 هـ", T),)),
    Line("gulf", "التاريخ: 07 أكتوبر 2014", T, None, (("07 أكتوبر 2014", T),)),
    Line(
        "gulf",
        "الأربعاء 10 أبريل 2024 - 1 شوال 1445هـ",
        "2024-04-10",
        None,
        (("الأربعاء 10 أبريل 2024", "2024-04-10"), ("1 شوال 1445هـ", "2024-04-10")),
    ),
    # one day apart: the Hijri side follows a later sighting, not an error
    Line(
        "gulf",
        "الأربعاء 2 شوال 1445 هـ - 10 أبريل 2024 م",
        "2024-04-10",
        None,
        (("الأربعاء 2 شوال 1445 هـ", "2024-04-11"), ("10 أبريل 2024 م", "2024-04-10")),
    ),
    Line(
        "gulf",
        "نشر في: 14 ذو الحجة 1435 هـ - 7 أكتوبر 2014",
        T,
        None,
        (("14 ذو الحجة 1435 هـ", "2014-10-08"), ("7 أكتوبر 2014", T)),
    ),
    # a week apart: one of the two is wrong
    Line(
        "gulf",
        "نشر في: 20 ذو الحجة 1435 هـ - 7 أكتوبر 2014",
        T,
        None,
        (("20 ذو الحجة 1435 هـ", "2014-10-14"), ("7 أكتوبر 2014", T)),
        ("calendar-mismatch",),
    ),
    Line(
        "gulf",
        "آخر تحديث: 2014/10/7 الساعة 16:05 (مكة المكرمة)",
        None,
        T,
        (("2014/10/7", T), ("16:05", "2014-10-07T16:05")),
    ),
    Line("gulf", "7 أكتوبر 2014 00:13", T, None, (("7 أكتوبر 2014", T), ("00:13", "2014-10-07T00:13"))),
    Line(
        "gulf",
        "نشر في: 7 أكتوبر 2014 - 14:07 بتوقيت أبوظبي | آخر تحديث: 7 أكتوبر 2014 - 16:30 بتوقيت أبوظبي",
        T,
        T,
        (
            ("7 أكتوبر 2014", T),
            ("14:07", "2014-10-07T14:07"),
            ("7 أكتوبر 2014", T),
            ("16:30", "2014-10-07T16:30"),
        ),
    ),
    Line(
        "gulf",
        "نشر في: 07 أكتوبر ,2014: 02:07 م KSA آخر تحديث: 07 أكتوبر ,2014: 05:40 م KSA",
        T,
        T,
        (
            ("07 أكتوبر ,2014", T),
            ("02:07 م", "2014-10-07T14:07"),
            ("07 أكتوبر ,2014", T),
            ("05:40 م", "2014-10-07T17:40"),
        ),
    ),
    Line(
        "gulf",
        "السبت، 07 أكتوبر 2023 09:15 م",
        "2023-10-07",
        None,
        (("السبت، 07 أكتوبر 2023", "2023-10-07"), ("09:15 م", "2023-10-07T21:15")),
    ),
    Line(
        "gulf",
        "مسقط - العمانية: الخميس 24 فبراير 2022",
        "2022-02-24",
        None,
        (("الخميس 24 فبراير 2022", "2022-02-24"),),
        top=True,
    ),
    Line(
        "gulf",
        "الأربعاء 06 ديسمبر 2017 - 12:15 ص",
        "2017-12-06",
        None,
        (("الأربعاء 06 ديسمبر 2017", "2017-12-06"), ("12:15 ص", "2017-12-06T00:15")),
    ),
    # Egypt
    Line(
        "egypt",
        "الثلاثاء، 07 أكتوبر 2014 02:07 م",
        T,
        None,
        (("الثلاثاء، 07 أكتوبر 2014", T), ("02:07 م", "2014-10-07T14:07")),
    ),
    Line(
        "egypt",
        "02:07 م الثلاثاء 07 أكتوبر 2014",
        T,
        None,
        (("02:07 م", "2014-10-07T14:07"), ("الثلاثاء 07 أكتوبر 2014", T)),
    ),
    Line(
        "egypt",
        "07:14 م | الثلاثاء 07 أكتوبر 2014",
        T,
        None,
        (("07:14 م", "2014-10-07T19:14"), ("الثلاثاء 07 أكتوبر 2014", T)),
    ),
    Line(
        "egypt",
        "الثلاثاء 7 من أكتوبر 2014 | 12:00 ص",
        T,
        None,
        (("الثلاثاء 7 من أكتوبر 2014", T), ("12:00 ص", "2014-10-07T00:00")),
    ),
    Line(
        "egypt",
        "نشر في: الثلاثاء 7 أكتوبر 2014 - 2:07 م | آخر تحديث: الثلاثاء 7 أكتوبر 2014 - 3:15 م",
        T,
        T,
        (
            ("الثلاثاء 7 أكتوبر 2014", T),
            ("2:07 م", "2014-10-07T14:07"),
            ("الثلاثاء 7 أكتوبر 2014", T),
            ("3:15 م", "2014-10-07T15:15"),
        ),
    ),
    Line(
        "egypt",
        "كتب: أحمد علي | الثلاثاء 07-10-2014 14:07",
        T,
        None,
        (("الثلاثاء 07-10-2014", T), ("14:07", "2014-10-07T14:07")),
    ),
    Line(
        "egypt",
        "الثلاثاء، 07 أكتوبر 2014 - 02:07 م",
        T,
        None,
        (("الثلاثاء، 07 أكتوبر 2014", T), ("02:07 م", "2014-10-07T14:07")),
    ),
    Line("egypt", "7-10-2014 | 14:07", T, None, (("7-10-2014", T), ("14:07", "2014-10-07T14:07"))),
    Line(
        "egypt",
        "نشر في: الخميس 9 أكتوبر 2014 - 10:00 ص | آخر تحديث: الثلاثاء 7 أكتوبر 2014 - 9:00 ص",
        "2014-10-09",
        T,
        (
            ("الخميس 9 أكتوبر 2014", "2014-10-09"),
            ("10:00 ص", "2014-10-09T10:00"),
            ("الثلاثاء 7 أكتوبر 2014", T),
            ("9:00 ص", "2014-10-07T09:00"),
        ),
        ("updated-before-published",),
    ),
    Line(
        "egypt",
        "الثلاثاء ١٤ أكتوبر ٢٠١٤ - ١٢:٠٠ ص",
        "2014-10-14",
        None,
        (("الثلاثاء ١٤ أكتوبر ٢٠١٤", "2014-10-14"), ("١٢:٠٠ ص", "2014-10-14T00:00")),
    ),
    Line(
        "egypt",
        "الأحد 20 يونيه 2021 - 11:30 ص",
        "2021-06-20",
        None,
        (("الأحد 20 يونيه 2021", "2021-06-20"), ("11:30 ص", "2021-06-20T11:30")),
    ),
    Line(
        "egypt",
        "الاثنين، 07 أكتوبر 2014 02:07 م",
        T,
        None,
        (("الاثنين، 07 أكتوبر 2014", T), ("02:07 م", "2014-10-07T14:07")),
        ("weekday-mismatch",),
    ),
    Line(
        "egypt", "أكتوبر 7، 2014 - 2:07 م", T, None, (("أكتوبر 7، 2014", T), ("2:07 م", "2014-10-07T14:07"))
    ),
    Line("egypt", "نوفمبر 26, 2023", "2023-11-26", None, (("نوفمبر 26, 2023", "2023-11-26"),)),
    # Maghreb: Morocco, Algeria, Tunisia, Libya
    Line(
        "maghreb",
        "الثلاثاء 07 أكتوبر 2014 - 14:07",
        T,
        None,
        (("الثلاثاء 07 أكتوبر 2014", T), ("14:07", "2014-10-07T14:07")),
    ),
    Line(
        "maghreb",
        "الجمعة 15 يوليوز 2016 - 18:20",
        "2016-07-15",
        None,
        (("الجمعة 15 يوليوز 2016", "2016-07-15"), ("18:20", "2016-07-15T18:20")),
    ),
    Line(
        "maghreb",
        "الأربعاء 06 دجنبر 2017 - 09:00",
        "2017-12-06",
        None,
        (("الأربعاء 06 دجنبر 2017", "2017-12-06"), ("09:00", "2017-12-06T09:00")),
    ),
    Line(
        "maghreb",
        "الاثنين 14 ماي 2018 - 22:10",
        "2018-05-14",
        None,
        (("الاثنين 14 ماي 2018", "2018-05-14"), ("22:10", "2018-05-14T22:10")),
    ),
    Line(
        "maghreb",
        "الثلاثاء 04 أوت 2020 14:07",
        "2020-08-04",
        None,
        (("الثلاثاء 04 أوت 2020", "2020-08-04"), ("14:07", "2020-08-04T14:07")),
    ),
    Line(
        "maghreb",
        "نشر في 15 جويلية 2016 على الساعة 18:20",
        "2016-07-15",
        None,
        (("15 جويلية 2016", "2016-07-15"), ("18:20", "2016-07-15T18:20")),
    ),
    Line(
        "maghreb",
        "الخميس 24 فيفري 2022 على الساعة 14:07",
        "2022-02-24",
        None,
        (("الخميس 24 فيفري 2022", "2022-02-24"), ("14:07", "2022-02-24T14:07")),
    ),
    Line(
        "maghreb",
        "طنجة - آخر تحديث: الأحد 20 يونيو 2021 - 10:30",
        None,
        "2021-06-20",
        (("الأحد 20 يونيو 2021", "2021-06-20"), ("10:30", "2021-06-20T10:30")),
    ),
    Line("maghreb", "2014/10/07 14:07", T, None, (("2014/10/07", T), ("14:07", "2014-10-07T14:07"))),
    Line(
        "maghreb",
        "الجمعة 16 شتنبر 2022 - 13:45",
        "2022-09-16",
        None,
        (("الجمعة 16 شتنبر 2022", "2022-09-16"), ("13:45", "2022-09-16T13:45")),
    ),
    Line("maghreb", "الثلاثاء 4 غشت 2020", "2020-08-04", None, (("الثلاثاء 4 غشت 2020", "2020-08-04"),)),
    Line(
        "maghreb",
        "الخميس 24 فبراير 2022 - 13:45",
        "2022-02-24",
        None,
        (("الخميس 24 فبراير 2022", "2022-02-24"), ("13:45", "2022-02-24T13:45")),
    ),
    Line("french", "Le 07/10/2014 à 14h07", T, None, (("07/10/2014", T), ("14h07", "2014-10-07T14:07"))),
    Line(
        "french",
        "Publié le 07 octobre 2014 à 14h07 - Mis à jour le 07 octobre 2014 à 16h30",
        T,
        T,
        (
            ("07 octobre 2014", T),
            ("14h07", "2014-10-07T14:07"),
            ("07 octobre 2014", T),
            ("16h30", "2014-10-07T16:30"),
        ),
    ),
    Line(
        "french",
        "Publié le mardi 7 octobre 2014 à 14:07",
        T,
        None,
        (("mardi 7 octobre 2014", T), ("14:07", "2014-10-07T14:07")),
    ),
    Line(
        "french",
        "Mis à jour le 07/10/2014 à 14h07",
        None,
        T,
        (("07/10/2014", T), ("14h07", "2014-10-07T14:07")),
    ),
    Line(
        "french",
        "Actualisé le 26 nov. 2023 à 10 h 45",
        None,
        "2023-11-26",
        (("26 nov. 2023", "2023-11-26"), ("10 h 45", "2023-11-26T10:45")),
    ),
    # Iraq
    Line("iraq", "07-10-2014 02:07 PM", T, None, (("07-10-2014", T), ("02:07 PM", "2014-10-07T14:07"))),
    Line("iraq", "2014-10-07 14:07", T, None, (("2014-10-07", T), ("14:07", "2014-10-07T14:07"))),
    Line(
        "iraq",
        "بغداد/ شفق نيوز | 2014-10-07 14:07",
        T,
        None,
        (("2014-10-07", T), ("14:07", "2014-10-07T14:07")),
        top=True,
    ),
    Line(
        "iraq",
        "تاريخ النشر 10/15/2014 2:07:00 PM",
        "2014-10-15",
        None,
        (("10/15/2014", "2014-10-15"), ("2:07:00 PM", "2014-10-15T14:07")),
    ),
    Line(
        "iraq",
        "الثلاثاء 7 تشرين الأول 2014 - 02:07 مساءً",
        T,
        None,
        (("الثلاثاء 7 تشرين الأول 2014", T), ("02:07 مساءً", "2014-10-07T14:07")),
    ),
    Line("iraq", "2014/10/07 | 14:07", T, None, (("2014/10/07", T), ("14:07", "2014-10-07T14:07"))),
    Line("iraq", "منذ 3 ساعات", None, None, (("منذ 3 ساعات", "XXXX-XX-XX"),)),
    # Iranian Arabic-language agencies (Persian letters and digits, Solar Hijri)
    Line("iran", "۱۳۹۳/۰۷/۱۵ - ۱۴:۰۷", T, None, (("۱۳۹۳/۰۷/۱۵", T), ("۱۴:۰۷", "2014-10-07T14:07"))),
    Line("iran", "تاريخ النشر: 15 مهر 1393", T, None, (("15 مهر 1393", T),)),
    Line(
        "iran",
        "رمز الخبر: ۶۰۴۱۶ | تاريخ النشر: ۱۵ مهر ۱۳۹۳ - ۱۴:۰۷",
        T,
        None,
        (("۱۵ مهر ۱۳۹۳", T), ("۱۴:۰۷", "2014-10-07T14:07")),
    ),
    Line(
        "iran",
        "الثلاثاء ۱۵ مهر ۱۳۹۳ ساعة ۱۴:۰۷",
        T,
        None,
        (("الثلاثاء ۱۵ مهر ۱۳۹۳", T), ("۱۴:۰۷", "2014-10-07T14:07")),
    ),
    Line(
        "iran",
        "تاریخ انتشار: ۵ آذر ۱۴۰۲ - ۰۹:۳۰",
        "2023-11-26",
        None,
        (("۵ آذر ۱۴۰۲", "2023-11-26"), ("۰۹:۳۰", "2023-11-26T09:30")),
    ),
    Line(
        "iran",
        "الثلاثاء ۱۵ مهر ۱۳۹۳ - ۷ أكتوبر ۲۰۱۴",
        T,
        None,
        (("الثلاثاء ۱۵ مهر ۱۳۹۳", T), ("۷ أكتوبر ۲۰۱۴", T)),
    ),
    Line(
        "iran",
        "۱۸ مهر ۱۳۹۳ - ۷ أكتوبر ۲۰۱۴",
        T,
        None,
        (("۱۸ مهر ۱۳۹۳", "2014-10-10"), ("۷ أكتوبر ۲۰۱۴", T)),
        ("calendar-mismatch",),
    ),
    Line(
        "iran",
        "۱۳ ذی\u200cالحجه ۱۴۳۵ - ۷ أكتوبر ۲۰۱۴",
        T,
        None,
        (("۱۳ ذی\u200cالحجه ۱۴۳۵", T), ("۷ أكتوبر ۲۰۱۴", T)),
    ),
    Line(
        "iran",
        "تم التحدیث فی: ۰۸ أکتوبر ۲۰۱۴ - ۱۰:۲۲",
        None,
        "2014-10-08",
        (("۰۸ أکتوبر ۲۰۱۴", "2014-10-08"), ("۱۰:۲۲", "2014-10-08T10:22")),
    ),
    Line(
        "iran",
        "۱۴۰۲/۰۹/۰۵ ۰۹:۳۰",
        "2023-11-26",
        None,
        (("۱۴۰۲/۰۹/۰۵", "2023-11-26"), ("۰۹:۳۰", "2023-11-26T09:30")),
    ),
    Line("iran", "الجمعة ۱۵ مهر ۱۳۹۳", T, None, (("الجمعة ۱۵ مهر ۱۳۹۳", T),), ("weekday-mismatch",)),
    # Turkish Arabic-language services
    Line("turkey", "07.10.2014", T, None, (("07.10.2014", T),)),
    Line(
        "turkey",
        "07.10.2023 - تحديث : 08.10.2023",
        "2023-10-07",
        "2023-10-08",
        (("07.10.2023", "2023-10-07"), ("08.10.2023", "2023-10-08")),
    ),
    Line("turkey", "07.10.2014 14:07", T, None, (("07.10.2014", T), ("14:07", "2014-10-07T14:07"))),
    Line(
        "turkey",
        "7 أكتوبر 2014 الثلاثاء 14:07",
        T,
        None,
        (("7 أكتوبر 2014", T), ("الثلاثاء", T), ("14:07", "2014-10-07T14:07")),
    ),
    Line(
        "turkey",
        "7 أكتوبر 2014 الخميس 14:07",
        T,
        None,
        (("7 أكتوبر 2014", T), ("الخميس", T), ("14:07", "2014-10-07T14:07")),
        ("weekday-mismatch",),
    ),
    Line("turkey", "أنقرة/ الأناضول | 07.10.2014", T, None, (("07.10.2014", T),), top=True),
    Line(
        "turkey", "2014-10-07T14:07:00+03:00", T, None, (("2014-10-07", T), ("14:07:00", "2014-10-07T14:07"))
    ),
    # English wire and sites
    Line("english", "Published On 7 Oct 2014", T, None, (("7 Oct 2014", T),)),
    Line(
        "english",
        "Oct. 7, 2014 at 2:07 p.m. ET",
        T,
        None,
        (("Oct. 7, 2014", T), ("2:07 p.m.", "2014-10-07T14:07")),
    ),
    Line(
        "english",
        "By Reuters | October 7, 2014 6:03 AM",
        T,
        None,
        (("October 7, 2014", T), ("6:03 AM", "2014-10-07T06:03")),
    ),
    Line(
        "english",
        "Updated 7:45 p.m. ET, Tue October 7, 2014",
        None,
        T,
        (("7:45 p.m.", "2014-10-07T19:45"), ("Tue October 7, 2014", T)),
    ),
    Line(
        "english", "Tue 7 Oct 2014 14.07 BST", T, None, (("Tue 7 Oct 2014", T), ("14.07", "2014-10-07T14:07"))
    ),
    Line(
        "english",
        "Published: 7 October 2014 | Last updated: 8 October 2014",
        T,
        "2014-10-08",
        (("7 October 2014", T), ("8 October 2014", "2014-10-08")),
    ),
    Line("english", "Paris (AFP) - Oct 7, 2014", T, None, (("Oct 7, 2014", T),), top=True),
    Line("english", "BEIRUT, Oct 7 (Reuters) -", None, None, (("Oct 7", "XXXX-10-07"),), top=True),
    Line(
        "english",
        "Published 2:07 PM EDT Oct 7, 2014",
        T,
        None,
        (("2:07 PM", "2014-10-07T14:07"), ("Oct 7, 2014", T)),
    ),
    Line(
        "english",
        "Sunday 26 November 2023 10:45 GMT",
        "2023-11-26",
        None,
        (("Sunday 26 November 2023", "2023-11-26"), ("10:45", "2023-11-26T10:45")),
    ),
    Line(
        "english",
        "Sun 26 Nov 2023 10.45 GMT",
        "2023-11-26",
        None,
        (("Sun 26 Nov 2023", "2023-11-26"), ("10.45", "2023-11-26T10:45")),
    ),
    Line("english", "Updated 3 hours ago", None, None, ()),
    Line(
        "english",
        "Wednesday, 10 April 2024, 09:30 GMT",
        "2024-04-10",
        None,
        (("Wednesday, 10 April 2024", "2024-04-10"), ("09:30", "2024-04-10T09:30")),
    ),
    Line("english", "Monday 7 October 2014", T, None, (("Monday 7 October 2014", T),), ("weekday-mismatch",)),
    Line(
        "english",
        "Sept. 16, 2022 1:45 pm",
        "2022-09-16",
        None,
        (("Sept. 16, 2022", "2022-09-16"), ("1:45 pm", "2022-09-16T13:45")),
    ),
    # Stamps relative to when the page was viewed: never resolved from any clock
    Line("relative", "آخر تحديث: منذ 3 ساعات", None, None, (("منذ 3 ساعات", "XXXX-XX-XX"),)),
    Line("relative", "نشر منذ يومين", None, None, (("منذ يومين", "XXXX-XX-XX"),)),
    Line("relative", "قبل 5 دقائق", None, None, (("قبل 5 دقائق", "XXXX-XX-XX"),)),
    Line("relative", "اليوم 02:07 م", None, None, (("اليوم", "XXXX-XX-XX"), ("02:07 م", "XXXX-XX-XXT14:07"))),
    Line("relative", "أمس 14:07", None, None, (("أمس", "XXXX-XX-XX"), ("14:07", "XXXX-XX-XXT14:07"))),
    Line(
        "relative",
        "تاريخ النشر: 07 أكتوبر 2023 | آخر تحديث: منذ ساعتين",
        "2023-10-07",
        None,
        (("07 أكتوبر 2023", "2023-10-07"), ("منذ ساعتين", "XXXX-XX-XX")),
    ),
    Line("relative", "آخر تحديث: منذ 3 ساعات", None, None, (("منذ 3 ساعات", "XXXX-XX-XX"),), top=True),
    # Text as copied from pages: spans run together, marks between digits
    Line(
        "gulf",
        "7/10/2014|آخر تحديث: 7/10/201402:07 م (بتوقيت مكة المكرمة)",
        T,
        T,
        (("7/10/2014", T), ("7/10/2014", T), ("02:07 م", "2014-10-07T14:07")),
    ),
    Line(
        "gulf",
        "نشر في 7/10/2014|آخر تحديث: 7/10/201402:07 م (بتوقيت مكة المكرمة)",
        T,
        T,
        (("7/10/2014", T), ("7/10/2014", T), ("02:07 م", "2014-10-07T14:07")),
    ),
    Line("english", "Published On 7 Oct 20147 Oct 2014", T, None, (("7 Oct 2014", T), ("7 Oct 2014", T))),
    Line(
        "english",
        "Published Oct. 7, 2014Updated Oct. 8, 2014",
        T,
        "2014-10-08",
        (("Oct. 7, 2014", T), ("Oct. 8, 2014", "2014-10-08")),
    ),
    Line(
        "iran",
        "١٥\u200f/١٠\u200f/٢٠١٤ ١٤:٠٧",
        "2014-10-15",
        None,
        (("١٥\u200f/١٠\u200f/٢٠١٤", "2014-10-15"), ("١٤:٠٧", "2014-10-15T14:07")),
    ),
    Line(
        "english", "Tue Oct 7, 2014 2:07PM", T, None, (("Tue Oct 7, 2014", T), ("2:07PM", "2014-10-07T14:07"))
    ),
    # more layouts
    Line(
        "gulf",
        "نشر: 14:07-7 أكتوبر 2014 م ـ 13 ذو الحجة 1435 هـ",
        T,
        None,
        (("14:07", "2014-10-07T14:07"), ("7 أكتوبر 2014 م", T), ("13 ذو الحجة 1435 هـ", T)),
    ),
    Line(
        "gulf",
        "الرياض 13 ذو الحجة 1435 هـ الموافق 07 أكتوبر 2014 م واس",
        T,
        None,
        (("13 ذو الحجة 1435 هـ", T), ("07 أكتوبر 2014 م", T)),
        top=True,
    ),
    Line(
        "egypt",
        "الثلاثاء 7 أكتوبر 2014 | 14:07 - آخر تحديث الثلاثاء 7 أكتوبر 2014 | 16:30",
        T,
        T,
        (
            ("الثلاثاء 7 أكتوبر 2014", T),
            ("14:07", "2014-10-07T14:07"),
            ("الثلاثاء 7 أكتوبر 2014", T),
            ("16:30", "2014-10-07T16:30"),
        ),
    ),
    Line(
        "iran",
        "سه\u200cشنبه ۱۵ مهر ۱۳۹۳ - ۱۴:۰۷",
        T,
        None,
        (("سه\u200cشنبه ۱۵ مهر ۱۳۹۳", T), ("۱۴:۰۷", "2014-10-07T14:07")),
    ),
    Line(
        "iran",
        "۲ ربیع\u200cالثانی ۱۴۳۶ - ۲۲ ژانویه ۲۰۱۵",
        "2015-01-22",
        None,
        (("۲ ربیع\u200cالثانی ۱۴۳۶", "2015-01-22"), ("۲۲ ژانویه ۲۰۱۵", "2015-01-22")),
    ),
    Line(
        "english",
        "Published date: 7 October 2014 14:07 UTC",
        T,
        None,
        (("7 October 2014", T), ("14:07", "2014-10-07T14:07")),
    ),
    Line(
        "french",
        "Publié le 07/10/2014 à 14:07, mis à jour le 07/10/2014 à 16:30",
        T,
        T,
        (("07/10/2014", T), ("14:07", "2014-10-07T14:07"), ("07/10/2014", T), ("16:30", "2014-10-07T16:30")),
    ),
    Line(
        "french",
        "Publié le : 07/10/2014 - 14:07 Modifié le : 07/10/2014 - 16:30",
        T,
        T,
        (("07/10/2014", T), ("14:07", "2014-10-07T14:07"), ("07/10/2014", T), ("16:30", "2014-10-07T16:30")),
    ),
    Line(
        "gulf",
        "آخر تحديث الثلاثاء, 07 أكتوبر/تشرين الأول 2014; 02:07 (GMT +0400)",
        None,
        T,
        (("الثلاثاء, 07 أكتوبر/تشرين الأول 2014", T), ("02:07", "2014-10-07T02:07")),
    ),
    Line("levant", "العدد ٢٤٢٢ الثلاثاء ٧ تشرين الأول ٢٠١٤", T, None, (("الثلاثاء ٧ تشرين الأول ٢٠١٤", T),)),
    Line(
        "levant",
        "الثلاثاء، 07 أكتوبر 2014 02:07 م بتوقيت غرينتش",
        T,
        None,
        (("الثلاثاء، 07 أكتوبر 2014", T), ("02:07 م", "2014-10-07T14:07")),
    ),
    Line("egypt", "الثلاثاء, أكتوبر 7, 2014", T, None, (("الثلاثاء, أكتوبر 7, 2014", T),)),
    Line(
        "english",
        "Last modified on Tue 7 Oct 2014 16.30 BST",
        None,
        T,
        (("Tue 7 Oct 2014", T), ("16.30", "2014-10-07T16:30")),
    ),
    Line("turkey", "07.10.2014 | 14:07 GMT", T, None, (("07.10.2014", T), ("14:07", "2014-10-07T14:07"))),
    Line(
        "levant",
        "الثلاثاء 7 أكتوبر 2014 14:07 ت.غ",
        T,
        None,
        (("الثلاثاء 7 أكتوبر 2014", T), ("14:07", "2014-10-07T14:07")),
    ),
    Line(
        "levant",
        "آخر تحديث: الخميس 9 أكتوبر 2014 - 9:00 مساء الخميس",
        None,
        "2014-10-09",
        (("الخميس 9 أكتوبر 2014", "2014-10-09"), ("9:00", "2014-10-09T21:00"), ("مساء الخميس", "2014-10-09")),
    ),
    Line(
        "turkey",
        "7 أكتوبر 2014 الثلاثاء - 8 أكتوبر 2014 الأربعاء",
        T,
        None,
        (("7 أكتوبر 2014", T), ("الثلاثاء", T), ("8 أكتوبر 2014", "2014-10-08"), ("الأربعاء", "2014-10-08")),
    ),
    # the weekday tells which way a numeric date reads
    Line(
        "english",
        "Tuesday 10/7/2014 2:07 PM",
        T,
        None,
        (("Tuesday 10/7/2014", T), ("2:07 PM", "2014-10-07T14:07")),
    ),
    Line("iran", "۱۵ مهر ۱۳۹۳ الخميس", T, None, (("۱۵ مهر ۱۳۹۳", T), ("الخميس", T)), ("weekday-mismatch",)),
    # day 30 of a month Umm al-Qura gives 29 days: another sighting, when the Gregorian side agrees
    Line(
        "gulf",
        "الأحد 30 محرم 1436 هـ - 23 نوفمبر 2014 م",
        "2014-11-23",
        None,
        (("الأحد 30 محرم 1436 هـ", "2014-11-23"), ("23 نوفمبر 2014 م", "2014-11-23")),
    ),
    Line(
        "gulf",
        "السبت 30 محرم 1436 هـ - 29 نوفمبر 2014 م",
        "2014-11-29",
        None,
        (("السبت 30 محرم 1436 هـ", "2014-11-23"), ("29 نوفمبر 2014 م", "2014-11-29")),
        ("hijri-day-past-month-end", "calendar-mismatch"),
    ),
    # Sudan, Yemen
    Line(
        "sudan",
        "الجمعة, 15 مارس 2019 - 05:45 مساءً",
        "2019-03-15",
        None,
        (("الجمعة, 15 مارس 2019", "2019-03-15"), ("05:45 مساءً", "2019-03-15T17:45")),
    ),
    Line(
        "yemen",
        "الأحد 20 يونيو 2021 - 10:30 صباحاً",
        "2021-06-20",
        None,
        (("الأحد 20 يونيو 2021", "2021-06-20"), ("10:30 صباحاً", "2021-06-20T10:30")),
    ),
]

HEADLINES = {
    "english": "Government approves new budget after long debate",
    "french": "Le gouvernement adopte le nouveau budget",
}
BODIES = {
    "english": "The finance minister said the plan would be phased in.\nHe added the deficit would narrow.",
    "french": "Le ministre a présenté le plan aux députés.\nIl a ajouté que le déficit allait se réduire.",
}
AR_HEADLINE = "الحكومة تقر الموازنة الجديدة بعد نقاش طويل"
AR_BODY = "وقال وزير المالية للصحفيين أمس إن الخطة ستنفذ على مراحل.\nوأضاف أن العجز سيتراجع تدريجيا."
YESTERDAY = "أمس"


def article(case: Line) -> str:
    head = HEADLINES.get(case.style, AR_HEADLINE)
    body = BODIES.get(case.style, AR_BODY)
    first, second = (case.line, head) if case.top else (head, case.line)
    return f"{first}\n{second}\n{body}\n"


def on_line(text: str, case: Line, start: int, end: int) -> bool:
    at = text.index(case.line)
    return at <= start and end <= at + len(case.line)


class Layer(NamedTuple):
    text: str
    published: datetime.date | None
    updated: datetime.date | None
    times: list[TimeMention]
    findings: list[Finding]


def through_layer(case: Line) -> Layer:
    """The date layer driven as the pipeline drives it, over the whole text."""
    text = article(case)
    lines = find_datelines(text, [], doc_id="d", id_prefix="d:d")
    body = find_times(
        text, [TextRange(start=0, end=len(text))], doc_id="d", anchor=lines.published, id_prefix="t"
    )
    body = [t for t in body if not any(t.start < p.end and p.start < t.end for p in lines.parts)]
    times = sorted([*lines.parts, *body], key=lambda m: m.start)
    findings = [*lines.issues, *check_dates(text, doc_id="d", times=times, datelines=lines)]
    return Layer(text, lines.published, lines.updated, times, findings)


def iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


IDS = [f"{i:03d}-{c.style}" for i, c in enumerate(LINES)]


def test_the_set_is_large_and_varied() -> None:
    assert len(LINES) >= 80
    styles = {c.style for c in LINES}
    assert {"levant", "gulf", "egypt", "maghreb", "iraq", "iran", "turkey", "english", "french"} <= styles
    assert sum(bool(c.issues) for c in LINES) >= 8 and sum(not c.issues for c in LINES) >= 60


@pytest.mark.parametrize("case", LINES, ids=IDS)
def test_dateline_through_the_date_layer(case: Line) -> None:
    r = through_layer(case)
    assert (iso(r.published), iso(r.updated)) == (case.published, case.updated)
    found = [(m.text, m.value) for m in r.times if on_line(r.text, case, m.start, m.end)]
    assert found == list(case.times)
    for m in r.times:
        assert r.text[m.start : m.end] == m.text
    assert sorted(f.code for f in r.findings) == sorted(case.issues)
    for f in r.findings:
        assert f.evidence and all(on_line(r.text, case, e.start, e.end) for e in f.evidence)
        assert all(r.text[e.start : e.end] == e.text for e in f.evidence)


@pytest.mark.parametrize("case", [c for c in LINES if c.style not in HEADLINES], ids=lambda c: c.line[:30])
def test_the_body_is_resolved_against_the_dateline_only(case: Line) -> None:
    """أمس in the body is the day before the stamp's day; with no dated stamp it stays unknown."""
    r = through_layer(case)
    at = r.text.index(YESTERDAY, r.text.index(AR_BODY))
    (m,) = [t for t in r.times if t.start <= at < t.end]
    want = (r.published - datetime.timedelta(days=1)).isoformat() if r.published else "XXXX-XX-XX"
    assert m.value == want


# Dates inside sentences near the top of an article: not the article's own stamp
PROSE = [
    "أعلنت الوزارة في 7 أكتوبر 2014 عن خطة جديدة للنقل.",
    "وكان الرئيس قد زار باريس الثلاثاء 7 أكتوبر 2014 - قبل أن يعود إلى بلاده.",
    "نشر الجيش قواته في 7 أكتوبر 2014 على الحدود الشمالية.",
    "وقال المتحدث إن آخر تحديث للأرقام صدر يوم 9 أكتوبر 2014 عن الوزارة.",
    "The ministry said on Oct. 7, 2014 that talks would resume.",
    "وأضاف أن الاجتماع انعقد عند الساعة 02:07 م من يوم الأحد 5 يناير 2020 في القصر.",
]


@pytest.mark.parametrize("sentence", PROSE)
def test_a_date_in_a_sentence_is_no_stamp(sentence: str) -> None:
    text = f"{AR_HEADLINE}\n{sentence}\n{AR_BODY}\n"
    lines = find_datelines(text, [], doc_id="d", id_prefix="d:d")
    assert (lines.published, lines.updated, lines.parts, lines.issues) == (None, None, [], [])


@cache
def report() -> Report:
    docs = [Document(id=f"h{i:03d}", source=f"h{i:03d}.txt", text=article(c)) for i, c in enumerate(LINES)]
    return claimdiff.analyze(docs)


@pytest.mark.parametrize("n", range(len(LINES)), ids=IDS)
def test_dateline_through_the_pipeline(n: int) -> None:
    case, rep = LINES[n], report()
    doc = rep.documents[n]
    text = doc.text
    assert not [e for e in doc.errors if e.stage != "language"]  # a French text is noted, not compared
    assert (doc.published, doc.updated) == (case.published, case.updated)
    times = sorted(
        (
            m
            for m in rep.mentions
            if m.kind == "time" and m.doc_id == doc.id and on_line(text, case, m.start, m.end)
        ),
        key=lambda m: m.start,
    )
    assert [(m.text, m.value) for m in times] == list(case.times)
    issues = [
        f for f in rep.findings if f.kind == "date_issue" and any(e.doc_id == doc.id for e in f.evidence)
    ]
    assert sorted(f.code for f in issues) == sorted(case.issues)
