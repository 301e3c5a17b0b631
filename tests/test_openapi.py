"""GET /openapi.json describes the API as implemented, and schemathesis holds
the server to it both ways: requests that fit the document get 2xx, requests
that do not get a 4xx JSON error, and no response breaks the document."""
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.modes import GenerationMode

from server import DEFAULTS, create_app
from server.openapi import document

# The contract answers "too many items" with 413, which schemathesis does not
# count as a refusal unless told.
CONFIG = """
[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "413", "415", "422", "429"]
"""


def test_document_is_openapi_31_and_covers_every_route(client, app):
    r = client.get("/openapi.json")
    assert r.status_code == 200 and r.mimetype == "application/json"
    doc = r.json
    assert doc["openapi"].startswith("3.1")
    documented = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    # The review page (HTML, server/review/) is not part of the JSON API.
    served = {(rule.rule, method) for rule in app.url_map.iter_rules()
              if rule.endpoint != "static" and not rule.endpoint.startswith("review.")
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert documented == served
    assert doc["components"]["schemas"]["ScoreRequest"]["properties"]["snippets"]["maxItems"] == 1000
    assert doc["paths"]["/healthz"]["get"]["security"] == [{}]


def test_document_needs_the_token_like_the_rest(model_dir, tmp_path):
    app = create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "v"), "TOKEN": "t0k"})
    c = app.test_client()
    assert c.get("/openapi.json").status_code == 401
    assert c.get("/openapi.json", headers={"Authorization": "Bearer t0k"}).status_code == 200


_PATHS = document(DEFAULTS)["paths"]
# Negative cases exist only where there is a body to get wrong.
CASES = [pytest.param(method.upper(), path, mode, id=f"{method.upper()} {path} {mode.value}")
         for path, ops in _PATHS.items() for method, op in ops.items()
         for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if mode is GenerationMode.POSITIVE or "requestBody" in op]


# schemathesis.pytest.from_fixture does not run under pytest 9 (it sets
# Function._nodeid), so each operation's cases are drawn with as_strategy.
@pytest.mark.parametrize("method,path,mode", CASES)
def test_api_conforms_to_its_document(app, method, path, mode):
    schema = schemathesis.openapi.from_wsgi("/openapi.json", app, config=SchemathesisConfig.from_str(CONFIG))

    @given(case=schema[path][method].as_strategy(generation_mode=mode))
    @settings(max_examples=40, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    def conforms(case):
        case.call_and_validate()

    conforms()


def test_405_says_what_is_allowed(client):
    # Found by schemathesis: the JSON error handler dropped the Allow header.
    r = client.put("/v1/score", json={})
    assert r.status_code == 405 and r.json["error"]["code"] == "method_not_allowed"
    assert set(r.headers["Allow"].replace(" ", "").split(",")) >= {"POST", "OPTIONS"}
