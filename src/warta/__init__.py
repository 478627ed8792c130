"""warta: news articles in, structured event data out (who did what to whom, when, where, who says so)."""

import logging

from warta.document import Article, Document

__version__ = "0.1.0"
__all__ = ["Article", "Document", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
