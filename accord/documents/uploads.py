"""Refusing an oversized upload while it arrives, instead of storing it first."""

from __future__ import annotations

from django.core.files.uploadhandler import FileUploadHandler, StopUpload


class LimitedUploadHandler(FileUploadHandler):
    """Counts the bytes of uploaded files and stops reading them past ``limit``.

    Placed first among the request's handlers, it sees each chunk before any handler
    writes it to memory or disk. Django then reads and discards the rest of the body
    (no reset connection, so the visitor gets a page that explains, not a browser error).
    """

    def __init__(self, request, limit: int):
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.too_big = False

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.too_big = True
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size):
        return None
