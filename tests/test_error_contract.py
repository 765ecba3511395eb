"""One error contract: a service's refusal means the same on a page, in the API and in a
command (accord/core/errors.py)."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from accord.agreements.services.transitions import TransitionRefused
from accord.core.errors import AccordError, Conflict, Invalid, NotFound, Refused, as_accord_error
from accord.demo.loader import DemoDataError
from accord.signing.services.signatures import AlreadyAnswered, LinkRefused

pytestmark = pytest.mark.django_db


def test_the_four_kinds_carry_their_status_and_their_sentence():
    assert [k.status for k in (Refused, NotFound, Conflict, Invalid)] == [403, 404, 409, 422]
    assert str(Conflict("The agreement is already in force.")) == (
        "The agreement is already in force."
    )
    invalid = Invalid({"title": "Give the agreement a title."})
    assert invalid.field_errors == {"title": ["Give the agreement a title."]}
    assert invalid.text == "Give the agreement a title."


def test_the_services_own_refusals_are_of_the_four_kinds():
    assert issubclass(TransitionRefused, Conflict) and issubclass(LinkRefused, Refused)
    assert issubclass(AlreadyAnswered, Conflict) and issubclass(DemoDataError, Conflict)
    from django.core.exceptions import PermissionDenied, ValidationError

    assert isinstance(as_accord_error(PermissionDenied("No.")), Refused)
    assert isinstance(as_accord_error(ValidationError({"x": "Bad."})), Invalid)


@pytest.mark.parametrize(("kind", "status"), [(Conflict, 409), (Invalid, 422)])
def test_a_page_shows_a_refusal_no_view_caught_with_its_status_and_why(rf, kind, status):
    from django.contrib.auth.models import AnonymousUser

    from accord.core.middleware import AccordErrorMiddleware

    request = rf.get("/agreements/x/", HTTP_REFERER="http://testserver/agreements/")
    request.user = AnonymousUser()
    response = AccordErrorMiddleware(lambda r: None).process_exception(
        request, kind("The agreement is already in force.")
    )
    html = response.content.decode()
    assert response.status_code == status
    assert "The agreement is already in force." in html and "Nothing has been changed" in html
    assert 'href="http://testserver/agreements/"' in html


def test_the_api_maps_each_kind_to_its_status(client):
    from accord.api.api import _service_refusal

    class Request:
        pass

    for kind, status in ((Refused, 403), (NotFound, 404), (Conflict, 409), (Invalid, 422)):
        response = _service_refusal(Request(), kind("Why, in plain words."))
        assert response.status_code == status
        assert b"Why, in plain words." in response.content


def test_a_command_prints_the_sentence_not_a_traceback(demo):
    with pytest.raises(CommandError, match="already holds organisations"):
        call_command("demo")


def test_every_accord_command_uses_the_contract():
    import importlib
    import pkgutil

    import accord
    from accord.core.commands import AccordCommand

    for module in pkgutil.walk_packages(accord.__path__, "accord."):
        if ".management.commands." in module.name:
            command = importlib.import_module(module.name).Command
            assert issubclass(command, AccordCommand), module.name
    assert issubclass(AccordError, Exception)
