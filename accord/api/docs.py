"""The API's documentation as a page of our own, drawn from its OpenAPI schema.

django-ninja's Swagger UI runs inline script (which the Content-Security-Policy forbids)
and fails accessibility checks; this page is server-rendered with the same GOV.UK
templates as the rest of Accord, and lists every operation, its parameters, request body
and responses, and every schema they refer to. The schema itself stays at
``/api/openapi.json`` for tools.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from django.contrib.auth.decorators import login_not_required
from django.shortcuts import render
from django.utils.text import slugify

from accord.api.api import api

METHOD_ORDER = ["get", "post", "put", "patch", "delete"]
LOCATION = {"path": "In the path", "query": "In the query string", "header": "Header"}


@dataclass
class Field:
    name: str
    type: str
    required: bool
    description: str
    schema_anchor: str = ""


@dataclass
class Response:
    status: str
    description: str
    schema: str
    schema_anchor: str


@dataclass
class Operation:
    method: str
    path: str
    anchor: str
    summary: str
    description: str
    needs_token: bool
    token_optional: bool
    parameters: list[Field] = field(default_factory=list)
    body: str = ""
    body_anchor: str = ""
    responses: list[Response] = field(default_factory=list)


@dataclass
class Group:
    name: str
    anchor: str
    operations: list[Operation]


@dataclass
class SchemaDoc:
    name: str
    anchor: str
    description: str
    fields: list[Field]


@dataclass
class ApiDocs:
    title: str
    version: str
    description: str
    groups: list[Group]
    schemas: list[SchemaDoc]


def _ref_name(schema: dict) -> str:
    reference = schema.get("$ref", "")
    return reference.rsplit("/", 1)[-1] if reference else ""


def schema_anchor(name: str) -> str:
    return f"schema-{slugify(name)}" if name else ""


def type_of(schema: dict) -> str:
    """A schema's type in words a developer reads at a glance."""
    if not schema:
        return "any"
    if "$ref" in schema:
        return _ref_name(schema)
    for combined in ("anyOf", "oneOf", "allOf"):
        if combined in schema:
            kinds = [type_of(part) for part in schema[combined] if part.get("type") != "null"]
            nullable = any(part.get("type") == "null" for part in schema[combined])
            return " or ".join(kinds) + (" (or null)" if nullable else "")
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {type_of(schema.get('items', {}))}"
    if "enum" in schema:
        return f"{kind}, one of: " + ", ".join(str(value) for value in schema["enum"])
    if schema.get("format"):
        return f"{kind} ({schema['format']})"
    return str(kind)


def _schema_ref(schema: dict) -> str:
    """The named schema a body or response is, or holds a list of."""
    if "$ref" in schema:
        return _ref_name(schema)
    if schema.get("type") == "array":
        return _ref_name(schema.get("items", {}))
    return ""


def _describe(schema: dict) -> str:
    text = schema.get("description", "")
    if "default" in schema and schema["default"] is not None:
        text = f"{text} Default: {schema['default']}.".strip()
    if "maxLength" in schema:
        text = f"{text} At most {schema['maxLength']} characters.".strip()
    return text


def _operation(path: str, method: str, spec: dict) -> Operation:
    security = spec.get("security") or []
    schemes = {name for requirement in security for name in requirement}
    operation = Operation(
        method=method.upper(),
        path=path,
        anchor=f"{method}-{slugify(path.replace('/', ' ').replace('{', '').replace('}', ''))}",
        summary=spec.get("summary", ""),
        description=spec.get("description", ""),
        needs_token="BearerToken" in schemes,
        token_optional="OptionalBearerToken" in schemes,
    )
    for parameter in spec.get("parameters", []):
        schema = parameter.get("schema", {})
        operation.parameters.append(
            Field(
                name=parameter["name"],
                type=f"{type_of(schema)}, {LOCATION.get(parameter.get('in'), parameter.get('in'))}",
                required=bool(parameter.get("required")),
                description=parameter.get("description") or _describe(schema),
            )
        )
    body = spec.get("requestBody", {}).get("content", {}).get("application/json", {})
    if body:
        operation.body = _schema_ref(body.get("schema", {})) or type_of(body.get("schema", {}))
        operation.body_anchor = schema_anchor(_schema_ref(body.get("schema", {})))
    for status, answer in sorted(spec.get("responses", {}).items()):
        content = answer.get("content", {}).get("application/json", {})
        schema = content.get("schema", {})
        name = _schema_ref(schema)
        operation.responses.append(
            Response(
                status=str(status),
                description=answer.get("description", ""),
                schema=type_of(schema) if schema else "",
                schema_anchor=schema_anchor(name),
            )
        )
    return operation


def _schema_doc(name: str, schema: dict) -> SchemaDoc:
    required = set(schema.get("required", []))
    fields = [
        Field(
            name=property_name,
            type=type_of(property_schema),
            required=property_name in required,
            description=_describe(property_schema),
            schema_anchor=schema_anchor(_schema_ref(property_schema)),
        )
        for property_name, property_schema in schema.get("properties", {}).items()
    ]
    return SchemaDoc(name, schema_anchor(name), schema.get("description", ""), fields)


@lru_cache(maxsize=1)
def api_docs() -> ApiDocs:
    """The documentation, built once per process: the schema is part of the code."""
    schema = api.get_openapi_schema()
    groups: dict[str, list[Operation]] = {}
    for path, methods in schema.get("paths", {}).items():
        for method in sorted(methods, key=lambda m: METHOD_ORDER.index(m)):
            spec = methods[method]
            tag = (spec.get("tags") or ["other"])[0]
            groups.setdefault(tag, []).append(_operation(path, method, spec))
    info = schema.get("info", {})
    return ApiDocs(
        title=info.get("title", "API"),
        version=str(info.get("version", "")),
        description=info.get("description", ""),
        groups=[
            Group(name.capitalize(), f"group-{slugify(name)}", operations)
            for name, operations in groups.items()
        ],
        schemas=[
            _schema_doc(name, body)
            for name, body in sorted(schema.get("components", {}).get("schemas", {}).items())
        ],
    )


@login_not_required
def docs(request):
    return render(request, "api/docs.html", {"docs": api_docs()})
