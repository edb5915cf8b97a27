"""``kiosk stats --plot FILE.png``: the usage charts drawn with matplotlib (the optional extra ``plot``: the kiosk
itself never needs it, and it is not in the bundle)."""
from __future__ import annotations

import gettext
from pathlib import Path

from kiosk.messages import S_
from kiosk.usage.charts import UsageCharts

WEEK_TITLE = S_("stats plot", "Visits per hour of the week")
LANGUAGES_TITLE = S_("stats plot", "Visits by language")
CONCERNS_TITLE = S_("stats plot", "Concerns shown (the most frequent)")
GIVE_UPS_TITLE = S_("stats plot", "Give-ups per day (idle reset without a concern)")
WEEKDAYS = S_("stats plot", "Mon Tue Wed Thu Fri Sat Sun")
HIDDEN_NOTE = S_("stats plot", "Counts under {min_count} are not drawn ({hidden} left out); {span}.")


def plot(charts: UsageCharts, target: Path, translations: gettext.NullTranslations, *, min_count: int,
         span: str) -> None:
    import matplotlib

    matplotlib.use("Agg")  # a file, no window: works on a kiosk and over SSH alike
    from matplotlib import pyplot

    def say(message) -> str:
        return message.render(translations)

    figure, ((week, languages), (concerns, give_ups)) = pyplot.subplots(2, 2, figsize=(14, 9), layout="constrained")
    grid = [[float("nan") if cell is None else cell for cell in row] for row in charts.week_hours]
    image = week.imshow(grid, aspect="auto", cmap="Blues", interpolation="nearest")
    week.set_yticks(range(7), say(WEEKDAYS).split())
    week.set_xticks(range(0, 24, 2), [f"{hour:02d}" for hour in range(0, 24, 2)])
    week.set_title(say(WEEK_TITLE))
    figure.colorbar(image, ax=week, shrink=0.8)
    for axes, title, bars in ((languages, LANGUAGES_TITLE, charts.languages),
                              (concerns, CONCERNS_TITLE, charts.concerns)):
        keys = [key for key, _count in bars][::-1]
        axes.barh(keys, [count for _key, count in bars][::-1], color="#2b6cb0")
        axes.set_title(say(title))
    days = [day for day, _count in charts.give_ups]
    give_ups.bar(days, [count or 0 for _day, count in charts.give_ups], color="#c05621")
    give_ups.set_title(say(GIVE_UPS_TITLE))
    give_ups.tick_params(axis="x", labelrotation=60)
    figure.suptitle(say(HIDDEN_NOTE(min_count=min_count, hidden=charts.hidden, span=span)), fontsize=10)
    target.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(target, dpi=100)
    pyplot.close(figure)
