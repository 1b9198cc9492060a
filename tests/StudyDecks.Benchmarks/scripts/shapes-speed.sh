#!/usr/bin/env bash
# Whole-process speed of `studydecks generate` on one long article of each shape of issue 13 (item 2): prose, and lines
# of twelve numbers, years, dates, sums or percentages (each line a sentence), and numbers in lines with no sentence
# end. The articles are written by shapes.py (the same files on every run). Prints, per shape, the median wall-clock
# time of RUNS runs, the throughput it gives, and the CPU time (user + system) of the median run and the throughput by
# it (on a shared machine the wall clock waits for other work; the CPU time does not).
# Goal (issue 13): at least 2 MB/s on every shape of 2 MB.
# Usage: shapes-speed.sh [STUDYDECKS] [SIZE_BYTES] [RUNS] [SHAPES]
#   STUDYDECKS  the program to time: a native binary, or a studydecks.dll (run with dotnet); default: publish with
#               Native AOT into a temp folder first, as the shipped program is.
#   SIZE_BYTES  size of each article (default 2097152: the 2 MB limit); RUNS (default 3); SHAPES comma-separated.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
size=${2:-2097152}
runs=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

exe=${1:-}
if [ -z "$exe" ]; then
  dotnet publish "$repo/src/StudyDecks.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" -nologo -v quiet >/dev/null
  exe=$work/native/studydecks
fi
exe=$(realpath "$exe")
run=("$exe")
[[ "$exe" == *.dll ]] && run=(dotnet "$exe")

python3 "$here/shapes.py" "$work/articles" "$size" ${4:+"$4"}
echo "# $(date -u +%FT%TZ) $(uptime | sed 's/.*load/load/')"
echo "# ${run[*]}"
printf '%-18s %8s %10s %8s %10s %10s\n' shape MB median_s MB/s cpu_s MB/cpu_s
for article in "$work"/articles/*.txt; do
  shape=$(basename "$article" .txt)
  mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1048576:.2f}')" "$article")
  : >"$work/times"
  for _ in $(seq "$runs"); do
    # A shape that gives no card exits non-zero ("no cards"): still timed, the time is the point.
    /usr/bin/time -q -f '%e %U %S' -o "$work/time" "${run[@]}" generate "$article" --seed 1 -o "$work/deck.json" >/dev/null 2>&1 || true
    cat "$work/time" >>"$work/times"
  done
  sort -n "$work/times" | awk -v mb="$mb" -v shape="$shape" -v runs="$runs" '
    { elapsed[NR] = $1; cpu[NR] = $2 + $3 }
    END { m = int((runs + 1) / 2); printf "%-18s %8.2f %10.2f %8.2f %10.2f %10.2f\n", shape, mb, elapsed[m], mb / elapsed[m], cpu[m], mb / (cpu[m] > 0 ? cpu[m] : 0.01) }'
done
echo "# $(uptime | sed 's/.*load/load/')"
