"""The API as implemented, as an OpenAPI 3.1 document at GET /openapi.json.

The request schemas say exactly what server/schema.py accepts, no more and no
less, so that a generator (schemathesis, tests/test_hostile_input.py) can
hold the server to them both ways: what fits is answered 2xx, what does not
is refused with a 4xx JSON error. Limits come from the app's config.
"""
from flask import Blueprint, current_app, jsonify

from model.data import KINDS, MAX_LANDMARK_CHARS, MAX_LANDMARKS, MAX_PAGE_CANDIDATES, MAX_SIBLINGS, NOT_BLANK
from server.schema import FEEDBACK_CAPS

bp = Blueprint("openapi", __name__)

JSON = "application/json"


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema, description):
    return {"description": description, "content": {JSON: {"schema": schema}}}


def _error(description, headers=None):
    out = _json(_ref("Error"), description)
    if headers:
        out["headers"] = {h: {"schema": {"type": "string"}, "description": d} for h, d in headers.items()}
    return out


ERRORS = {
    "400": _error("malformed JSON, or a body of the wrong shape (wrong types, missing fields)"),
    "401": _error("a token is configured and the request lacks 'Authorization: Bearer <token>'",
                  {"WWW-Authenticate": "Bearer"}),
    "413": _error("too large: over the per-request item limit, or a body over the byte limit"),
    "415": _error("the body is not sent as application/json"),
    "422": _error("valid JSON with a value that cannot be accepted"),
    "429": _error("rate limited (clients on loopback are exempt by default)",
                  {"Retry-After": "seconds until the next window"}),
}


def _errors(*codes):
    return {c: ERRORS[c] for c in codes}


