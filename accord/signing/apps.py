from django.apps import AppConfig


class SigningConfig(AppConfig):
    name = "accord.signing"
    label = "signing"

    def ready(self) -> None:
        from accord.agreements import hooks
        from accord.signing import lifecycle, selectors, tasks

        lifecycle.register()
        tasks.register()
        hooks.signed_parties.provide(selectors.signed_parties)
        hooks.sign_up_table.provide(selectors.progress)
        hooks.active_signatories.provide(selectors.active_signatories)
        hooks.invitation_summary.provide(selectors.invitation_summary)
