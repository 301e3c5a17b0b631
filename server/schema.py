"""Request bodies -> checked values, or an ApiError that says what is wrong.

Shape errors (wrong types, missing fields) are 400; well-formed values that
cannot be accepted are 422; too much is 413.
"""
import json
import math

from flask import current_app, request

from model.data import KINDS, DataError, check_example, context_problem
from server.errors import ApiError

# Every feedback field has a cap (html is truncated like a scored snippet;
# the others are refused with 413): a stored example is kept forever, so
# what one request may store must be bounded field by field.
FEEDBACK_CAPS = {"url": 2048, "source": 200, "kind": 64, "context": 8 * 1024}


def json_body():
    if not request.is_json:
        raise ApiError(415, "send the body as JSON with content-type: application/json")
    try:
        body = json.loads(request.get_data(), parse_constant=_not_json, parse_float=_finite)
    except (ValueError, RecursionError):  # bad bytes or syntax; nesting deeper than the stack
        raise ApiError(400, "the body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ApiError(400, "the body must be a JSON object")
    return body


def _not_json(name):
    raise ValueError(f"{name} is not JSON")  # Python's parser accepts NaN and Infinity


def _finite(text):
    value = float(text)
    if not math.isfinite(value):  # 1e400: a response echoing it would not be JSON
        raise ValueError(f"{text} is out of range")
    return value


def _text(value):
    """A str SQLite can store: lone surrogates (JSON "\\ud800") become '?'."""
    return value.encode("utf-8", "replace").decode("utf-8")


def _list_field(body, name, limit):
    items = body.get(name)
    if items is None:
        raise ApiError(400, f"missing '{name}': expected a list")
    if not isinstance(items, list):
        raise ApiError(400, f"'{name}' must be a list")
    if len(items) > limit:
        raise ApiError(413, f"at most {limit} {name} per request")
    return items


def _optional_str(obj, key, where):
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise ApiError(400, f"{where}.{key} must be a string")
    return value


def score_request(body):
    """(snippets for the scorer, ids) from a /v1/score body."""
    cfg = current_app.config
    items = _list_field(body, "snippets", cfg["MAX_SNIPPETS"])
    page_url = _optional_str(body, "url", "body")
    max_chars = cfg["MAX_SNIPPET_CHARS"]
    snippets, ids = [], []
    for i, item in enumerate(items):
        where = f"snippets[{i}]"
        if not isinstance(item, dict):
            raise ApiError(400, f"{where} must be an object")
        html = item.get("html")
        if not isinstance(html, str):
            raise ApiError(400, f"{where}.html must be a string")
        sid = item.get("id")
        if sid is not None and (isinstance(sid, bool) or not isinstance(sid, (str, int, float))):
            raise ApiError(400, f"{where}.id must be a string or a number")
        url = _optional_str(item, "url", where) or page_url
        context = item.get("context")
        if context is not None:
            if not isinstance(context, dict):
                raise ApiError(400, f"{where}.context must be an object")
            problem = context_problem(context)
            if problem:
                raise ApiError(problem[0], f"{where}.context.{problem[1]}")
        # An oversized snippet is truncated and scored, never refused.
        snippets.append({"html": html[:max_chars], "url": url, "context": context})
        ids.append(sid)
    return snippets, ids


def feedback_request(body):
    """Checked labelled examples from a /v1/feedback body."""
    cfg = current_app.config
    items = _list_field(body, "examples", cfg["MAX_SNIPPETS"])
    if not items:
        raise ApiError(422, "'examples' is empty")
    out = []
    for i, item in enumerate(items):
        where = f"examples[{i}]"
        if not isinstance(item, dict):
            raise ApiError(400, f"{where} must be an object")
        if not isinstance(item.get("html"), str):
            raise ApiError(400, f"{where}.html must be a string")
        _check_caps(item, where)  # too large is 413 before any value is judged
        try:
            ex = check_example(item, where)
        except DataError as exc:
            raise ApiError(422, str(exc)) from None
        kind = ex.get("kind")
        if ex["label"] == 1 and kind is not None and kind not in KINDS:
            raise ApiError(422, f"{where}.kind must be one of {', '.join(KINDS)}")
        clean = {"html": _text(ex["html"][:cfg["MAX_SNIPPET_CHARS"]]), "label": ex["label"]}
        for key in ("url", "kind", "context", "source"):
            if ex.get(key) is not None:
                clean[key] = _text(ex[key]) if isinstance(ex[key], str) else ex[key]
        out.append(clean)
    return out


def _check_caps(ex, where):
    for key, cap in FEEDBACK_CAPS.items():
        value = ex.get(key)
        if value is None:
            continue
        if key == "context":
            size = len(json.dumps(value, ensure_ascii=False))
        elif isinstance(value, str):
            size = len(value)
        else:
            continue  # the wrong type: check_example says so
        if size > cap:
            unit = "characters of JSON" if key == "context" else "characters"
            raise ApiError(413, f"{where}.{key} is {size} {unit}; at most {cap} are accepted")
