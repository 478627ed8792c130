"""Dictionaries of other event coders, read into warta's own formats (see petrarch.py)."""
