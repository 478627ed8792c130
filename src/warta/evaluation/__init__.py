"""Measuring warta against gold data: the linguistic pipeline (nlp) and the event coder (events)."""
