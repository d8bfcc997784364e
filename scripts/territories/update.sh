#!/usr/bin/env bash
# Regenerates src/main/resources/territories/ from the Etalab package named below.
# Usage: scripts/territories/update.sh [version]   (default: the version Catalyse ships)
set -euo pipefail
version="${1:-6.0.0}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@etalab/decoupage-administratif@${version}" >/dev/null && tar xzf ./*.tgz)
cp "$work/package/LICENSE" "$root/src/main/resources/territories/LICENSE-decoupage-administratif.txt"
node "$here/convert.mjs" "$work/package" "$root/src/main/resources/territories"
