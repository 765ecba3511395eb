from django.conf import settings


def site(request):
    return {
        "site_name": settings.ACCORD_SITE_NAME,
        "password_sign_in": getattr(settings, "ACCORD_PASSWORD_SIGN_IN", True),
    }


def message_banners(request):
    """The request's messages split into successes and the rest, one banner each."""
    from django.contrib.messages import get_messages

    stored = list(get_messages(request))
    return {
        "success_messages": [m for m in stored if m.level_tag == "success"],
        "other_messages": [m for m in stored if m.level_tag != "success"],
    }
