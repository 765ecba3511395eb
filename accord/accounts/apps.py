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
