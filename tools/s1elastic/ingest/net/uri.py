"""java.net.URI (RFC 2396 parser) and the java.net.URL fallback, as uri_parts uses them.

`parse_uri` follows URI.Parser: scheme, opaque or hierarchical part, server-based authority
(user info, host name / IPv4 / [IPv6], port) falling back to a registry-based authority whose host
is null (e.g. a host with `_`), path, query, fragment. Getters percent-decode as URI.getPath() etc.
do. `parse_url` follows URL(String) with URLStreamHandler.parseURL for the protocols the JDK has
handlers for; it keeps text undecoded, as URL's getters do.
"""

from __future__ import annotations

from dataclasses import dataclass


class URISyntaxError(Exception):
    """java.net.URISyntaxException / MalformedURLException (the text is never shown by uri_parts)."""


def _mask(chars: str) -> frozenset[str]:
    return frozenset(chars)


_DIGIT = _mask("0123456789")
_ALPHA = _mask("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ALPHANUM = _DIGIT | _ALPHA
_HEX = _DIGIT | _mask("abcdefABCDEF")
_MARK = _mask("-_.!~*'()")
_UNRESERVED = _ALPHANUM | _MARK
_RESERVED = _mask(";/?:@&=+$,[]")
_URIC = _RESERVED | _UNRESERVED
_PCHAR = _UNRESERVED | _mask(":@&=+$,")
_PATH = _PCHAR | _mask(";/")
_USERINFO = _UNRESERVED | _mask(";:&=+$,")
_REG_NAME = _UNRESERVED | _mask("$,;:@&=+")
_SERVER = _USERINFO | _ALPHANUM | _mask("-.:@[]")
_SERVER_PERCENT = _SERVER | _mask("%")
_SCHEME = _ALPHA | _DIGIT | _mask("+-.")
_SCOPE_ID = _ALPHANUM | _mask("_.")
_ALPHANUM_DASH = _ALPHANUM | _mask("-")


def _other_ok(c: str) -> bool:
    """Unescaped but visible non-US-ASCII characters are allowed where escapes are."""
    if ord(c) <= 128:
        return False
    return not (c.isspace() or ord(c) < 0xA0 or c in "\u2028\u2029\u00a0\u1680\u2007\u202f")


@dataclass(slots=True)
class URIParts:
    scheme: str | None = None
    host: str | None = None
    port: int = -1
    user_info: str | None = None
    path: str | None = None
    query: str | None = None
    fragment: str | None = None


class _Parser:
    def __init__(self, text: str) -> None:
        self.s = text
        self.r = URIParts()

    def fail(self, reason: str, pos: int = -1) -> URISyntaxError:
        return URISyntaxError(f"{reason} at index {pos}: {self.s}")

    def at(self, p: int, n: int, c: str) -> bool:
        return p < n and self.s[p] == c

    def scan_stop(self, start: int, end: int, err: str, stop: str) -> int:
        p = start
        while p < end:
            c = self.s[p]
            if c in err:
                return -1
            if c in stop:
                break
            p += 1
        return p

    def scan_mask(self, start: int, end: int, allowed: frozenset[str], escapes: bool) -> int:
        p = start
        while p < end:
            c = self.s[p]
            if c in allowed:
                p += 1
                continue
            if escapes:
                if c == "%":
                    if p + 3 <= end and self.s[p + 1] in _HEX and self.s[p + 2] in _HEX:
                        p += 3
                        continue
                    raise self.fail("Malformed escape pair", p)
                if _other_ok(c):
                    p += 1
                    continue
            break
        return p

    def check(self, start: int, end: int, allowed: frozenset[str], what: str, escapes: bool = True) -> None:
        p = self.scan_mask(start, end, allowed, escapes)
        if p < end:
            raise self.fail(f"Illegal character in {what}", p)

    def parse(self) -> URIParts:
        s, n = self.s, len(self.s)
        ssp = self.scan_stop(0, n, "/?#", ":")
        if ssp >= 0 and self.at(ssp, n, ":"):
            if ssp == 0:
                raise self.fail("Expected scheme name", 0)
            if s[0] not in _ALPHA:
                raise self.fail("Illegal character in scheme name", 0)
            self.check(1, ssp, _SCHEME, "scheme name", escapes=False)
            self.r.scheme = s[:ssp]
            p = ssp + 1
            if self.at(p, n, "/"):
                p = self.hierarchical(p, n)
            else:
                q = self.scan_stop(p, n, "", "#")
                if q <= p:
                    raise self.fail("Expected scheme-specific part", p)
                self.check(p, q, _URIC, "opaque part")
                p = q
        else:
            p = self.hierarchical(0, n)
        if self.at(p, n, "#"):
            self.check(p + 1, n, _URIC, "fragment")
            self.r.fragment = s[p + 1 :]
            p = n
        if p < n:
            raise self.fail("Expected end of URI", p)
        return self.r

    def hierarchical(self, start: int, n: int) -> int:
        s, p = self.s, start
        if self.at(p, n, "/") and self.at(p + 1, n, "/"):
            p += 2
            q = self.scan_stop(p, n, "", "/?#")
            if q > p:
                p = self.authority(p, q)
            elif q >= n:
                raise self.fail("Expected authority", p)
        q = self.scan_stop(p, n, "", "?#")
        self.check(p, q, _PATH, "path")
        self.r.path = s[p:q]
        p = q
        if self.at(p, n, "?"):
            p += 1
            q = self.scan_stop(p, n, "", "#")
            self.check(p, q, _URIC, "query")
            self.r.query = s[p:q]
            p = q
        return p

    def authority(self, start: int, n: int) -> int:
        p = start
        if self.scan_stop(p, n, "", "]") > p:
            server_chars = self.scan_mask(p, n, _SERVER_PERCENT, True) == n
        else:
            server_chars = self.scan_mask(p, n, _SERVER, True) == n
        qreg = self.scan_mask(p, n, _REG_NAME, True)
        reg_chars = qreg == n
        if reg_chars and not server_chars:
            return n
        q = p
        error: URISyntaxError | None = None
        if server_chars:
            try:
                q = self.server(p, n)
                if q < n:
                    raise self.fail("Expected end of authority", q)
            except URISyntaxError as exc:
                self.r.user_info, self.r.host, self.r.port = None, None, -1
                error, q = exc, p
        if q < n:
            if reg_chars:
                return n
            if error is not None:
                raise error
            raise self.fail("Illegal character in authority", q if server_chars else qreg)
        return n

    def server(self, start: int, n: int) -> int:
        s, p = self.s, start
        q = self.scan_stop(p, n, "/?#", "@")
        if q >= p and self.at(q, n, "@"):
            self.check(p, q, _USERINFO, "user info")
            self.r.user_info = s[p:q]
            p = q + 1
        if self.at(p, n, "["):
            p += 1
            q = self.scan_stop(p, n, "/?#", "]")
            if q > p and self.at(q, n, "]"):
                r = self.scan_stop(p, q, "", "%")
                if r > p and r < q:
                    self.ipv6(p, r)
                    if r + 1 == q:
                        raise self.fail("scope id expected", r)
                    self.check(r + 1, q, _SCOPE_ID, "scope id", escapes=False)
                else:
                    self.ipv6(p, q)
                self.r.host = s[p - 1 : q + 1]
                p = q + 1
            else:
                raise self.fail("Expected closing bracket for IPv6 address", q)
        else:
            q = self.ipv4(p, n)
            if q <= p:
                q = self.hostname(p, n)
            p = q
        if self.at(p, n, ":"):
            p += 1
            q = self.scan_stop(p, n, "", "/")
            if q > p:
                self.check(p, q, _DIGIT, "port number", escapes=False)
                port = int(s[p:q])
                if port > 2**31 - 1:
                    raise self.fail("Malformed port number", p)
                self.r.port = port
                p = q
        if p < n:
            raise self.fail("Expected port number", p)
        return p

    def ipv4(self, start: int, n: int) -> int:
        s, p = self.s, start
        parts = 0
        while True:
            q = p
            while q < n and s[q] in _DIGIT:
                q += 1
            if q == p or q - p > 3 or int(s[p:q]) > 255:
                return -1
            parts += 1
            p = q
            if parts == 4:
                break
            if not self.at(p, n, "."):
                return -1
            p += 1
        if p < n and s[p] != ":":
            return -1
        self.r.host = s[start:p]
        return p

    def hostname(self, start: int, n: int) -> int:
        s, p = self.s, start
        last = -1
        while True:
            q = self.scan_mask(p, n, _ALPHANUM, False)
            if q <= p:
                break
            last = p
            p = q
            q = self.scan_mask(p, n, _ALPHANUM_DASH, False)
            if q > p:
                if s[q - 1] == "-":
                    raise self.fail("Illegal character in hostname", q - 1)
                p = q
            if not self.at(p, n, "."):
                break
            p += 1
            if p >= n:
                break
        if p < n and not self.at(p, n, ":"):
            raise self.fail("Illegal character in hostname", p)
        if last < 0:
            raise self.fail("Expected hostname", start)
        if last > start and s[last] not in _ALPHA:
            raise self.fail("Illegal character in hostname", last)
        self.r.host = s[start:p]
        return p

    def ipv6(self, start: int, end: int) -> None:
        import ipaddress

        text = self.s[start:end]
        try:
            ipaddress.IPv6Address(text)
        except ValueError:
            raise self.fail("Malformed IPv6 address", start) from None


def decode(text: str | None) -> str | None:
    """URI.decode: %XX sequences as UTF-8 (malformed bytes become U+FFFD)."""
    if text is None or "%" not in text:
        return text
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        if c == "%" and i + 2 < len(text) + 0 and all(h in _HEX for h in text[i + 1 : i + 3]):
            out.append(int(text[i + 1 : i + 3], 16))
            i += 3
            continue
        out += c.encode("utf-8")
        i += 1
    return out.decode("utf-8", "replace")


def parse_uri(text: str) -> URIParts:
    """new URI(text) with the decoded getters applied."""
    parts = _Parser(text).parse()
    parts.path = decode(parts.path)
    parts.query = decode(parts.query)
    parts.fragment = decode(parts.fragment)
    parts.user_info = decode(parts.user_info)
    return parts


_URL_PROTOCOLS = frozenset({"http", "https", "ftp", "file", "jar", "mailto", "jrt"})


def _valid_protocol(text: str) -> bool:
    if not text or not text[0].isascii() or not text[0].isalpha():
        return False
    return all(c.isascii() and (c.isalnum() or c in ".+-") for c in text[1:])


def parse_url(spec: str) -> URIParts:
    """new URL(spec) (no context): protocol, then URLStreamHandler.parseURL; getters undecoded."""
    start, limit = 0, len(spec)
    while limit > 0 and spec[limit - 1] <= " ":
        limit -= 1
    while start < limit and spec[start] <= " ":
        start += 1
    if spec[start : start + 4].lower() == "url:":
        start += 4
    protocol = None
    i = start
    while i < limit:
        c = spec[i]
        if c == "/":
            break
        if c == ":":
            candidate = spec[start:i].lower()
            if _valid_protocol(candidate):
                protocol = candidate
                start = i + 1
            break
        i += 1
    if protocol is None:
        raise URISyntaxError(f"no protocol: {spec}")
    if protocol not in _URL_PROTOCOLS:
        raise URISyntaxError(f"unknown protocol: {protocol}")
    result = URIParts(scheme=protocol)
    ref_at = spec.find("#", start)
    if 0 <= ref_at < limit:
        result.fragment = spec[ref_at + 1 : limit]
        limit = ref_at
    if protocol == "mailto":
        result.host = ""
        result.path = spec[start:limit]
        return result
    _stream_handler_parse(result, spec, start, limit)
    return result


def _parse_java_int(text: str, spec: str) -> int:
    body = text[1:] if text[:1] in "+-" else text
    if not body or not body.isascii() or not body.isdigit() or not -(2**31) <= int(text) < 2**31:
        raise URISyntaxError(f'For input string: "{text}"')
    return int(text)


def _stream_handler_parse(u: URIParts, spec: str, start: int, limit: int) -> None:
    """URLStreamHandler.parseURL for a fresh URL (no context)."""
    host = authority = user_info = path = query = None
    port = -1
    if start < limit:
        query_start = spec.find("?")
        if query_start != -1 and query_start < limit:
            query = spec[query_start + 1 : limit]
            limit = min(limit, query_start)
            spec = spec[:query_start]
    unc = start <= limit - 4 and spec[start : start + 4] == "////"
    if not unc and start <= limit - 2 and spec[start : start + 2] == "//":
        start += 2
        i = spec.find("/", start)
        if i < 0 or i > limit:
            i = spec.find("?", start)
            if i < 0 or i > limit:
                i = limit
        host = authority = spec[start:i]
        at = authority.find("@")
        if at != -1:
            if at != authority.rfind("@"):
                user_info, host = None, None
            else:
                user_info, host = authority[:at], authority[at + 1 :]
        if host is not None:
            if host.startswith("["):
                close = host.find("]")
                if close <= 2:
                    raise URISyntaxError(f"Invalid authority field: {authority}")
                whole = host
                host = whole[: close + 1]
                import ipaddress

                try:
                    ipaddress.IPv6Address(host[1:close].split("%")[0])
                except ValueError:
                    raise URISyntaxError(f"Invalid host: {host}") from None
                if len(whole) > close + 1:
                    if whole[close + 1] != ":":
                        raise URISyntaxError(f"Invalid authority field: {authority}")
                    if len(whole) > close + 2:
                        port = _parse_java_int(whole[close + 2 :], spec)
            else:
                colon = host.find(":")
                if colon >= 0:
                    if len(host) > colon + 1:
                        port = _parse_java_int(host[colon + 1 :], spec)
                    host = host[:colon]
        else:
            host = ""
        if port < -1:
            raise URISyntaxError(f"Invalid port number :{port}")
        start = i
        if authority:
            path = ""
    if host is None:
        host = ""
    if start < limit:
        if spec[start] == "/":
            path = spec[start:limit]
        else:
            path = ("/" if authority is not None else "") + spec[start:limit]
    if path is None:
        path = ""
    u.host, u.port, u.user_info, u.path, u.query = host, port, user_info, path, query
