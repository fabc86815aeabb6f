"""One module per page; each has ``build(store, ..., links) -> dict``, the page's context.

The context is the page's JSON (``/story/ID.json`` or ``?format=json``) and what its
template renders; the module docstring of each view documents its shape. ``build`` raises
:class:`~newsfuse.web.views.common.NotFound` for an unknown id. Views are pure functions of
the store: no FastAPI here, so the exports reuse them.
"""
