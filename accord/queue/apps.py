from django.apps import AppConfig


class QueueConfig(AppConfig):
    name = "accord.queue"
    label = "queue"
    verbose_name = "Task queue"

    def ready(self) -> None:
        from django.contrib import admin
        from django_tasks_db.models import DBTaskResult

        # django-tasks-db offers an admin for its task rows, which would let a person
        # change or delete them without an audit entry; every admin of Accord is audited
        # (tests/integrity), and the queue is read through /readyz and the worker's log.
        if admin.site.is_registered(DBTaskResult):
            admin.site.unregister(DBTaskResult)

        from accord.queue import tasks

        tasks.register()  # pruning finished task rows, on every worker's schedule

        from accord.core.metrics import add_gauge
        from accord.queue.selectors import queue_depth, queue_lag_seconds

        # Read at every scrape of /metrics (docs/deploy.md, "Metrics").
        add_gauge("accord_queue_depth", "Tasks due and waiting for a worker.", queue_depth)
        add_gauge(
            "accord_queue_lag_seconds",
            "How long the oldest due task has waited for a worker, in seconds.",
            queue_lag_seconds,
        )
