"""The local web app (FastAPI + Jinja2, server-rendered, no CDN): see :mod:`newsfuse.web.app`.

FastAPI is imported only when an app is created, so the exports can reuse the page views
(:mod:`newsfuse.web.views`) without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app(db_path: str | Path) -> FastAPI:
    """The web app serving the newsfuse database at ``db_path``."""
    from newsfuse.web.app import create_app as _create_app

    return _create_app(db_path)
