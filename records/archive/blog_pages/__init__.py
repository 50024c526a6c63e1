"""Scraped blog and publication pages: the article, its title and its authors (see `article`)."""

from .article import extract_article
from .bylines import page_date

__all__ = ["extract_article", "page_date"]
