"""The published heads of the audit chain, and the certificate that seals them: public,
so that anyone can keep copies and check them later (accord/audit/anchoring.py)."""

from __future__ import annotations

from asn1crypto import pem
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse

from accord.audit.models import PublishedHead
from accord.core.seal_keys import seal_material


def _document(head: PublishedHead) -> HttpResponse:
    response = HttpResponse(head.document, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="audit-head-{head.sequence}.json"'
    return response


@login_not_required
def latest_head(request: HttpRequest) -> HttpResponse:
    head = PublishedHead.objects.order_by("-sequence", "-pk").first()
    if head is None:
        return JsonResponse({"error": "No audit head has been published yet."}, status=404)
    return _document(head)


@login_not_required
def head_list(request: HttpRequest) -> HttpResponse:
    heads = PublishedHead.objects.order_by("-sequence", "-pk")[:1000]
    return JsonResponse(
        {
            "heads": [
                {
                    "sequence": head.sequence,
                    "entry_hash": head.entry_hash,
                    "published_at": head.published_at.isoformat(),
                    "reason": head.reason,
                    "url": request.build_absolute_uri(reverse("audit:head", args=[head.pk])),
                }
                for head in heads
            ],
            "certificate": request.build_absolute_uri(reverse("audit:certificate")),
        }
    )


@login_not_required
def head_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _document(get_object_or_404(PublishedHead, pk=pk))


@login_not_required
def certificate(request: HttpRequest) -> HttpResponse:
    """The seal certificate and the authority that issued it, PEM: what a head's seal
    is checked with."""
    material = seal_material()
    chain = [material.signer.signing_cert, *material.trust_roots]
    seen, body = set(), []
    for cert in chain:
        if cert.sha256 not in seen:
            seen.add(cert.sha256)
            body.append(pem.armor("CERTIFICATE", cert.dump()).decode())
    return HttpResponse("".join(body), content_type="application/x-pem-file")
