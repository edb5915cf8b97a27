"""The rules of `kiosk layout-check` on numbers, without a window."""
import pytest

from kiosk.ui.layout_rules import (composite, contrast, overlap, screen_density, smallest_target, sticking_out,
                                   too_small)


def test_contrast_follows_wcag() -> None:
    assert contrast((1, 1, 1), (0, 0, 0)) == pytest.approx(21)
    assert contrast((0.5, 0.5, 0.5), (0.5, 0.5, 0.5)) == pytest.approx(1)
    assert contrast((1, 1, 1), (0.13, 0.55, 0.30)) == pytest.approx(4.25, abs=0.01)  # the old continue button
    assert contrast((0, 0, 0), (1, 1, 1)) == contrast((1, 1, 1), (0, 0, 0))


def test_a_translucent_layer_is_seen_over_what_is_below() -> None:
    assert composite([(1, 1, 1, 0.5)], (0, 0, 0, 1)) == pytest.approx((0.5, 0.5, 0.5))
    assert composite([(1, 0, 0, 1), (0, 0, 1, 0.25)], (0, 0, 0)) == pytest.approx((0.75, 0, 0.25))


def test_text_out_of_its_widget_is_measured_on_its_worst_side() -> None:
    assert sticking_out((10, 10, 50, 20), (0, 0, 100, 100)) == 0
    assert sticking_out((60, 10, 50, 20), (0, 0, 100, 100)) == 10
    assert sticking_out((0, -4, 50, 20), (0, 0, 100, 100)) == 4


def test_touching_is_no_overlap_but_sharing_more_than_a_pixel_is() -> None:
    assert overlap((0, 0, 10, 10), (10, 0, 10, 10)) is None
    assert overlap((0, 0, 10, 10), (9.5, 0, 10, 10)) is None  # rounding
    assert overlap((0, 0, 10, 10), (5, 5, 10, 10)) == (5, 5, 5, 5)


def test_touch_targets_scale_with_the_screen() -> None:
    assert smallest_target(1080) == 44 and smallest_target(2160) == 88
    assert too_small((0, 0, 200, 40), 1080) and not too_small((0, 0, 200, 44), 1080)
    assert not too_small((0, 0, 31.5, 31.5), 768)


@pytest.mark.parametrize("size, inches, density", [
    ((1080, 1920), 0, 1.0), ((2160, 3840), 0, 2.0), ((1366, 768), 0, 0.711), ((1280, 1024), 0, 0.948),
    ((2160, 3840), 43, 2.0),  # the reference's size in 4K: twice the pixels for the same sizes
    ((2160, 3840), 55, 1.564),  # larger: the same physical sizes, more room
    ((1080, 1920), 24, 1.0),  # smaller: never more than the layout's proportions allow
])
def test_density_keeps_physical_sizes_within_the_layouts_proportions(size, inches, density) -> None:
    assert screen_density(size, inches) == pytest.approx(density, abs=0.001)
