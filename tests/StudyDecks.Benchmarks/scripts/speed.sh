#!/usr/bin/env bash
# Whole-process speed of the native studydecks, side by side with auto-multiple-choice (Debian's package):
#   - the printed quiz: 50 questions, 2 versions, with key, by `studydecks pdf` and by `auto-multiple-choice prepare`
#     (subject and corrected sheet, AMC-TXT source made from the same deck's cards), and the ratio;
#   - `studydecks generate` on one article, and `studydecks --version`.
# Goals (issue 16): pdf at least 20x faster than AMC; generate under 50 ms; --version under 20 ms.
# Usage: speed.sh [NATIVE_STUDYDECKS]   (default: publish with Native AOT into a temp folder first).
# Needs hyperfine and auto-multiple-choice (installed with apt-get when missing and running as root).
set -euo pipefail
cd "$(dirname "$0")/../../.."
repo=$(pwd)

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v auto-multiple-choice >/dev/null || missing+=(auto-multiple-choice)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "error: needs ${missing[*]} (apt-get install ${missing[*]})" >&2; exit 1; }
  (apt-get update -qq && apt-get install -y -qq "${missing[@]}") >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
exe=${1:-}
if [ -z "$exe" ]; then
  dotnet publish src/StudyDecks.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" -nologo -v quiet >/dev/null
  exe=$work/native/studydecks
fi
exe=$(realpath "$exe")

# 50 multiple-choice cards from the development corpus (every candidate card, then 50 of those with options): the
# same 50 questions go to studydecks as a deck and to auto-multiple-choice as AMC-TXT.
cd "$work"
"$exe" generate "$repo/tests/StudyDecks.Testing/Data/articles" --title "Speed benchmark" --seed 1 --all-candidates -o corpus.deck.json 2>/dev/null
python3 - corpus.deck.json quiz.txt bench.deck.json <<'PY'
import json, random, sys
deck = json.load(open(sys.argv[1], encoding="utf-8"))
cards = [c for c in deck["cards"] if c.get("distractors")]
if len(cards) < 50:
    sys.exit(f"error: the corpus deck has {len(cards)} multiple-choice cards, fewer than 50")
cards = random.Random(1).sample(cards, 50)
deck["cards"] = cards
json.dump(deck, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
def tex(text):  # the AMC-TXT filter escapes LaTeX's special characters itself; one line per text
    return " ".join(text.split())
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("# AMC-TXT source\nTitle: Speed benchmark\nPresentation: Choose one answer for each question.\n\n")
    for card in cards:
        out.write(f"* {tex(card['question'])}\n+ {tex(card['answer'])}\n")
        out.write("".join(f"- {tex(d)}\n" for d in card["distractors"]) + "\n")
PY

pdf="'$exe' pdf bench.deck.json --count 50 --versions 2 --seed 1 -o studydecks.pdf"
amc="auto-multiple-choice prepare --mode s --with pdflatex --filter plain --n-copies 2 --epoch 1700000000 --prefix amc --out-sujet amc/subject.pdf --out-corrige amc/key.pdf --out-calage amc/calage.xy --data amc/data quiz.txt"
mkdir -p amc/data
generate="'$exe' generate '$repo/decks/articles/$(ls "$repo/decks/articles" | head -1)' --seed 1 -o one.deck.json"
version="'$exe' --version"

# Both quiz makers must succeed before they are timed.
eval "$pdf" >/dev/null && eval "$amc" >amc.log 2>&1 || { cat amc.log; exit 1; }

hyperfine --style basic --warmup 2 --min-runs 10 --export-json quiz.json -n "studydecks pdf (native)" "$pdf" -n "auto-multiple-choice prepare" "$amc"
hyperfine --style basic --warmup 3 --min-runs 30 -N --export-json startup.json -n "studydecks generate, one article" "$generate" -n "studydecks --version" "$version"

python3 - quiz.json startup.json <<'PY'
import json, statistics, sys
quiz = {r["command"]: statistics.median(r["times"]) for r in json.load(open(sys.argv[1]))["results"]}
start = {r["command"]: statistics.median(r["times"]) for r in json.load(open(sys.argv[2]))["results"]}
ours, amc = quiz["studydecks pdf (native)"], quiz["auto-multiple-choice prepare"]
generate, version = start["studydecks generate, one article"], start["studydecks --version"]
print()
print(f"pdf 50 questions x 2 versions with key: studydecks {ours * 1000:.0f} ms, auto-multiple-choice {amc * 1000:.0f} ms (medians): {amc / ours:.1f}x faster (goal 20x)")
print(f"generate one article: {generate * 1000:.1f} ms (goal < 50 ms)")
print(f"--version: {version * 1000:.1f} ms (goal < 20 ms)")
PY
