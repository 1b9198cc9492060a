#!/usr/bin/env python3
"""Acceptance of blind-reviewed cards by what the generator knows of them: the data behind
src/StudyDecks.Core/Resources/answer-worth.tsv and the check that the ranking score ranks.

    acceptance.py --round SAMPLE_DIR DECKS_DIR VERDICTS.txt [VERDICTS.txt ...] [--round ...]

SAMPLE_DIR is what ../shared/eval/sample_cards.py wrote (its key.json names each card by id); DECKS_DIR holds the deck
files that sample was drawn from (their cards carry tags, answer kind, options and score). Prints, over every verdict
of every round: the share accepted by question kind, answer kind and whether the card had options; and the share
accepted in the upper and lower half of the cards by score."""
import argparse, collections, glob, json, os, re

ap = argparse.ArgumentParser()
ap.add_argument("--round", action="append", nargs="+", required=True)
a = ap.parse_args()

verdicts = []  # (card, accepted)
for sample, decks, *files in a.round:
    # Each round's own decks: a card id names the same fact in every version, but its options and score may differ.
    cards = {}
    for path in glob.glob(os.path.join(decks, "*.json")):
        for card in json.load(open(path, encoding="utf-8")).get("cards", []):
            cards[card["id"]] = card
    key = {k["n"]: k["id"] for k in json.load(open(os.path.join(sample, "key.json")))}
    for path in files:
        for line in open(path, encoding="utf-8"):
            m = re.match(r"\s*(\d+)\s*:\s*(OK|REJECT)", line)
            if m and int(m.group(1)) in key and key[int(m.group(1))] in cards:
                verdicts.append((cards[key[int(m.group(1))]], m.group(2) == "OK"))

def shape(card):
    options = "options" if card["distractors"] and card["type"] != "true-false" else "no options"
    return (card["tags"][0], card["answerKind"], options)

counts = collections.defaultdict(lambda: [0, 0])
for card, ok in verdicts:
    counts[shape(card)][0] += ok
    counts[shape(card)][1] += 1
print(f"{len(verdicts)} verdicts")
for (kind, answer, options), (ok, n) in sorted(counts.items(), key=lambda item: -item[1][1]):
    print(f"  {kind:12} {answer:13} {options:11} {ok:3} of {n:3} ({100 * ok / n:.0f} %)")

scored = sorted((card["score"]["total"], ok) for card, ok in verdicts if card.get("score"))
if scored:
    half = len(scored) // 2
    for name, part in (("lower half", scored[:half]), ("upper half", scored[half:])):
        print(f"{name} by score ({part[0][0]:.2f} to {part[-1][0]:.2f}): {sum(ok for _, ok in part)} of {len(part)} accepted")
