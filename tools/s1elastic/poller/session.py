"""One console's connection: its token, client and rate limiter, shared by that console's streams.

A configuration error parks a stream until `changed()` says the token source now holds a
different token (a rotated token file or environment), which is when retrying makes sense.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Callable, Mapping

import httpx

from s1elastic.poller.clock import Clock
from s1elastic.poller.config import ConfigError, ConsoleConfig, read_token
from s1elastic.poller.redact import Redactor
from s1elastic.sentinelone.client import SentinelOneClient, tls_verify
from s1elastic.sentinelone.errors import ConfigurationError
from s1elastic.sentinelone.ratelimit import RateLimiter

TransportFactory = Callable[[ConsoleConfig], httpx.BaseTransport | None]


class ConsoleSession:
    def __init__(
        self,
        config: ConsoleConfig,
        clock: Clock,
        redactor: Redactor,
        *,
        env: Mapping[str, str] | None = None,
        transport_factory: TransportFactory | None = None,
    ) -> None:
        self.config = config
        self.name = config.name
        self._clock = clock
        self._redactor = redactor
        self._env = env
        self._transport_factory = transport_factory
        self._lock = threading.Lock()
        self._client: SentinelOneClient | None = None
        self._fingerprint: str | None = None
        if config.rate_limits == "off":
            self.limiter = RateLimiter.unlimited(clock.monotonic)
        else:
            self.limiter = RateLimiter(clock.monotonic)

    def preload(self) -> None:
        """Read the token now so the redactor knows it before anything is logged."""
        with contextlib.suppress(ConfigurationError):
            self._read()

    def _read(self) -> str:
        try:
            token = read_token(self.config, self._env)
        except ConfigError as exc:
            raise ConfigurationError(exc.problems[0]) from None
        self._redactor.add(token)
        return token

    @property
    def client(self) -> SentinelOneClient:
        """The console's client, built on first use (raises ConfigurationError without a token)."""
        with self._lock:
            if self._client is None:
                token = self._read()
                self._fingerprint = _digest(token)
                transport = self._transport_factory(self.config) if self._transport_factory else None
                try:
                    verify = tls_verify(
                        self.config.verify, str(self.config.ca_file) if self.config.ca_file else None
                    )
                except OSError as exc:
                    raise ConfigurationError(
                        f"ca_file {self.config.ca_file}: {exc.strerror or exc}"
                    ) from None
                self._client = SentinelOneClient(
                    self.config.url,
                    token,
                    verify=verify,
                    timeout=self.config.timeout,
                    transport=transport,
                    limiter=self.limiter,
                    sleeper=self._clock.sleep,
                )
            return self._client

    def changed(self) -> bool:
        """True (and the client is rebuilt on next use) if the token source now holds another token."""
        try:
            token = self._read()
        except ConfigurationError:
            return False
        with self._lock:
            if _digest(token) == self._fingerprint:
                return False
            if self._client is not None:
                self._client.close()
            self._client = None
            self._fingerprint = None
            return True

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
