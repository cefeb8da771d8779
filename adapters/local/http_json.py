"""Reading one small JSON object from a request body, refusing what is too big or not JSON, before anything changes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiohttp import web

MAX_BODY_BYTES = 256 * 1024  # a whole report form, in any script, fits several times over


class BadRequest(ValueError):
    """A request the local API refuses with 400; the message is a polite sentence for the page to show."""


async def read_object(request: web.Request, limit: int = MAX_BODY_BYTES) -> dict[str, Any]:
    """The body as a JSON object; an empty body is an empty object."""
    if request.content_length is not None and request.content_length > limit:
        raise BadRequest("That message is too large to accept.")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.content.iter_chunked(64 * 1024):  # read no further than the limit
        size += len(chunk)
        if size > limit:
            raise BadRequest("That message is too large to accept.")
        chunks.append(chunk)
    raw = b"".join(chunks)
    if not raw.strip():
        return {}
    if request.content_type != "application/json":  # a cross-site form can send text/plain with no preflight
        raise BadRequest("Send the request as JSON, with Content-Type: application/json.")
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:  # "[" * 100000: too deep to parse
        raise BadRequest("The request was not valid JSON.") from exc
    if not isinstance(body, dict):
        raise BadRequest("The request must be a JSON object.")
    try:  # a lone surrogate escape ("\\ud800") parses, but no database or page can hold it: a client message id
        json.dumps(body, ensure_ascii=False).encode("utf-8")  # is stored as it came, before the engine sees text
    except UnicodeEncodeError as exc:
        raise BadRequest("The request was not valid JSON text: it holds a \\u escape that is not a whole "
                         "character.") from exc
    return body


def optional_str(body: Mapping[str, Any], key: str, limit: int, default: str | None = "") -> str | None:
    """A string field (or `default` when absent or null), refusing other types and absurd lengths."""
    value = body.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise BadRequest(f"'{key}' must be a string.")
    if len(value) > limit:
        raise BadRequest(f"'{key}' is too long.")
    return value


def optional_form(body: Mapping[str, Any], key: str = "form", max_fields: int = 50) -> dict[str, str] | None:
    """A submitted form: an object of field name to string value, or None."""
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, dict) or len(value) > max_fields:
        raise BadRequest(f"'{key}' must be an object of field names to text.")
    if not all(isinstance(k, str) and len(k) <= 100 and isinstance(v, str) for k, v in value.items()):
        raise BadRequest(f"Every value in '{key}' must be text.")
    return dict(value)


def error(message: str, status: int = 400) -> web.Response:
    return web.json_response({"error": message}, status=status)
