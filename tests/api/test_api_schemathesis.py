"""Schemathesis drives the API from its own OpenAPI schema, through WSGI, over the demo
data: whatever it sends, the API must not fail with a server error, and every answer
must be one the schema declares, in the shape it declares."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from accord.accounts.models import User
from accord.api.tokens import api_token_create

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def api_schema(demo_accounts):
    # As Django's test client does: the start and end of each request must not close
    # the test's database connection, which holds the test transaction.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)


def _exercise(schema, headers: dict, examples: int) -> int:
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=examples,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def exercise(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        exercise()
        operations += 1
    return operations


@pytest.mark.django_db
def test_the_api_keeps_to_its_schema_for_an_officer_with_a_token(api_schema):
    _, token = api_token_create(user=User.objects.get(email="officer@example.org"), name="fuzz")
    # Writing needs the token; reading is tried with it too, as an officer sees more.
    assert _exercise(api_schema, {"Authorization": f"Bearer {token}"}, examples=12) >= 15


@pytest.mark.django_db
def test_the_api_keeps_to_its_schema_for_the_public(api_schema):
    assert _exercise(api_schema, {}, examples=6) >= 15
