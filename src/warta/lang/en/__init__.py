"""English."""

from pathlib import Path

from warta.lang import LanguageData

LANGUAGE = LanguageData(code="en", name="English", data_dir=Path(__file__).parent)
