"""java.util.Base64 encoders and decoders as Painless whitelists them (java.util.txt).

`Base64.getDecoder().decode(String)` gives a byte[] and `getEncoder().encodeToString(byte[])` a
String. The decoder follows java.util.Base64.Decoder: padding is optional, anything after a
padding `=` is an error, MIME decoders skip characters outside the alphabet, and the error
messages are the JDK's. The String augmentation `decodeBase64()` uses the same decoder.
"""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.errors import IllegalArgumentException, NullPointerException
from s1elastic.ingest.painless.methods import method
from s1elastic.ingest.painless.values import JArray, JByte

_STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_URL = _STD[:62] + "-_"


class Base64Codec:
    """One of the JDK's encoder or decoder instances (basic, URL-safe or MIME)."""

    __slots__ = ("mime", "padding", "url")

    def __init__(self, *, url: bool = False, mime: bool = False, padding: bool = True) -> None:
        self.url = url
        self.mime = mime
        self.padding = padding


class Base64Decoder(Base64Codec):
    __slots__ = ()
    JAVA_CLASS = "java.util.Base64$Decoder"
    PAINLESS_CLASS = "Base64.Decoder"


class Base64Encoder(Base64Codec):
    __slots__ = ()
    JAVA_CLASS = "java.util.Base64$Encoder"
    PAINLESS_CLASS = "Base64.Encoder"


def decode_bytes(src: bytes, *, url: bool = False, mime: bool = False) -> bytes:
    """java.util.Base64.Decoder.decode(byte[]) with its exceptions."""
    alphabet = _URL if url else _STD
    table = {ord(c): i for i, c in enumerate(alphabet)}
    out = bytearray()
    bits = 0
    shift = 18
    sp, sl = 0, len(src)
    while sp < sl:
        b = src[sp]
        sp += 1
        v = table.get(b)
        if v is None:
            if b == ord("="):
                # "=" right after a full unit, or "xx=" not followed by a second "=", is malformed
                if (shift == 6 and (sp == sl or src[sp] != ord("="))) or shift == 18:
                    raise IllegalArgumentException("Input byte array has wrong 4-byte ending unit")
                if shift == 6:
                    sp += 1
                break
            if mime:
                continue
            signed = b - 256 if b > 127 else b
            raise IllegalArgumentException(f"Illegal base64 character {_hex(signed)}")
        bits |= v << shift
        shift -= 6
        if shift < 0:
            out += bytes(((bits >> 16) & 0xFF, (bits >> 8) & 0xFF, bits & 0xFF))
            shift, bits = 18, 0
    if shift == 6:
        out.append((bits >> 16) & 0xFF)
    elif shift == 0:
        out += bytes(((bits >> 16) & 0xFF, (bits >> 8) & 0xFF))
    elif shift == 12:
        raise IllegalArgumentException("Last unit does not have enough valid bits")
    while sp < sl:
        if mime:
            sp += 1
            if src[sp - 1] not in table:
                continue
        raise IllegalArgumentException(f"Input byte array has incorrect ending byte at {sp}")
    return bytes(out)


def _hex(n: int) -> str:
    """Integer.toString(n, 16)."""
    return ("-" if n < 0 else "") + format(abs(n), "x")


def encode_bytes(data: bytes, *, url: bool = False, padding: bool = True) -> str:
    alphabet = _URL if url else _STD
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i : i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        quad = "".join(alphabet[(n >> s) & 63] for s in (18, 12, 6, 0))
        keep = len(chunk) + 1
        out.append(quad[:keep] + ("=" * (4 - keep) if padding else ""))
    return "".join(out)


def _to_bytes(arr: Any) -> bytes:
    if arr is None:
        raise NullPointerException(None)
    return bytes(int(x) & 0xFF for x in arr)


def _byte_array(data: bytes) -> JArray:
    return JArray("byte", [JByte(b - 256 if b > 127 else b) for b in data])


@method("Base64", "static Base64.Decoder getDecoder()")
def _get_decoder() -> Base64Decoder:
    return Base64Decoder()


@method("Base64", "static Base64.Decoder getUrlDecoder()")
def _get_url_decoder() -> Base64Decoder:
    return Base64Decoder(url=True)


@method("Base64", "static Base64.Decoder getMimeDecoder()")
def _get_mime_decoder() -> Base64Decoder:
    return Base64Decoder(mime=True)


@method("Base64", "static Base64.Encoder getEncoder()")
def _get_encoder() -> Base64Encoder:
    return Base64Encoder()


@method("Base64", "static Base64.Encoder getUrlEncoder()")
def _get_url_encoder() -> Base64Encoder:
    return Base64Encoder(url=True)


@method("Base64.Decoder", "byte[] decode(String)")
def _decode(d: Base64Decoder, text: Any) -> JArray:
    if text is None:
        raise NullPointerException(None)
    # Decoder.decode(String) takes the string's ISO-8859-1 bytes: other characters become '?'
    src = str(text).encode("latin-1", "replace")
    return _byte_array(decode_bytes(src, url=d.url, mime=d.mime))


@method("Base64.Encoder", "String encodeToString(byte[])")
def _encode_to_string(e: Base64Encoder, arr: Any) -> str:
    return encode_bytes(_to_bytes(arr), url=e.url, padding=e.padding)


@method("Base64.Encoder", "Base64.Encoder withoutPadding()")
def _without_padding(e: Base64Encoder) -> Base64Encoder:
    return Base64Encoder(url=e.url, mime=e.mime, padding=False)
