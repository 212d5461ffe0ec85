"""Schema fuzzing (schemathesis, in-process) and a Hypothesis property for REST parameters.

The schemathesis run sends generated requests to every read-only operation of the app's own
OpenAPI document (POST /articles excluded: it writes) through a TestClient, and checks: no 5xx,
documented status codes and content types, response bodies and headers matching the schema,
invalid input rejected. The CI run is bounded (`CASES_PER_OPERATION`, marked slow); the
2,000+-request run is `REGKG_FUZZ_CASES=100 pytest -m slow tests/api/test_fuzz.py`.
"""

from __future__ import annotations

import os
from collections import Counter
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from regkg.api.app import create_app
from regkg.api.openapi import complete
from regkg.settings import Settings

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CASES_PER_OPERATION = int(os.environ.get("REGKG_FUZZ_CASES", "20"))  # 34 operations: ~550 requests
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance, response_headers_conformance, negative_data_rejection]


def read_only_operations(app):  # type: ignore[no-untyped-def]
    schema = schemathesis.openapi.from_dict(app.openapi()).exclude(path="/articles")
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.slow
def test_schemathesis_finds_no_5xx_and_no_schema_violation(client):
    statuses: Counter[int] = Counter()
    operations = read_only_operations(client.app)
    assert len(operations) >= 30
    failures = []
    for operation in operations:

        @settings(max_examples=CASES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck),
                  phases=[Phase.explicit, Phase.generate])
        @given(case=operation.as_strategy())
        def run(case) -> None:  # type: ignore[no-untyped-def]
            kwargs = case.as_transport_kwargs(base_url="http://testserver")
            assert not kwargs.pop("cookies", None)  # no operation takes cookies
            response = client.request(**kwargs)
            statuses[response.status_code] += 1
            case.validate_response(response, checks=CHECKS)

        try:
            run()
        except AssertionError as error:  # schemathesis' FailureGroup is an AssertionError
            failures.append(f"{operation.label}: {str(error)[:600]}")
    total = sum(statuses.values())
    print(f"schemathesis: {total} requests, statuses {dict(sorted(statuses.items()))}")
    assert not failures, "\n".join(failures)
    assert not [s for s in statuses if s >= 500]
    assert total >= len(operations) * min(CASES_PER_OPERATION, 5)


# --- regressions of what the fuzzing found ---------------------------------------------------
def test_regression_validation_errors_are_documented_as_400_not_422():
    """Found by schemathesis: FastAPI documented 422, the app answers parameter errors 400."""
    schema = create_app(Settings(store="memory")).openapi()
    jurisdiction = schema["paths"]["/jurisdiction/{code}/actions"]["get"]["responses"]
    assert "422" not in jurisdiction and "400" in jurisdiction and "404" in jurisdiction
    assert "422" in schema["paths"]["/articles"]["post"]["responses"]  # SHACL rejection


def test_regression_html_pages_document_html_errors():
    """Found by schemathesis: /browse/jurisdiction/0 answers its 404 as an HTML page."""
    schema = create_app(Settings(store="memory")).openapi()
    page = schema["paths"]["/browse/jurisdiction/{code}"]["get"]["responses"]
    assert "text/html" in page["404"]["content"]


def test_regression_sparql_documents_every_result_format():
    """Found by schemathesis: GET /sparql without a query answers Turtle (not documented)."""
    schema = create_app(Settings(store="memory")).openapi()
    ok = schema["paths"]["/sparql"]["get"]["responses"]["200"]["content"]
    assert {"text/turtle", "application/sparql-results+json"} <= set(ok)
    assert "429" in schema["paths"]["/sparql"]["post"]["responses"]


def test_complete_is_idempotent():
    schema = create_app(Settings(store="memory")).openapi()
    assert complete(schema) == schema


# --- a property of REST parameters -----------------------------------------------------------
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(code=st.text(max_size=30))
def test_jurisdiction_actions_for_any_code_are_in_it_or_4xx(rest_client, code):
    response = rest_client.get(f"/jurisdiction/{quote(code, safe='')}/actions")
    assert response.status_code < 500, (code, response.text[:200])
    if response.status_code != 200:
        assert 400 <= response.status_code < 500
        return
    index = rest_client.app.state.regkg.index
    entity = index.jurisdiction(code)
    assert entity is not None
    allowed = {(index.get(i).code or index.get(i).slug) for i in index.within(entity.iri)}
    for item in response.json()["items"]:
        assert item["jurisdiction"]["code"] in allowed, (code, item["jurisdiction"])
