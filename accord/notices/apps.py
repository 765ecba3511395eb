from django.apps import AppConfig


class NoticesConfig(AppConfig):
    name = "accord.notices"
    label = "notices"
    verbose_name = "Accessibility statement and privacy notice"
