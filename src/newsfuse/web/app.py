"""The web app: server-rendered pages over one newsfuse database, each also served as JSON.

Pages (each view module documents its context object, which is also the page's JSON)::

    /                     story list and search box          views.index
    /story/{id}           a story's briefing                 views.story
    /doc/{id}[?hl=S-E]    one document, cited span marked    views.document
    /entity/{id}          a speaker and all their quotes     views.entity
    /entities             speakers, most quoted first        views.entities
    /search?q=            full-text search                   views.search
    /static/...           local CSS, JS and icon (no CDN)

Add ``.json`` to a page's path (``/story/ID.json``, ``/index.json``, ``/search.json?q=``) or
``?format=json`` to get its context as JSON. Every error, HTML or JSON, has one shape; as
JSON it is ``{"error": {"status": int, "message": str}}``.

Templates are Jinja2 with autoescape on for everything; JSON escapes ``< > &`` as ``\\u``
sequences; a Content-Security-Policy allows only the app's own scripts and styles. Each request
opens its own read connection to SQLite, so the app serves while ``newsfuse run`` writes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsfuse import __version__
from newsfuse.errors import NewsfuseError
from newsfuse.store import Store
from newsfuse.web.views import document, entities, entity, index, search, story
from newsfuse.web.views.common import STATIC, Context, Links, NotFound, WebLinks, jinja_env, json_dumps

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

Builder = Callable[[Store, Links], Context]


class SafeJSONResponse(Response):
    """JSON whose text never contains ``<``, ``>`` or ``&`` (they are ``\\u`` escaped)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return json_dumps(content, indent=2).encode("utf-8")


def create_app(db_path: str | Path) -> FastAPI:
    """The FastAPI app serving the database at ``db_path``."""
    db = str(db_path)
    # The interactive API docs load their assets from a CDN; the app must work offline.
    app = FastAPI(title="newsfuse", version=__version__, docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    # Pages answer HEAD too (link checkers, curl -I); FastAPI's @app.get would answer 405.
    page = partial(app.api_route, methods=["GET", "HEAD"], include_in_schema=False)

    def respond(request: Request, template: str, build: Builder, *, as_json: bool, **extra: Any) -> Response:
        links = WebLinks(request.scope.get("root_path", ""))
        with Store(db) as store:
            context = build(store, links)
        if as_json:
            return SafeJSONResponse(context)
        return HTMLResponse(render_page(template, context, request, **extra))

    @page("/")
    def index_page(request: Request) -> Response:
        return respond(request, "index.html", index.build, as_json=wants_json(request))

    @page("/index.json")
    def index_json(request: Request) -> Response:
        return respond(request, "index.html", index.build, as_json=True)

    @page("/story/{story_id}")
    def story_page(request: Request, story_id: str) -> Response:
        story_id, as_json = split_format(story_id, request)
        return respond(request, "story.html", lambda s, links: story.build(s, story_id, links), as_json=as_json)

    @page("/doc/{doc_id}")
    def doc_page(request: Request, doc_id: str, hl: str | None = None) -> Response:
        doc_id, as_json = split_format(doc_id, request)
        span = parse_span(hl)
        return respond(
            request, "doc.html", lambda s, links: document.build(s, doc_id, links, span), as_json=as_json
        )

    @page("/entity/{entity_id}")
    def entity_page(request: Request, entity_id: str) -> Response:
        entity_id, as_json = split_format(entity_id, request)
        return respond(request, "entity.html", lambda s, links: entity.build(s, entity_id, links), as_json=as_json)

    @page("/entities")
    @page("/entities.json")
    def entities_page(request: Request) -> Response:
        return respond(request, "entities.html", entities.build, as_json=wants_json(request))

    @page("/search")
    @page("/search.json")
    def search_page(request: Request, q: str = "") -> Response:
        return respond(
            request, "search.html", lambda s, links: search.build(s, q, links), as_json=wants_json(request), query=q
        )

    install_error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


def render_page(template: str, context: Context, request: Request | None, **extra: Any) -> str:
    root = request.scope.get("root_path", "").rstrip("/") if request else ""
    json_href = None
    if request is not None and not template == "error.html":
        params = dict(request.query_params) | {"format": "json"}
        json_href = f"{request.url.path}?{urlencode(params)}"
    return jinja_env().get_template(template).render(
        c=context, root=root, version=__version__, query=extra.pop("query", ""), json_href=json_href, **extra
    )


def wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json") or request.query_params.get("format") == "json"


def split_format(raw_id: str, request: Request) -> tuple[str, bool]:
    """``"abc.json"`` -> ``("abc", True)``; ``?format=json`` also asks for JSON."""
    if raw_id.endswith(".json"):
        return raw_id[: -len(".json")], True
    return raw_id, request.query_params.get("format") == "json"


def parse_span(value: str | None) -> tuple[int, int] | None:
    """``"120-184"`` -> ``(120, 184)``; anything else (absent, malformed, empty span) -> None."""
    if not value:
        return None
    start, sep, end = value.partition("-")
    if not sep or not start.isdigit() or not end.isdigit():
        return None
    span = (int(start), int(end))
    return span if span[0] < span[1] else None


# -- errors ----------------------------------------------------------------------------------------


def install_error_handlers(app: FastAPI) -> None:
    """Every error as one shape: an HTML page, or {"error": {"status", "message"}} as JSON."""

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error_response(request, 404, exc.message, exc.suggestions)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            message = (
                f"There is no page at {request.url.path}. Pages: / (stories), /story/ID, /doc/ID, "
                "/entity/ID, /entities, /search?q=WORDS; add .json to any of them for JSON."
            )
        else:
            message = str(exc.detail)
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return error_response(request, 400, f"Bad request: {problems}")

    @app.exception_handler(NewsfuseError)
    async def store_error(request: Request, exc: NewsfuseError) -> Response:
        return error_response(request, 500, str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        # Same shape as every other error; the details stay in the server log, not the page.
        return error_response(request, 500, f"Internal error ({type(exc).__name__}); see the server log.")


def error_response(
    request: Request, status: int, message: str, suggestions: list[tuple[str, str]] | None = None
) -> Response:
    if wants_json(request) or _prefers_json(request):
        if suggestions:
            message = f"{message} Did you mean: {', '.join(label for label, _ in suggestions)}?"
        return SafeJSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    context = {"error": {"status": status, "message": message}}
    page = render_page("error.html", context, request, suggestions=suggestions or [])
    return HTMLResponse(page, status_code=status)


def _prefers_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept
