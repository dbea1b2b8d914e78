"""A horizontal bar chart, drawn on the server as SVG (templates/publications/admin/bar_chart.html):
no script, every bar labelled and numbered, so it reads without colour or a pointer. Each label
stands in full above its bar, wrapped over as many lines as it needs."""

import textwrap
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

WIDTH = 800
VALUE_WIDTH = 80
BAR_HEIGHT = 20
LINE_HEIGHT = 17
BAR_GAP = 14
LABEL_GAP = 8
FONT_SIZE = 13
# Characters a line holds at FONT_SIZE across WIDTH, with room for wide letters.
LINE_CHARACTERS = 90
BAR_AREA = WIDTH - VALUE_WIDTH


def label_lines(label: str) -> tuple[str, ...]:
    """The label, whole, in lines that fit across the chart (a word longer than a line is cut
    between lines rather than overflowing)."""
    return tuple(textwrap.wrap(label, LINE_CHARACTERS, break_on_hyphens=False)) or ("",)


@dataclass(frozen=True)
class Line:
    text: str
    baseline: int


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    top: int
    length: int

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(
            Line(text, self.top + (number + 1) * LINE_HEIGHT - 4)
            for number, text in enumerate(label_lines(self.label))
        )

    @property
    def bar_top(self) -> int:
        return self.top + len(self.lines) * LINE_HEIGHT + 2

    @property
    def bottom(self) -> int:
        return self.bar_top + BAR_HEIGHT

    @property
    def text_baseline(self) -> int:
        return self.bar_top + BAR_HEIGHT * 7 // 10

    @property
    def value_x(self) -> int:
        return self.length + LABEL_GAP


@dataclass(frozen=True)
class BarChart:
    title: str
    description: str
    bars: tuple[Bar, ...]
    width: int = WIDTH
    bar_height: int = BAR_HEIGHT
    font_size: int = FONT_SIZE

    @property
    def height(self) -> int:
        return (self.bars[-1].bottom if self.bars else 0) + BAR_GAP


def bar_chart(title: str, values: list[tuple[str, int]]) -> BarChart:
    """One bar per (label, value), in the order given, the longest bar for the largest value."""
    largest = max((value for _label, value in values), default=0)
    bars, top = [], BAR_GAP
    for label, value in values:
        length = max(1, round(BAR_AREA * value / largest)) if value else 0
        bar = Bar(label=label, value=value, top=top, length=length)
        bars.append(bar)
        top = bar.bottom + BAR_GAP
    return BarChart(title, describe(values), tuple(bars))


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
