"""Rendering a 60-word Arabic paragraph against a 60-word German one, in the same run (offscreen).

Run: .venv/bin/python bench/text.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.ui.environment import configure  # noqa: E402

GERMAN = ("Bitte gehen Sie mit Ihrem Reisepass, einem aktuellen biometrischen Foto und dem ausgefüllten Antrag "
          "in den dritten Stock. Dort warten Sie im Wartebereich, bis Ihre Nummer auf dem Bildschirm erscheint. "
          "Die Kartenausgabe ist in Raum 3.032 neben dem Briefkasten. Wenn Sie unsicher sind, fragen Sie am "
          "Servicepunkt in Raum 3.010. Die Sprechzeiten sind montags und freitags von 08:00 bis 12:00 Uhr, "
          "dienstags und donnerstags auch nachmittags.")
ARABIC = ("يرجى الذهاب مع جواز سفرك وصورة شخصية حديثة والطلب المعبأ إلى الطابق الثالث. هناك تنتظر في منطقة "
          "الانتظار حتى يظهر رقمك على الشاشة. يقع مكتب تسليم البطاقات في الغرفة 3.032 بجانب صندوق البريد. إذا "
          "لم تكن متأكدًا فاسأل في نقطة الخدمة في الغرفة 3.010. مواعيد العمل يومي الاثنين والجمعة من 08:00 إلى "
          "12:00 وكذلك بعد الظهر يومي الثلاثاء والخميس مع إمكانية حجز موعد مسبق عبر الإنترنت.")


def render_time(locale: str, text: str, repeats: int = 15) -> float:
    from kiosk.ui.widgets.text import LocalizedLabel

    times = []
    for repeat in range(repeats):
        # a new text each time, so Kivy's texture cache cannot answer
        widget = LocalizedLabel(locale=locale, source_text=f"{text} {repeat}", font_size=30, width=900)
        started = time.perf_counter()
        widget.texture_update()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    configure(headless=True, kivy_home=Path(tempfile.mkdtemp()), log_level="error")
    from kivy.core.window import Window  # noqa: F401  (creates the GL context)

    print(f"words: German {len(GERMAN.split())}, Arabic {len(ARABIC.split())}")
    render_time("de", GERMAN, 3), render_time("ar", ARABIC, 3)  # warm the font caches
    german, arabic = render_time("de", GERMAN), render_time("ar", ARABIC)
    print(f"German paragraph: {german * 1000:.1f} ms | Arabic paragraph: {arabic * 1000:.1f} ms "
          f"({arabic / german:.2f}x German)")


if __name__ == "__main__":
    main()
