from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accord.accounts"
    label = "accounts"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from accord.accounts.sessions import session_start

        # Session bookkeeping, not business logic: at sign-in (however it happens) the
        # session learns whether a second factor is owed and when it was last renewed,
        # so the pages that follow need no query or save for either.
        user_logged_in.connect(session_start, dispatch_uid="accord.session_start")
        self._keep_second_factors_out_of_the_admin()

    @staticmethod
    def _keep_second_factors_out_of_the_admin():
        """django-otp's admin pages show a device's secret key and let it be changed
        unaudited: second factors are managed only on Accord's own, audited pages. (The
        admin has registered every app's models by now: it is first in INSTALLED_APPS.)"""
        from django.contrib import admin
        from django_otp.plugins.otp_static.models import StaticDevice
        from django_otp.plugins.otp_totp.models import TOTPDevice

        for model in (TOTPDevice, StaticDevice):
            if admin.site.is_registered(model):
                admin.site.unregister(model)
