"""SentinelOne Management API client: auth, one page per call, rate limits, errors by recovery."""

from s1elastic.sentinelone.client import Page, SentinelOneClient, TokenDetails, tls_verify
from s1elastic.sentinelone.errors import (
    ApiError,
    ConfigurationError,
    CursorExpired,
    FeatureNotEnabled,
    InvalidResponse,
    NetworkError,
    RateLimited,
    RetryableError,
    ServerError,
)
from s1elastic.sentinelone.ratelimit import DOCUMENTED_LIMITS, Limit, RateLimiter

__all__ = [
    "DOCUMENTED_LIMITS",
    "ApiError",
    "ConfigurationError",
    "CursorExpired",
    "FeatureNotEnabled",
    "InvalidResponse",
    "Limit",
    "NetworkError",
    "Page",
    "RateLimited",
    "RateLimiter",
    "RetryableError",
    "SentinelOneClient",
    "ServerError",
    "TokenDetails",
    "tls_verify",
]
