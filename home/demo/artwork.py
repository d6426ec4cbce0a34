"""Illustrations for the demo, drawn with Pillow while the demo loads.

Drawing them keeps binary files out of the repository and makes every picture
our own: soft gradients, rolling landscapes and simple figures, never text.
Each scene uses a fixed random seed, so every load draws the same picture.
Associations' stand-in logos are the one place with letters: their initials.
"""

import functools
import io
import math
import random
import re

from PIL import Image, ImageDraw, ImageFilter, ImageFont

WIDTH, HEIGHT = 1200, 800
SCALE = 2  # Drawn at double size and shrunk, which smooths every edge.
GLOW_SHRINK = 4  # Soft light is blurred at this fraction of the size.

FJORD = (31, 95, 139)
DEEP_FJORD = (22, 66, 102)
TEAL = (42, 157, 143)
SAND = (233, 196, 106)
CORAL = (244, 162, 97)
TERRACOTTA = (231, 111, 81)
LEAF = (138, 177, 125)
FOREST = (61, 107, 79)
MOSS = (96, 140, 92)
PLUM = (122, 86, 140)
CREAM = (252, 244, 230)
SKY = (207, 232, 243)
DAWN = (251, 217, 192)
SUN = (255, 214, 120)
WHITE = (255, 255, 255)

CLOTHES = [CORAL, TEAL, FJORD, TERRACOTTA, SAND, PLUM, MOSS]
SKIN = [(241, 200, 165), (224, 172, 130), (198, 134, 90), (150, 98, 66), (110, 72, 50)]


