#!/usr/bin/env bash
# Publishes studydecks with Native AOT for linux-x64 and runs the CLI's end-to-end tests against the native program
# (STUDYDECKS_EXE), so every command is checked as the published binary runs it, not only in-process.
# Also fails on any trim/AOT warning except the Newtonsoft.Json ones explained in src/StudyDecks.Cli/StudyDecks.Cli.csproj.
# Usage: aot-e2e.sh [OUTPUT_DIR]   (default: a temp folder, removed afterwards). Needs clang and zlib (installed with
# apt-get when missing and running as root, as CI does).
set -euo pipefail
cd "$(dirname "$0")/../../.."
repo=$(pwd)

if ! command -v clang >/dev/null || [ ! -e /usr/include/zlib.h ]; then
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && apt-get install -y -qq --no-install-recommends clang lld zlib1g-dev) >/dev/null
  else
    echo "error: Native AOT needs clang and zlib1g-dev (apt-get install clang zlib1g-dev)" >&2; exit 1
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${1:-$work/native}

# One publish, warnings one by one (not as errors) so the script can list them and allow only the known ones.
started=$(date +%s)
dotnet publish src/StudyDecks.Cli -c Release -r linux-x64 -p:PublishAot=true -p:TrimmerSingleWarn=false \
  -p:TreatWarningsAsErrors=false -o "$out" -nologo >"$work/publish.log" 2>&1 || { tail -50 "$work/publish.log"; exit 1; }
seconds=$(( $(date +%s) - started ))
grep -oE '(warning|error) IL[0-9]+: [^[]*' "$work/publish.log" | sort -u >"$work/warnings" || true
allowed='^warning IL(2026|3050): Newtonsoft\.Json\.Linq\.J(Token|Object|Value)\.(GetMetaObject\(Expression\)|System\.IConvertible\.ToType\(Type,IFormatProvider\)): '
if grep -vE "$allowed" "$work/warnings" >&2; then
  echo "error: trim/AOT warnings beyond the explained Newtonsoft.Json ones (above)" >&2; exit 1
fi
echo "native publish: ${seconds} s; $(wc -l <"$work/warnings") known Newtonsoft.Json warnings; studydecks $(( $(stat -c %s "$out/studydecks") / 1024 )) KB"
ls -l "$out" | awk 'NR > 1 { printf "  %-24s %8d KB\n", $9, $5 / 1024 }'

"$out/studydecks" --version
STUDYDECKS_EXE="$out/studydecks" dotnet test "$repo/tests/StudyDecks.Cli.Tests" --filter "TestCategory!=InProcessOnly" -nologo
