"""The web app: a read-only dashboard and REST API over a warta database (`warta serve`)."""

from warta.serve.app import create_app

__all__ = ["create_app"]