def mix(a, b, t):
    """A colour t of the way from a to b."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


class Canvas:
    """An RGBA picture at drawing scale, with the few shapes the scenes need."""

    def __init__(self, top, bottom, seed):
        self.w, self.h = WIDTH * SCALE, HEIGHT * SCALE
        self.random = random.Random(seed)
        column = Image.new("RGB", (1, 256))
        column.putdata([mix(top, bottom, i / 255) for i in range(256)])
        self.image = column.resize((self.w, self.h), Image.Resampling.BICUBIC).convert("RGBA")
        self.draw = ImageDraw.Draw(self.image)

    def x(self, fraction):
        return fraction * self.w

    def y(self, fraction):
        return fraction * self.h

    def glow(self, cx, cy, radius, colour, opacity=200, blur=0.35):
        """A soft disc: the sun, a lamp or light out of focus.

        Blurred only around the disc and at a quarter of the size, then enlarged: the
        blur hides the difference, and blurring the whole picture took most of the
        demo's drawing time."""
        sigma = radius * blur
        reach = radius + 3 * sigma  # The blur fades out within three standard deviations.
        left, top = max(0, int(cx - reach)), max(0, int(cy - reach))
        right, bottom = min(self.w, int(cx + reach) + 1), min(self.h, int(cy + reach) + 1)
        if right <= left or bottom <= top:
            return
        shrink = GLOW_SHRINK
        layer = Image.new("RGBA", (-(-(right - left) // shrink), -(-(bottom - top) // shrink)), (*colour, 0))
        disc = [(cx - radius - left) / shrink, (cy - radius - top) / shrink]
        disc += [disc[0] + 2 * radius / shrink, disc[1] + 2 * radius / shrink]
        ImageDraw.Draw(layer).ellipse(disc, fill=(*colour, opacity))
        layer = layer.filter(ImageFilter.GaussianBlur(sigma / shrink))
        layer = layer.resize((layer.width * shrink, layer.height * shrink), Image.Resampling.BICUBIC)
        self.image.alpha_composite(layer.crop((0, 0, right - left, bottom - top)), dest=(left, top))
        self.draw = ImageDraw.Draw(self.image)

    def hill(self, base, amplitude, colour, waves=3):
        """A band of land from a wavy top line down to the bottom; returns the top line."""
        phases = [self.random.uniform(0, math.tau) for _ in range(waves)]
        lengths = [self.random.uniform(0.6, 1.6) for _ in range(waves)]

        def top(px):
            t = px / self.w * math.tau
            wave = sum(math.sin(t * (i + 1) * lengths[i] + phases[i]) / (i + 1) for i in range(waves))
            return self.y(base) + wave * self.y(amplitude)

        points = [(px, top(px)) for px in range(0, self.w + 20, 20)]
        self.draw.polygon([*points, (self.w, self.h), (0, self.h)], fill=colour)
        return top

    def band(self, top, bottom, colour):
        self.draw.rectangle([0, self.y(top), self.w, self.y(bottom)], fill=colour)

    def ripples(self, top, bottom, colour, count=18):
        """Short light strokes on water."""
        for _ in range(count):
            cy = self.y(self.random.uniform(top, bottom))
            cx = self.x(self.random.uniform(0.02, 0.98))
            length = self.x(self.random.uniform(0.03, 0.09))
            self.draw.rounded_rectangle(
                [cx - length / 2, cy - 3 * SCALE, cx + length / 2, cy + 3 * SCALE],
                radius=3 * SCALE,
                fill=colour,
            )

    def tree(self, cx, ground, size, crown, trunk=(110, 84, 62)):
        """A round tree: trunk and two overlapping crowns."""
        trunk_w = size * 0.12
        self.draw.rectangle([cx - trunk_w / 2, ground - size * 0.55, cx + trunk_w / 2, ground], fill=trunk)
        self.draw.ellipse([cx - size * 0.38, ground - size * 1.05, cx + size * 0.38, ground - size * 0.4], fill=crown)
        lighter = mix(crown, WHITE, 0.18)
        self.draw.ellipse([cx - size * 0.26, ground - size * 1.0, cx + size * 0.16, ground - size * 0.62], fill=lighter)

    def person(self, cx, ground, height, clothes=None, skin=None):
        """A figure in the style of a pictogram: a head above rounded shoulders."""
        clothes = clothes or self.random.choice(CLOTHES)
        skin = skin or self.random.choice(SKIN)
        head = height * 0.28
        body_w = height * 0.5
        body_h = height * 0.66
        body_top = ground - body_h
        self.draw.pieslice([cx - body_w / 2, body_top, cx + body_w / 2, body_top + 2 * body_h], 180, 360, fill=clothes)
        head_bottom = body_top - height * 0.04
        self.draw.ellipse([cx - head / 2, head_bottom - head, cx + head / 2, head_bottom], fill=skin)

    def crowd(self, left, right, ground, height, count):
        """People side by side, some taller, some shorter, evenly spread."""
        step = (right - left) / max(count - 1, 1)
        colours = self.random.sample(CLOTHES, k=min(count, len(CLOTHES)))
        for i in range(count):
            px = self.x(left + i * step + self.random.uniform(-0.01, 0.01))
            h = self.y(height) * self.random.uniform(0.72, 1.08)
            self.person(px, ground(px), h, clothes=colours[i % len(colours)])

    def jpeg_bytes(self):
        small = self.image.convert("RGB").resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        small.save(buffer, format="JPEG", quality=86, optimize=True, progressive=True)
        return buffer.getvalue()


def fjord(c):
    c.glow(c.x(0.72), c.y(0.3), c.y(0.1), SUN, opacity=255, blur=0.25)
    c.glow(c.x(0.72), c.y(0.3), c.y(0.22), SUN, opacity=90, blur=0.5)
    c.hill(0.5, 0.05, mix(FJORD, SKY, 0.6))
    c.hill(0.58, 0.04, mix(TEAL, SKY, 0.35))
    c.band(0.64, 1, mix(FJORD, SKY, 0.25))
    c.ripples(0.66, 0.8, mix(SKY, WHITE, 0.5), count=24)
    shore = c.hill(0.8, 0.035, LEAF, waves=2)
    c.hill(0.9, 0.02, MOSS, waves=2)
    for fx, size in [(0.8, 0.22), (0.88, 0.3), (0.95, 0.2)]:
        c.tree(c.x(fx), shore(c.x(fx)) + c.y(0.01), c.y(size), FOREST)
    c.crowd(0.12, 0.5, lambda px: shore(px) + c.y(0.07), 0.17, 6)


def faellesskab(c):
    for _ in range(9):
        colour = c.random.choice([CORAL, SAND, TEAL, WHITE])
        c.glow(c.x(c.random.uniform(0, 1)), c.y(c.random.uniform(0.05, 0.5)), c.y(0.09), colour, 110, 0.45)
    c.hill(0.62, 0.05, mix(LEAF, CREAM, 0.35))
    ground = c.hill(0.76, 0.025, LEAF, waves=2)
    c.crowd(0.12, 0.88, ground, 0.28, 7)
    for fx, colour in ((0.31, SAND), (0.69, TEAL)):
        c.person(c.x(fx), ground(c.x(fx)) + c.y(0.07), c.y(0.16), clothes=colour)


def skov(c):
    c.glow(c.x(0.2), c.y(0.18), c.y(0.16), WHITE, opacity=160, blur=0.5)
    far = c.hill(0.45, 0.04, mix(FOREST, SKY, 0.65))
    for i in range(14):
        px = c.x(i / 13)
        c.tree(px, far(px) + c.y(0.05), c.y(0.18), mix(FOREST, SKY, 0.5))
    mid = c.hill(0.6, 0.035, mix(MOSS, SKY, 0.3))
    for i in range(9):
        px = c.x(0.05 + i / 8.6)
        c.tree(px, mid(px) + c.y(0.06), c.y(0.3), mix(FOREST, SKY, 0.2))
    c.hill(0.78, 0.02, LEAF, waves=2)
    path = [(c.x(0.42), c.y(0.78)), (c.x(0.5), c.y(0.78)), (c.x(0.7), c.y(1)), (c.x(0.3), c.y(1))]
    c.draw.polygon(path, fill=mix(SAND, CREAM, 0.4))
    c.person(c.x(0.47), c.y(0.9), c.y(0.2), clothes=CORAL)
    c.person(c.x(0.54), c.y(0.92), c.y(0.22), clothes=FJORD)
    for fx in (0.08, 0.9):
        c.tree(c.x(fx), c.y(1.02), c.y(0.5), FOREST)


def strand(c):
    c.glow(c.x(0.25), c.y(0.22), c.y(0.08), SUN, opacity=255, blur=0.25)
    c.glow(c.x(0.25), c.y(0.22), c.y(0.2), SUN, opacity=80, blur=0.5)
    c.band(0.5, 0.75, mix(FJORD, SKY, 0.2))
    c.ripples(0.52, 0.72, mix(SKY, WHITE, 0.5), count=26)
    beach = c.hill(0.74, 0.02, mix(SAND, CREAM, 0.35), waves=2)
    for _ in range(12):
        px, py = c.x(c.random.uniform(0, 1)), c.y(c.random.uniform(0.86, 0.98))
        r = c.y(c.random.uniform(0.008, 0.02))
        c.draw.ellipse([px - r * 1.4, py - r, px + r * 1.4, py + r], fill=mix(SAND, FOREST, 0.25))
    for _ in range(40):
        px = c.x(c.random.choice([c.random.uniform(0, 0.12), c.random.uniform(0.86, 1)]))
        base = beach(px) + c.y(0.03)
        lean = c.x(c.random.uniform(-0.012, 0.012))
        c.draw.line([(px, base), (px + lean, base - c.y(c.random.uniform(0.05, 0.1)))], fill=MOSS, width=3 * SCALE)
    c.crowd(0.28, 0.72, lambda px: beach(px) + c.y(0.09), 0.2, 5)


def idraet(c):
    c.glow(c.x(0.85), c.y(0.15), c.y(0.12), WHITE, opacity=150, blur=0.5)
    c.hill(0.52, 0.03, mix(FOREST, SKY, 0.5))
    c.band(0.6, 1, mix(LEAF, MOSS, 0.4))
    c.draw.ellipse([c.x(0.25), c.y(0.68), c.x(0.75), c.y(1.1)], outline=mix(WHITE, LEAF, 0.2), width=6 * SCALE)
    goal = [c.x(0.78), c.y(0.5), c.x(0.96), c.y(0.66)]
    c.draw.rectangle(goal, outline=WHITE, width=7 * SCALE)
    for i in range(1, 6):
        gx = goal[0] + (goal[2] - goal[0]) * i / 6
        c.draw.line([(gx, goal[1]), (gx, goal[3])], fill=mix(WHITE, LEAF, 0.5), width=SCALE)
    c.crowd(0.1, 0.62, lambda px: c.y(0.86) + math.sin(px / 90) * c.y(0.02), 0.26, 6)
    c.draw.ellipse([c.x(0.68), c.y(0.84), c.x(0.72), c.y(0.84) + c.x(0.04)], fill=WHITE)


def cafe(c):
    window = [c.x(0.18), c.y(0.1), c.x(0.82), c.y(0.6)]
    c.draw.rounded_rectangle(window, radius=c.y(0.03), fill=SKY)
    inside = Canvas(SKY, mix(SKY, WHITE, 0.5), seed=7)
    inside.hill(0.6, 0.06, mix(TEAL, SKY, 0.4))
    inside.hill(0.75, 0.04, LEAF)
    box = [int(v) for v in window]
    view = inside.image.resize((box[2] - box[0], box[3] - box[1]))
    mask = Image.new("L", view.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, *view.size], radius=c.y(0.03), fill=255)
    c.image.paste(view, box[:2], mask)
    c.draw = ImageDraw.Draw(c.image)
    c.draw.line([(c.x(0.5), c.y(0.1)), (c.x(0.5), c.y(0.6))], fill=CREAM, width=8 * SCALE)
    for fx in (0.3, 0.7):
        c.draw.line([(c.x(fx), 0), (c.x(fx), c.y(0.16))], fill=DEEP_FJORD, width=2 * SCALE)
        c.glow(c.x(fx), c.y(0.2), c.y(0.12), SUN, opacity=120, blur=0.5)
        c.draw.pieslice([c.x(fx) - c.y(0.06), c.y(0.14), c.x(fx) + c.y(0.06), c.y(0.26)], 180, 360, fill=TERRACOTTA)
    c.crowd(0.2, 0.8, lambda px: c.y(0.86), 0.34, 5)
    c.draw.rounded_rectangle([c.x(0.08), c.y(0.72), c.x(0.92), c.y(0.8)], radius=c.y(0.02), fill=(176, 122, 82))
    c.band(0.8, 1, mix(CORAL, CREAM, 0.55))
    for fx in (0.24, 0.4, 0.55, 0.7):
        cup = [c.x(fx), c.y(0.66), c.x(fx) + c.y(0.05), c.y(0.725)]
        c.draw.rounded_rectangle(cup, radius=c.y(0.012), fill=c.random.choice([WHITE, SAND, TEAL]))
        c.draw.arc(
            [cup[2] - c.y(0.01), c.y(0.675), cup[2] + c.y(0.025), c.y(0.71)],
            270,
            90,
            fill=WHITE,
            width=3 * SCALE,
        )


def byliv(c):
    c.glow(c.x(0.15), c.y(0.2), c.y(0.1), SUN, opacity=230, blur=0.3)
    c.hill(0.5, 0.03, mix(MOSS, SKY, 0.55))
    street = c.y(0.8)
    tower_x = c.x(0.62)
    c.draw.rectangle([tower_x - c.x(0.03), c.y(0.28), tower_x + c.x(0.03), street], fill=CREAM)
    c.draw.polygon(
        [(tower_x - c.x(0.035), c.y(0.29)), (tower_x, c.y(0.14)), (tower_x + c.x(0.035), c.y(0.29))],
        fill=TERRACOTTA,
    )
    left = 0.0
    colours = [SAND, CORAL, TEAL, CREAM, TERRACOTTA, mix(FJORD, WHITE, 0.4), SAND, CORAL]
    while left < 1:
        width = c.random.uniform(0.09, 0.14)
        if left < 0.62 < left + width:
            left = 0.66
            continue
        top = c.random.uniform(0.46, 0.56)
        x0, x1 = c.x(left), c.x(left + width)
        c.draw.rectangle([x0, c.y(top), x1, street], fill=c.random.choice(colours))
        c.draw.polygon([(x0 - 6, c.y(top)), ((x0 + x1) / 2, c.y(top - 0.09)), (x1 + 6, c.y(top))], fill=DEEP_FJORD)
        for wx in (0.3, 0.62):
            cx = x0 + (x1 - x0) * wx
            c.draw.rectangle([cx, c.y(top + 0.06), cx + c.x(0.025), c.y(top + 0.11)], fill=mix(SKY, WHITE, 0.3))
        left += width + 0.01
    for fx in (0.06, 0.44, 0.95):
        c.tree(c.x(fx), street, c.y(0.26), MOSS)
    c.band(0.8, 1, mix(SAND, CREAM, 0.5))
    c.crowd(0.12, 0.88, lambda px: c.y(0.95), 0.2, 7)


SCENES = {
    "fjord": (DAWN, SKY, fjord),
    "faellesskab": (mix(SAND, CREAM, 0.5), mix(CORAL, CREAM, 0.6), faellesskab),
    "skov": (mix(SKY, WHITE, 0.4), mix(LEAF, CREAM, 0.5), skov),
    "strand": (SKY, mix(SKY, WHITE, 0.6), strand),
    "idraet": (mix(SKY, FJORD, 0.15), SKY, idraet),
    "cafe": (CREAM, mix(CORAL, CREAM, 0.4), cafe),
    "byliv": (DAWN, mix(SKY, WHITE, 0.3), byliv),
}


@functools.cache
def render(scene):
    """The named scene as JPEG bytes, 1200×800 pixels (drawn once per process: the
    pictures never change, and the browser tests load the demo many times)."""
    top, bottom, paint = SCENES[scene]
    canvas = Canvas(top, bottom, seed=sum(map(ord, scene)))
    paint(canvas)
    return canvas.jpeg_bytes()


# Logo colours: dark enough for white letters.
EMBLEM_COLOURS = {
    "fjord": FJORD,
    "deep-fjord": DEEP_FJORD,
    "forest": FOREST,
    "moss": mix(MOSS, FOREST, 0.5),
    "plum": PLUM,
    "terracotta": mix(TERRACOTTA, (120, 50, 30), 0.3),
    "teal": mix(TEAL, DEEP_FJORD, 0.35),
}
EMBLEM_SIZE = 256


@functools.cache
def emblem(initials, colour):
    """A stand-in logo as PNG bytes: initials (A–Z) on a circle of an EMBLEM_COLOURS colour.

    Pillow's built-in font, the only one sure to be there, has no Æ, Ø or Å, so
    other letters are refused rather than drawn as boxes. Drawn once per process,
    like the scenes."""
    if not re.fullmatch(r"[A-Z]{1,3}", initials):
        raise ValueError(f"Logo initials must be one to three letters A-Z, not {initials!r}.")
    fill = EMBLEM_COLOURS[colour]
    size = EMBLEM_SIZE * SCALE
    image = Image.new("RGBA", (size, size), (*fill, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([0, 0, size - 1, size - 1], fill=fill)
    inset = size * 0.06
    draw.ellipse([inset, inset, size - inset, size - inset], outline=mix(fill, WHITE, 0.4), width=round(size * 0.018))
    font = ImageFont.load_default(size=round(size * (0.4 if len(initials) < 3 else 0.3)))
    draw.text((size / 2, size / 2), initials, font=font, anchor="mm", fill=WHITE, stroke_width=round(size * 0.008))
    small = image.resize((EMBLEM_SIZE, EMBLEM_SIZE), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    small.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
