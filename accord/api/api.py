"""The NinjaAPI: its routers, and errors as JSON with a message a person can act on."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from accord.api.auth import read_auth
from accord.api.routers import agreements, meetings, registry
from accord.core.errors import AccordError, Invalid

api = NinjaAPI(
    title="Accord API",
    version="1",
    description=(
        "Partnership agreements, the organisations and bodies behind them, their meetings, "
        "decisions and sign-up. Public data needs no key; send a personal API token as "
        "`Authorization: Bearer <token>` to read what your roles let you see, and to write."
    ),
    auth=read_auth,
    urls_namespace="api",
    # The documentation page is our own (accord.api.docs): Swagger UI runs inline script.
    docs_url=None,
    openapi_url="/openapi.json",
)
api.add_router("/", registry.router)
api.add_router("/", agreements.router)
api.add_router("/", meetings.router)


def _field_name(location: list) -> str:
    # ninja reports e.g. ["body", "payload", "kind"]; people want "kind".
    wrappers = ("query", "path", "body", "params", "payload", "page")
    parts = [str(part) for part in location if part not in wrappers]
    return ".".join(parts) or "request"


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    errors = [
        {"field": _field_name(list(e.get("loc", []))), "message": e["msg"]} for e in exc.errors
    ]
    fields = ", ".join(sorted({error["field"] for error in errors}))
    message = f"Check these fields and send the request again: {fields}."
    return api.create_response(request, {"message": message, "errors": errors}, status=422)


@api.exception_handler(DjangoValidationError)
def _refused(request, exc):
    details = exc.message_dict if hasattr(exc, "error_dict") else {"request": exc.messages}
    errors = [{"field": f, "message": m} for f, ms in details.items() for m in ms]
    message = " ".join(error["message"] for error in errors)
    return api.create_response(request, {"message": message, "errors": errors}, status=422)


@api.exception_handler(AccordError)
def _service_refusal(request, exc):
    """A service's refusal, mapped by its kind as pages and commands map it."""
    if isinstance(exc, Invalid) and exc.field_errors:
        errors = [{"field": f, "message": m} for f, ms in exc.field_errors.items() for m in ms]
    else:
        errors = []
    return api.create_response(request, {"message": exc.text, "errors": errors}, status=exc.status)


@api.exception_handler(Http404)
def _not_found(request, exc):
    message = (
        f"Nothing at {request.path} that you may see. Check the slug or number; "
        "for members' data, send your API token."
    )
    return api.create_response(request, {"message": message, "errors": []}, status=404)


@api.exception_handler(PermissionDenied)
def _forbidden(request, exc):
    message = str(exc) or "Your roles do not allow this."
    return api.create_response(request, {"message": message, "errors": []}, status=403)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    message = (
        "The API token is missing, wrong or revoked. Create one on your API tokens page "
        "and send it as 'Authorization: Bearer <token>'."
    )
    return api.create_response(request, {"message": message, "errors": []}, status=401)


@api.exception_handler(HttpError)
def _http_error(request, exc):
    return api.create_response(request, {"message": str(exc), "errors": []}, status=exc.status_code)
