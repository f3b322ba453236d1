#!/usr/bin/env python3
"""Draws the app icons (static/icon-192.png, static/icon-512.png) with the
standard library only: three value-chain columns of actors on a blue
ground, the missing middle stage as a ring. Rerun after changing the
design; the PNGs are committed."""

import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "static")
BLUE, WHITE, AMBER = (31, 78, 121), (255, 255, 255), (240, 173, 78)


def pixel(x, y, n):
    u, v = x / n, y / n
    # Rounded square ground.
    r = 0.18
    cx, cy = min(max(u, r), 1 - r), min(max(v, r), 1 - r)
    if (u - cx) ** 2 + (v - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    for col, rows in ((0.25, (0.3, 0.5, 0.7)), (0.5, (0.5,)), (0.75, (0.35, 0.65))):
        for row in rows:
            d = ((u - col) ** 2 + (v - row) ** 2) ** 0.5
            if col == 0.5:
                if 0.075 < d < 0.105:
                    return AMBER + (255,)
            elif d < 0.075:
                return WHITE + (255,)
    return BLUE + (255,)


def png(n):
    raw = b"".join(
        b"\x00" + b"".join(bytes(pixel(x + 0.5, y + 0.5, n)) for x in range(n)) for y in range(n)
    )

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", n, n, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


for size in (192, 512):
    with open(os.path.join(OUT, f"icon-{size}.png"), "wb") as f:
        f.write(png(size))
