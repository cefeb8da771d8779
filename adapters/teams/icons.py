"""The Teams app icons, drawn in pure Python and written as PNG with zlib: a white shield with a tick.

`python -m adapters.teams.icons` rewrites teams/color.png (192x192, full colour) and teams/outline.png
(32x32, white on transparent, as Teams requires); both are committed, and the package command zips them.
"""

from __future__ import annotations

import itertools
import math
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

TEAMS_DIR = Path(__file__).resolve().parents[2] / "teams"
BRAND = (31, 111, 139)  # the manifest's accentColor, #1F6F8B
WHITE = (255, 255, 255)
Shape = Callable[[float, float], bool]


def png(width: int, height: int, rgba: bytes) -> bytes:
    """An 8-bit RGBA PNG of the given pixels (row by row, 4 bytes a pixel)."""
    rows = b"".join(b"\x00" + rgba[y * width * 4:(y + 1) * width * 4] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def shield(inset: float = 0.0) -> Shape:
    """A shield in the unit square (flat top, curved sides meeting in a point), shrunk by `inset`."""
    top, shoulder, tip, half = 0.12 + inset, 0.52, 0.9 - inset * 1.6, 0.34 - inset

    def inside(u: float, v: float) -> bool:
        dx = abs(u - 0.5)
        if v < top or v > tip:
            return False
        if v <= shoulder:
            return dx <= half
        fall = (v - shoulder) / (tip - shoulder)
        return dx <= half * math.sqrt(max(0.0, 1.0 - fall * fall))

    return inside


def tick(width: float) -> Shape:
    """A tick mark drawn as two thick strokes."""
    points = ((0.33, 0.5), (0.45, 0.63), (0.68, 0.37))

    def near(u: float, v: float) -> bool:
        return any(_distance(u, v, a, b) <= width / 2 for a, b in itertools.pairwise(points))

    return near


def color_icon(size: int = 192, samples: int = 4) -> bytes:
    """The colour icon: a white shield with a brand-coloured tick on brand colour, anti-aliased."""
    outer, mark = shield(), tick(0.07)
    pixels = bytearray()
    for y in range(size):
        for x in range(size):
            white = 0
            for sy in range(samples):
                for sx in range(samples):
                    u, v = (x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size
                    white += outer(u, v) and not mark(u, v)
            share = white / samples**2
            pixels += bytes(round(b + (w - b) * share) for b, w in zip(BRAND, WHITE, strict=True)) + b"\xff"
    return png(size, size, bytes(pixels))


def outline_icon(size: int = 32) -> bytes:
    """The outline icon: a white shield outline and tick on transparent; every pixel white or clear."""
    outer, inner, mark = shield(), shield(0.07), tick(0.09)
    pixels = bytearray()
    for y in range(size):
        for x in range(size):
            u, v = (x + 0.5) / size, (y + 0.5) / size
            on = (outer(u, v) and not inner(u, v)) or mark(u, v)
            pixels += b"\xff\xff\xff\xff" if on else b"\x00\x00\x00\x00"
    return png(size, size, bytes(pixels))


def write_icons(directory: Path = TEAMS_DIR) -> tuple[Path, Path]:
    """Write color.png and outline.png into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    color, outline = directory / "color.png", directory / "outline.png"
    color.write_bytes(color_icon())
    outline.write_bytes(outline_icon())
    return color, outline


def _distance(u: float, v: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    ax, ay = a
    bx, by = b
    length = (bx - ax) ** 2 + (by - ay) ** 2
    t = max(0.0, min(1.0, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / length))
    return math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay)))


if __name__ == "__main__":
    for path in write_icons():
        print(path)
