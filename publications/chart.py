"""A horizontal bar chart, drawn on the server as SVG (templates/publications/admin/bar_chart.html):
no script, every bar labelled and numbered, so it reads without colour or a pointer."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

WIDTH = 800
LABEL_WIDTH = 280
VALUE_WIDTH = 70
BAR_HEIGHT = 20
BAR_GAP = 8
LABEL_GAP = 8
MAX_LABEL_LENGTH = 38
BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH


def shortened(label: str) -> str:
    if len(label) <= MAX_LABEL_LENGTH:
        return label
    return label[: MAX_LABEL_LENGTH - 1].rstrip() + "…"


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    top: int
    length: int

    @property
    def short_label(self) -> str:
        return shortened(self.label)

    @property
    def text_baseline(self) -> int:
        return self.top + BAR_HEIGHT * 7 // 10

    @property
    def value_x(self) -> int:
        return LABEL_WIDTH + self.length + LABEL_GAP


@dataclass(frozen=True)
class BarChart:
    title: str
    description: str
    bars: tuple[Bar, ...]
    width: int = WIDTH
    bar_height: int = BAR_HEIGHT
    label_width: int = LABEL_WIDTH
    label_end: int = LABEL_WIDTH - LABEL_GAP

    @property
    def height(self) -> int:
        return len(self.bars) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP


def bar_chart(title: str, values: list[tuple[str, int]]) -> BarChart:
    """One bar per (label, value), in the order given, the longest bar for the largest value."""
    largest = max((value for _label, value in values), default=0)
    bars = tuple(
        Bar(
            label=label,
            value=value,
            top=BAR_GAP + index * (BAR_HEIGHT + BAR_GAP),
            length=max(1, round(BAR_AREA * value / largest)) if value else 0,
        )
        for index, (label, value) in enumerate(values)
    )
    return BarChart(title, describe(values), bars)


def describe(values: list[tuple[str, int]]) -> str:
    if not values:
        return _("No downloads.")
    numbers = [value for _label, value in values]
    bars = ngettext("%(count)d bar", "%(count)d bars", len(values)) % {"count": len(values)}
    return _("%(bars)s, from %(smallest)d to %(largest)d downloads; the table lists them.") % {
        "bars": bars,
        "smallest": min(numbers),
        "largest": max(numbers),
    }
