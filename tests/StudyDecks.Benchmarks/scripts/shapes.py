#!/usr/bin/env python3
"""Writes one article of each shape of issue 13 (item 2), just under SIZE bytes: shapes.py OUTDIR [SIZE] [SHAPES].

prose: the bundled test articles' bodies one after another; numbers, years, dates, sums, percentages: lines of twelve
figures, each line a sentence (a list of figures, which analysis sets aside as no statement); numbers-in-lines: the same
with no sentence end; figure-statements: lines of four short statements of one figure each ("The library of Korselven
opened on May 4, 2026."), of all five figure shapes and towns of made-up names, which every question kind works on.
The same files on every run (seed 1).
"""
import glob, os, random, sys

out = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 2 * 1024 * 1024
shapes = sys.argv[3].split(",") if len(sys.argv) > 3 else ["prose", "numbers-in-lines", "numbers", "years", "dates", "sums", "percentages", "figure-statements"]
here = os.path.dirname(os.path.abspath(__file__))
articles = sorted(glob.glob(os.path.join(here, "../../StudyDecks.Testing/Data/articles/*.txt")))
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
syllables = ["al", "bar", "cor", "dun", "el", "fen", "gal", "har", "ist", "kel", "lor", "mon", "nor", "os", "pel", "ran", "sel", "tor", "ul", "ven"]
buildings = ["bridge", "harbour", "town hall", "library", "railway station", "hospital"]
frames = {
    "years": "The {0} opened in {1}.",
    "dates": "The {0} opened on {1}.",
    "numbers": "The {0} had {1} visitors in its first year.",
    "sums": "The {0} cost {1} to build.",
    "percentages": "Use of the {0} rose by {1} in its first year.",
}
os.makedirs(out, exist_ok=True)


def town():
    """A town's name of three syllables ("Korselven"): 8,000 of them, so that statements seldom repeat a subject."""
    return "".join(rnd.choice(syllables) for _ in range(3)).capitalize()

for shape in shapes:
    rnd = random.Random(1)
    bodies = [open(a, encoding="utf-8").read().split("\n\n", 1)[1] for a in articles]
    figure = {
        "numbers-in-lines": lambda: str(rnd.randint(1, 99998)),
        "numbers": lambda: str(rnd.randint(1, 99998)),
        "years": lambda: str(rnd.randint(1900, 2030)),
        "dates": lambda: f"{months[rnd.randrange(12)]} {rnd.randint(1, 28)}, {rnd.randint(1900, 2030)}",
        "sums": lambda: f"${rnd.randint(1, 999)}.{rnd.randrange(10)} million",
        "percentages": lambda: f"{rnd.randint(1, 99)}%",
    }
    item = figure.get(shape)
    parts, total, n = ["Title of the test\n\n"], len("Title of the test\n\n"), 0
    while True:
        if shape == "prose":
            piece = bodies[n % len(bodies)] + "\n\n"
        elif shape == "figure-statements":
            kind = rnd.choice(sorted(frames))
            piece = " ".join(frames[kind].format(f"{rnd.choice(buildings)} of {town()}", figure[kind]()) for _ in range(4)) + "\n"
        else:
            piece = " ".join(item() for _ in range(12)) + ("" if shape == "numbers-in-lines" else ".") + "\n"
        n += 1
        length = len(piece.encode("utf-8"))
        if total + length > size:
            break
        parts.append(piece)
        total += length
    with open(os.path.join(out, shape + ".txt"), "w", encoding="utf-8") as f:
        f.write("".join(parts))
