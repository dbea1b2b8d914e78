"""Demo themes, and the themes page."""

from themes.demo.builder import build_demo_themes, build_themes_page

__all__ = ["build_demo_themes", "build_themes_page"]
