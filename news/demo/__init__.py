"""Demo news: the news page with its articles, and the newsletter page."""

from news.demo.builder import build_demo_news

__all__ = ["build_demo_news"]
