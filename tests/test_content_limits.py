"""Bounds on what staff write: refused at the line that goes beyond, with the limit named."""
from pathlib import Path

from kiosk.content.model import MAX_ENTRIES
from kiosk.views.take_along import ELLIPSIS, compact_text

from sites import check


def test_one_concern_too_many_across_the_files_is_refused_where_it_begins(mini_site: Path) -> None:
    most = MAX_ENTRIES["services"]
    entries = "".join(f"  - {{id: anliegen-{n}, category: hilfe, name: Anliegen {n}, summary: Ein Anliegen., "
                      f"destination: infotheke, appointment: {{rule: none}}}}\n" for n in range(most))
    (mini_site / "more.yaml").write_text("services:\n" + entries, encoding="utf-8")
    # The mini site has two concerns of its own (services.yaml is read after more.yaml): the first beyond is its first.
    assert check(mini_site) == [
        f'services.yaml:6:5: error: "services" has {most + 2} entries in the site\'s files together; at most {most} '
        f'fit. This is the first beyond. Remove entries no visitor needs, or describe a second building as a site of '
        f'its own.']


def test_a_long_line_is_cut_once_at_a_character_boundary() -> None:
    line = "ፍቓድ " * 100_000  # three bytes a letter: the cut falls inside one
    text = compact_text([line], limit=100)
    assert text.endswith(ELLIPSIS) and len(text.encode()) <= 100
    assert line.startswith(text.removesuffix(ELLIPSIS))
