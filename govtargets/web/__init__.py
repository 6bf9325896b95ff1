"""The web application (FastAPI): pages in Chinese for the supervision office and its units, and /api."""

from govtargets.web.app import create_app

__all__ = ["create_app"]