def document(cfg):
    max_items = cfg["MAX_SNIPPETS"]
    max_mib = cfg["MAX_CONTENT_LENGTH"] // (1024 * 1024)
    nullable_str = {"type": ["string", "null"]}
    schemas = {
        "Error": {
            "type": "object", "required": ["error"],
            "properties": {"error": {
                "type": "object", "required": ["code", "message"],
                "properties": {"code": {"type": "string", "examples": ["payload_too_large"]},
                               "message": {"type": "string"}}}},
        },
        "Context": {
            "type": ["object", "null"],
            "description": "What the extension measured on the page. Any member may be missing; "
                           "the model uses those it understands. Measures (a member of another "
                           "type is ignored): `position` (string), `rect` ([x, y, w, h]), "
                           "`viewport` ([w, h]), `zIndex` (number), `frameSrc` (string), "
                           "`shadowHost` (boolean). Place (checked: another type is a 400): "
                           "`landmarks`, `inList`, `inHeading`, `inText`, `similarSiblings`, "
                           "`pageCandidates`.",
            "properties": {
                "landmarks": {"type": ["array", "null"], "maxItems": MAX_LANDMARKS,
                              "items": {"type": "string", "maxLength": MAX_LANDMARK_CHARS},
                              "description": "landmark ancestors, nearest first: nav, header, "
                                             "footer, aside, article, main, form, dialog, search "
                                             "(ARIA role names are accepted too)"},
                "inList": {"type": ["boolean", "null"], "description": "a list item or inside a list"},
                "inHeading": {"type": ["boolean", "null"], "description": "inside a heading"},
                "inText": {"type": ["boolean", "null"], "description": "inside running text"},
                "similarSiblings": {"type": ["integer", "null"], "minimum": 0, "maximum": MAX_SIBLINGS,
                                    "description": "siblings with the same tag and class shape"},
                "pageCandidates": {"type": ["integer", "null"], "minimum": 0, "maximum": MAX_PAGE_CANDIDATES,
                                   "description": "how many candidates the element's page has "
                                                  "sent, rounded down to 1, 2, 4, 8 or 16"},
            },
        },
        "Snippet": {
            "type": "object", "required": ["html"],
            "properties": {
                "id": {"type": ["string", "number", "null"],
                       "description": "echoed unchanged in the result when given"},
                "html": {"type": "string",
                         "description": f"outer HTML; beyond {cfg['MAX_SNIPPET_CHARS']} characters "
                                        "it is truncated and scored, not refused"},
                "url": {**nullable_str, "description": "overrides the request's url"},
                "context": _ref("Context"),
            },
        },
        "ScoreRequest": {
            "type": "object", "required": ["snippets"],
            "properties": {"url": nullable_str,
                           "snippets": {"type": "array", "maxItems": max_items,
                                        "items": _ref("Snippet")}},
        },
        "Result": {
            "type": "object", "required": ["score", "ai", "kind", "reasons"],
            "properties": {
                "id": {"type": ["string", "number"]},
                "score": {"type": "number", "minimum": 0, "maximum": 1},
                "ai": {"type": "boolean", "description": "score >= threshold"},
                "kind": {"enum": [*KINDS, None], "description": "null unless ai"},
                "reasons": {"type": "array", "items": {"type": "string"}},
            },
        },
        "ScoreResponse": {
            "type": "object", "required": ["model_version", "threshold", "results"],
            "properties": {"model_version": {"type": "string"},
                           "threshold": {"type": "number", "minimum": 0, "maximum": 1},
                           "results": {"type": "array", "items": _ref("Result"),
                                       "description": "one per snippet, in order"}},
        },
        "Example": {
            "type": "object", "required": ["html", "label"],
            "properties": {
                "html": {"type": "string", "pattern": NOT_BLANK,
                         "description": "not blank; truncated like a scored snippet"},
                "label": {"enum": [0, 1], "description": "1 = AI bloat (hide), 0 = keep"},
                **{key: dict(nullable_str, maxLength=FEEDBACK_CAPS[key],
                             description=f"over {FEEDBACK_CAPS[key]} characters: 413")
                   for key in ("kind", "url", "source")},
                "context": _ref("Context"),  # over FEEDBACK_CAPS["context"] characters of JSON: 413
            },
            # A positive's kind, when given, is one of the known kinds.
            "if": {"properties": {"label": {"const": 1}}},
            "then": {"properties": {"kind": {"enum": [*KINDS, None]}}},
        },
        "FeedbackRequest": {
            "type": "object", "required": ["examples"],
            "properties": {"examples": {"type": "array", "minItems": 1, "maxItems": max_items,
                                        "items": _ref("Example")}},
        },
        "FeedbackResponse": {
            "type": "object", "required": ["stored", "total"],
            "properties": {"stored": {"type": "integer", "minimum": 1},
                           "total": {"type": "integer", "minimum": 0}},
        },
        "Model": {
            "type": "object",
            "required": ["version", "trained_at", "examples", "metrics", "threshold", "sha256"],
            "properties": {
                "version": {"type": "string"},
                "trained_at": nullable_str,
                "examples": {"type": ["integer", "null"]},
                "positives": {"type": ["integer", "null"]},
                "metrics": {"type": ["object", "null"]},
                "threshold": {"type": ["number", "null"]},
                "sha256": nullable_str,
                "data_hash": nullable_str,
                "libraries": {"type": ["object", "null"]},
                "features": {"type": ["integer", "null"]},
            },
        },
        "Health": {
            "type": "object", "required": ["status", "model_version"],
            "properties": {"status": {"const": "ok"}, "model_version": {"type": "string"},
                           "warning": {"type": "string",
                                       "description": "a newer model failed to load"}},
        },
    }

    def body(name):
        return {"required": True, "content": {JSON: {"schema": _ref(name)}}}

    unavailable = {"503": _error("no model can be served")}
    paths = {
        "/v1/score": {"post": {
            "operationId": "score",
            "summary": "Score page-markup snippets as AI bloat or content",
            "requestBody": body("ScoreRequest"),
            "responses": {"200": _json(_ref("ScoreResponse"), "a result per snippet, in order"),
                          **_errors("400", "401", "413", "415", "422", "429"), **unavailable},
        }},
        "/v1/feedback": {"post": {
            "operationId": "feedback",
            "summary": "Store labelled examples; committed to disk before the answer",
            "requestBody": body("FeedbackRequest"),
            "responses": {"201": _json(_ref("FeedbackResponse"), "stored"),
                          **_errors("400", "401", "413", "415", "422", "429")},
        }},
        "/v1/model": {"get": {
            "operationId": "model",
            "summary": "The served model's metadata",
            "responses": {"200": _json(_ref("Model"), "metadata"),
                          **_errors("401", "429"), **unavailable},
        }},
        "/v1/admin/reload": {"post": {
            "operationId": "reload",
            "summary": "Load the model `current` names now (from loopback, or with the token)",
            "responses": {
                "200": _json({"type": "object", "required": ["model_version"],
                              "properties": {"model_version": {"type": "string"}}}, "reloaded"),
                "403": _error("no token is configured and the client is not on loopback"),
                **_errors("401", "422", "429"),
            },
        }},
        "/healthz": {"get": {
            "operationId": "health",
            "summary": "Liveness; never needs the token",
            "security": [{}],
            "responses": {"200": _json(_ref("Health"), "serving"), **_errors("429"), **unavailable},
        }},
        "/openapi.json": {"get": {
            "operationId": "openapi",
            "summary": "This document",
            "responses": {"200": _json({"type": "object"}, "OpenAPI 3.1"), **_errors("401", "429")},
        }},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "nofoobar", "version": "1",
                 "description": "Scores page-markup snippets as AI bloat or content. Errors are "
                                "always JSON; bodies over "
                                f"{max_mib} MiB are refused with 413."},
        "servers": [{"url": "http://127.0.0.1:8765"}],
        "security": [{}, {"bearer": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {
                "type": "http", "scheme": "bearer",
                "description": "needed on every endpoint but /healthz when NOFOOBAR_TOKEN is set"}},
        },
    }


@bp.get("/openapi.json")
def openapi():
    return jsonify(document(current_app.config))
