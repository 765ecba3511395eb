from django.apps import AppConfig


class BackupConfig(AppConfig):
    name = "accord.backup"
    label = "backup"
    verbose_name = "Backup and restore"
