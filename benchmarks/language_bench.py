"""Language detection: claimdiff's script-and-function-word detector against py3langid and lingua.

Labelled texts written for this benchmark, short (a headline or one clause) and long (a few
paragraphs), in Arabic, Arabic written with Persian letters (ی ک, as Iranian outlets' Arabic
services write it: still Arabic), Persian, English and French.  Reports accuracy per class and
length and the time per text; the other detectors run in the same process when installed
(``pip install py3langid lingua-language-detector``).

    python benchmarks/language_bench.py
"""

from __future__ import annotations

import time
from collections.abc import Callable

from claimdiff.text.language import detect_language

SHORT: dict[str, list[str]] = {
    "ar": [
        "استقال رئيس الوزراء أمس",
        "قصف مدفعي على ريف إدلب الجنوبي",
        "الأمم المتحدة تحذر من مجاعة في السودان",
        "ارتفاع أسعار الخبز في دمشق",
        "وزير الخارجية يصل إلى القاهرة",
        "مقتل ثلاثة جنود في هجوم",
        "البرلمان يقر الموازنة العامة",
        "انقطاع الكهرباء عن مدينة حلب",
    ],
    "ar_persian_letters": [
        "قال المتحدث باسم الخارجیة إن طهران لن تتفاوض",
        "وصل وزیر الخارجیة إلى بغداد فی زیارة رسمیة",
        "أکد قائد الحرس الثوری أن الرد سیکون حاسما",
        "الرئیس الإیرانی یستقبل وفدا عراقیا",
        "مقتل شخصین فی انفجار بمدینة کرمان",
        "ارتفاع سعر الدولار فی السوق الحرة",
        "الهلال الأحمر یرسل مساعدات إلى المناطق المنکوبة",
        "اجتماع طارئ لمجلس الأمن الدولی",
    ],
    "fa": [
        "وزیر امور خارجه به بغداد رفت",
        "قیمت دلار در بازار آزاد افزایش یافت",
        "رئیس جمهور با هیئت عراقی دیدار کرد",
        "سخنگوی دولت گفت که مذاکرات ادامه دارد",
        "دو نفر در انفجار کرمان کشته شدند",
        "مجلس بودجه سال آینده را تصویب کرد",
        "برق تهران قطع شد",
        "هلال احمر کمک‌ها را ارسال می‌کند",
    ],
    "en": [
        "Prime minister resigns",
        "UN warns of famine in Sudan",
        "Bread prices rise in Damascus",
        "Three soldiers killed in attack",
        "Parliament passes the budget",
        "Foreign minister arrives in Cairo",
        "Talks to resume next week",
        "Power cut hits Aleppo",
    ],
    "fr": [
        "Le Premier ministre démissionne",
        "L'ONU alerte sur la famine au Soudan",
        "Hausse du prix du pain à Damas",
        "Trois soldats tués dans une attaque",
        "Le Parlement adopte le budget",
        "Le ministre des Affaires étrangères arrive au Caire",
        "Les négociations reprendront la semaine prochaine",
        "Coupure d'électricité à Alep",
    ],
}

