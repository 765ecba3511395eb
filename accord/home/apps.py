from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "accord.home"
    label = "home"
    verbose_name = "Start page"
