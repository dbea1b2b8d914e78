"""Demo publications: themes, the library page, publications with files and covers."""

from publications.demo.builder import build_demo_publications

__all__ = ["build_demo_publications"]
