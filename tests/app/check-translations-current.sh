#!/usr/bin/env bash
# The .ts files follow the sources: lupdate, run on copies exactly as the update_translations
# target runs it, finds no message the .ts files lack (a tr() added without updating them) and
# none they still hold that the code no longer has. test_translations.cpp then checks that
# every message of the committed files is translated.
# usage: check-translations-current.sh PROJECT.cmake GenerateLUpdateProject.cmake LUPDATE TS-DIR
set -euo pipefail
project_in=$1 generate=$2 lupdate=$3 ts_dir=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -DIN_FILE="$project_in" -DOUT_FILE="$work/project.json" -P "$generate"
status=0
for ts in "$ts_dir"/novoselye_*.ts; do
  copy=$work/$(basename "$ts")
  cp "$ts" "$copy"
  "$lupdate" -project "$work/project.json" -locations none -ts "$copy" >/dev/null 2>&1
  new=$(grep -c 'type="unfinished"' "$copy" || true)
  gone=$(grep -c 'type="vanished"\|type="obsolete"' "$copy" || true)
  if [ "$new" != 0 ] || [ "$gone" != 0 ]; then
    echo "$(basename "$ts"): $new message(s) in the code but not in the file, $gone in the file" \
         "but no longer in the code; run: cmake --build build --target update_translations," \
         "then translate the new ones" >&2
    grep -B2 'type="unfinished"' "$copy" | sed -n 's/.*<source>\(.*\)<\/source>.*/  new: \1/p' >&2
    status=1
  fi
done
exit $status
