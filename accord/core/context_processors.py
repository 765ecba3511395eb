from django.conf import settings


def site(request):
    return {"site_name": settings.ACCORD_SITE_NAME}
