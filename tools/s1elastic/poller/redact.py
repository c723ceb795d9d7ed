"""Defence in depth for secrets: a logging filter and a text scrubber that replace API tokens.

The client never puts a token into a message; this catches the case where some library does.
"""

from __future__ import annotations

import logging
import threading

MASK = "[REDACTED]"


class Redactor:
    """Holds the secrets to hide; thread-safe so consoles can add tokens as they load them."""

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add(self, secret: str) -> None:
        if secret and len(secret) >= 4:
            with self._lock:
                self._secrets.add(secret)

    def scrub(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text


class RedactingFilter(logging.Filter):
    """Formats the record's message early and scrubs it (also the exception text)."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = self.redactor.scrub(message)
        if scrubbed != message or record.args:
            record.msg = scrubbed
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text = self.redactor.scrub(text)
            record.exc_info = None
            record.msg = f"{record.msg}\n{record.exc_text}"
            record.exc_text = None
        return True


def install(redactor: Redactor, logger: logging.Logger | None = None) -> RedactingFilter:
    """Attach the filter to the logger and every handler it has (handlers see child records too)."""
    target = logger or logging.getLogger()
    flt = RedactingFilter(redactor)
    target.addFilter(flt)
    for handler in target.handlers:
        handler.addFilter(flt)
    return flt
