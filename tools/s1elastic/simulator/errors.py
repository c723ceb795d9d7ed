"""The Management API's error envelope and the codes the simulator answers with.

Real bodies seen in the public record (sentinelone-api.md §1, §5): 401
`{"errors":[{"code":4010010,"detail":null,"title":"Authentication Failed"}]}`, 403 4030010
"Insufficient permissions", 400 4000010 "Validation Error" with a `field: message` detail. The
7-digit code starts with the HTTP status; codes for 404, 405, 429 and 500 follow that pattern and
are assumptions, as are their titles.
"""

from __future__ import annotations

import orjson


class ApiError(Exception):
    """An answer in the error envelope."""

    def __init__(
        self,
        status: int,
        code: int,
        title: str,
        detail: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code} {title}: {detail}")
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.headers = headers or {}

    def body(self) -> bytes:
        return orjson.dumps({"errors": [{"code": self.code, "detail": self.detail, "title": self.title}]})


def validation(detail: str) -> ApiError:
    return ApiError(400, 4000010, "Validation Error", detail)


def invalid_cursor() -> ApiError:
    return ApiError(400, 4000010, "Validation Error", "Invalid cursor value received")


def authentication_failed() -> ApiError:
    return ApiError(401, 4010010, "Authentication Failed", None)


def insufficient_permissions(detail: str) -> ApiError:
    return ApiError(403, 4030010, "Insufficient permissions", detail)


def not_found() -> ApiError:
    return ApiError(404, 4040010, "Resource not found", None)


def method_not_allowed() -> ApiError:
    return ApiError(405, 4050010, "Method Not Allowed", None)


def too_many_requests(retry_after: int) -> ApiError:
    # The text follows Elastic's throttling mock (sentinelone-api.md §5), not a confirmed real body.
    return ApiError(
        429,
        4290010,
        "Too Many Requests",
        "The requests are being throttled. Too many requests.",
        {"Retry-After": str(retry_after)},
    )


def internal_error() -> ApiError:
    return ApiError(500, 5000010, "Internal Server Error", None)


GATEWAY_PAGES = {
    502: b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n",
    503: b"<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n</body>\r\n</html>\r\n",
    504: b"<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n</body>\r\n</html>\r\n",
}
