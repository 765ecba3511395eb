from django.apps import AppConfig


class ApprovalsConfig(AppConfig):
    name = "accord.approvals"
    label = "approvals"
