"""Indonesian."""

from pathlib import Path

from warta.lang import LanguageData

LANGUAGE = LanguageData(code="id", name="Indonesian", data_dir=Path(__file__).parent)