LONG: dict[str, list[str]] = {
    "ar": [
        "قال وزير الخارجية في مؤتمر صحفي عقده أمس في العاصمة إن المحادثات مع الجانب الآخر ما زالت "
        "مستمرة، وإن الطرفين اتفقا على تشكيل لجنة مشتركة لمتابعة الملفات العالقة. وأضاف أن الحكومة "
        "لن تقبل بأي شروط مسبقة، مشيرا إلى أن الوضع الإنساني في المناطق المتضررة يتطلب تحركا عاجلا "
        "من المجتمع الدولي. وكانت الأمم المتحدة قد حذرت الأسبوع الماضي من أن ملايين الأشخاص يواجهون "
        "خطر المجاعة بسبب استمرار القتال وانقطاع الطرق.",
        "أعلنت وزارة الصحة أن عدد الإصابات ارتفع إلى أكثر من ألفي حالة خلال الأيام الثلاثة الماضية، "
        "وأن المستشفيات في المدينة تعمل بأكثر من طاقتها. ودعت الوزارة المواطنين إلى الالتزام "
        "بإجراءات الوقاية، فيما قال أطباء إن نقص الأدوية يزيد من صعوبة الوضع.",
    ],
    "ar_persian_letters": [
        "قال المتحدث باسم وزارة الخارجیة الإیرانیة فی مؤتمره الصحفی الأسبوعی إن طهران لن تتفاوض تحت "
        "الضغط، وإن أی اتفاق یجب أن یضمن رفع العقوبات بشکل کامل. وأضاف أن الجمهوریة الإسلامیة مستعدة "
        "للحوار مع دول الجوار، مشیرا إلى أن زیارة وزیر الخارجیة إلى بغداد کانت ناجحة. وأکد أن إیران "
        "ستواصل دعم الحکومة العراقیة فی مواجهة الإرهاب.",
        "أعلن الهلال الأحمر الإیرانی أن فرقه أرسلت مساعدات إلى المناطق المنکوبة بالزلزال فی محافظة "
        "کرمانشاه، وأن عدد الضحایا ارتفع إلى خمسین شخصا. وقال رئیس الجمعیة إن عملیات البحث مستمرة "
        "رغم صعوبة الوصول إلى القرى الجبلیة.",
    ],
    "fa": [
        "سخنگوی وزارت امور خارجه در نشست خبری هفتگی خود گفت که تهران زیر فشار مذاکره نمی‌کند و هر "
        "توافقی باید رفع کامل تحریم‌ها را تضمین کند. وی افزود که جمهوری اسلامی برای گفت‌وگو با "
        "کشورهای همسایه آماده است و سفر وزیر امور خارجه به بغداد موفق بود. او تاکید کرد که ایران از "
        "دولت عراق در مبارزه با تروریسم حمایت خواهد کرد.",
        "جمعیت هلال احمر اعلام کرد که تیم‌های امدادی به مناطق زلزله‌زده استان کرمانشاه اعزام شده‌اند و "
        "شمار قربانیان به پنجاه نفر رسیده است. رئیس این جمعیت گفت که عملیات جست‌وجو با وجود دشواری "
        "دسترسی به روستاهای کوهستانی ادامه دارد.",
    ],
    "en": [
        "The foreign minister told a news conference in the capital on Tuesday that talks with the "
        "other side were continuing and that both parties had agreed to form a joint committee to "
        "follow up on outstanding issues. He added that the government would not accept any "
        "preconditions, and said the humanitarian situation in the affected areas required urgent "
        "action from the international community.",
        "The health ministry said the number of cases had risen to more than two thousand over the "
        "past three days and that hospitals in the city were working beyond capacity. Doctors said a "
        "shortage of medicines was making the situation worse.",
    ],
    "fr": [
        "Le ministre des Affaires étrangères a déclaré mardi lors d'une conférence de presse dans la "
        "capitale que les discussions avec l'autre partie se poursuivaient et que les deux camps "
        "étaient convenus de former une commission conjointe pour suivre les dossiers en suspens. Il a "
        "ajouté que le gouvernement n'accepterait aucune condition préalable.",
        "Le ministère de la Santé a indiqué que le nombre de cas avait dépassé deux mille au cours des "
        "trois derniers jours et que les hôpitaux de la ville fonctionnaient au-delà de leurs "
        "capacités. Des médecins ont affirmé que la pénurie de médicaments aggravait la situation.",
    ],
}

EXPECTED = {"ar": "ar", "ar_persian_letters": "ar", "fa": "fa", "en": "en", "fr": "fr"}


def _detectors() -> dict[str, Callable[[str], str]]:
    out: dict[str, Callable[[str], str]] = {"claimdiff": detect_language}
    try:
        import py3langid

        out["py3langid"] = lambda t: str(py3langid.classify(t)[0])
    except ImportError:
        pass
    try:
        from lingua import Language, LanguageDetectorBuilder

        langs = [Language.ARABIC, Language.PERSIAN, Language.ENGLISH, Language.FRENCH]
        det = LanguageDetectorBuilder.from_languages(*langs).build()

        def lingua_detect(t: str) -> str:
            found = det.detect_language_of(t)
            return found.iso_code_639_1.name.lower() if found else "und"

        out["lingua"] = lingua_detect
    except ImportError:
        pass
    return out


def main() -> None:
    detectors = _detectors()
    sets = {"short": SHORT, "long": LONG}
    print(
        f"{'detector':<10} {'set':<6} "
        + " ".join(f"{k:>18}" for k in EXPECTED)
        + f" {'all':>6} {'ms/text':>8}"
    )
    for name, detect in detectors.items():
        detect("warm up")
        for set_name, data in sets.items():
            cells, right, total, spent = [], 0, 0, 0.0
            for cls, texts in data.items():
                ok = 0
                for t in texts:
                    t0 = time.perf_counter()
                    got = detect(t)
                    spent += time.perf_counter() - t0
                    ok += got == EXPECTED[cls]
                cells.append(f"{ok}/{len(texts)}")
                right, total = right + ok, total + len(texts)
            row = " ".join(f"{c:>18}" for c in cells)
            print(f"{name:<10} {set_name:<6} {row} {right / total:>6.0%} {1000 * spent / total:>8.3f}")


if __name__ == "__main__":
    main()
