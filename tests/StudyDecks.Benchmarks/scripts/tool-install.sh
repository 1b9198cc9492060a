#!/usr/bin/env bash
# Packs studydecks as a .NET tool, installs it from the packed folder into a temporary tool path and runs it as a
# user would: `studydecks --version` and the README's first `studydecks build` on the bundled articles.
# Fails when the package is over 60 MB, carries debug symbols or XML docs, or ships a native library for a runtime
# outside the chosen list. Usage: tool-install.sh (from anywhere; CI runs it from .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../../.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

dotnet pack src/StudyDecks.Cli -c Release -o "$work/feed" -v quiet -nologo >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
package=$(ls "$work"/feed/studydecks.*.nupkg)
bytes=$(stat -c %s "$package")
echo "tool package: $(basename "$package"), $(( bytes / 1024 )) KB"

python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$package" >"$work/contents"
problems=0
if [ "$bytes" -gt $(( 60 * 1024 * 1024 )) ]; then
  echo "error: the package is over 60 MB" >&2; problems=1
fi
if grep -E '\.(pdb|dbg)$|^tools/.*\.xml$' "$work/contents" | grep -v '/DotnetToolSettings\.xml$' >&2; then
  echo "error: debug symbols or XML docs in the package (above)" >&2; problems=1
fi
if grep -E '/runtimes/[^/]+/native/' "$work/contents" | grep -vE '/runtimes/(linux-x64|linux-arm64|win-x64|osx|osx-x64|osx-arm64)/native/' >&2; then
  echo "error: native libraries of runtimes the package does not ship for (above)" >&2; problems=1
fi
grep -E '/runtimes/[^/]+/native/' "$work/contents" | sed 's|^tools/net10.0/any/||' | sed 's|^|  |'

# An empty package cache: a package of the same version installed before must not stand in for this one.
NUGET_PACKAGES="$work/packages" dotnet tool install studydecks --tool-path "$work/tools" --add-source "$work/feed" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
version=$("$work/tools/studydecks" --version)
echo "installed: studydecks --version -> $version"

# The README's first commands, in a folder of their own.
mkdir -p "$work/tour" && cp -r decks "$work/tour/"
(cd "$work/tour" && "$work/tools/studydecks" build) | sed 's|^|  |'
ls "$work/tour/output"/*.deck.json "$work/tour/output"/*.apkg "$work/tour/output"/*.quiz.pdf >/dev/null

echo "pack, install and run took $(( $(date +%s) - started )) s"
exit "$problems"
