"""The calendar feeds: public by declaration, because calendar apps cannot sign in."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from accord.approvals import selectors
from accord.approvals.calendar import calendar_bytes
from accord.governance.models import Body

# Calendar apps download the whole feed on every refresh; older meetings stay on the site.
FEED_HISTORY = dt.timedelta(days=366)


def _feed(meetings, *, name: str, filename: str) -> HttpResponse:
    response = HttpResponse(
        calendar_bytes(meetings, name=name), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@login_not_required
def calendar(request):
    since = timezone.localdate() - FEED_HISTORY
    return _feed(
        selectors.calendar_meetings(since=since),
        name=f"{settings.ACCORD_SITE_NAME}: meetings",
        filename="meetings.ics",
    )


@login_not_required
def body_calendar(request, slug):
    body = get_object_or_404(Body, slug=slug)
    since = timezone.localdate() - FEED_HISTORY
    return _feed(
        selectors.calendar_meetings(body=body, since=since),
        name=f"{body.name}: meetings",
        filename=f"{body.slug}.ics",
    )
