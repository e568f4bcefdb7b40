#!/usr/bin/env bash
# Renders the two pictures of the demo organisation in headless Chromium, as the README shows them:
# the service desk's skill matrix against its role profile, and its placement plan.
# Run after ./suite up && ./suite demo:  bash demo/screenshots.sh [output directory, default docs/images]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/images}
chromium=${CHROMIUM:-/usr/bin/chromium}
[[ -x $chromium ]] || { echo "screenshots: Chromium is needed (apt-get install chromium)" >&2; exit 1; }
mkdir -p "$out"
manager=$(./suite token --role manager --sub e-002 --manages service-desk)
hr=$(./suite token --role hr-admin --sub e-001)
profile=$(curl -fsS -H "Authorization: Bearer $hr" "http://localhost:8081/role-profiles?limit=50" |
    jq -r '.items[] | select(.name == "Service desk analyst") | .id')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() {
    local svg=$1 png=$2 size
    # The picture's own width and height, from its root element.
    size=$(grep -o '<svg[^>]*' "$svg" | head -1 | sed -n 's/.* width="\([0-9]*\)" height="\([0-9]*\)".*/\1,\2/p')
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
        --window-size="$size" --screenshot="$png" "file://$svg" 2>/dev/null
    echo "wrote $png ($size)"
}

curl -fsS -H "Authorization: Bearer $manager" -H 'Accept: image/svg+xml' \
    "http://localhost:8081/teams/service-desk/matrix?roleProfile=$profile" >"$work/matrix.svg"
shoot "$work/matrix.svg" "$PWD/$out/team-matrix.png"
curl -fsS -H "Authorization: Bearer $manager" -H 'Accept: image/svg+xml' \
    "http://localhost:8083/teams/service-desk/plan?from=$(date -u +%Y-%m-01)&to=$(date -u -d "$(date -u +%Y-%m-01) +3 months -1 day" +%F)" \
    >"$work/plan.svg"
shoot "$work/plan.svg" "$PWD/$out/team-plan.png"
