#!/usr/bin/env bash
# Checks that docker-compose.yml at the repository root parses and is valid
# for docker-compose 1.29 (Debian's package). Needs no Docker engine.
# Usage: deploy/validate-compose.sh   (from any directory)
set -euo pipefail

# Resolve symlinks to this script so the repository is found from anywhere.
script="${BASH_SOURCE[0]}"
while [[ -L "$script" ]]; do
    link_dir="$(cd -P "$(dirname "$script")" && pwd)"
    script="$(readlink "$script")"
    [[ "$script" == /* ]] || script="$link_dir/$script"
done
repo_dir="$(cd -P "$(dirname "$script")/.." && pwd)"
compose_file="$repo_dir/docker-compose.yml"

if [[ ! -f "$compose_file" ]]; then
    echo "Cannot validate: $compose_file does not exist." >&2
    exit 1
fi

if ! command -v docker-compose >/dev/null 2>&1; then
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "docker-compose not found; installing Debian's docker-compose package..."
        # --no-install-recommends: the validator only needs the CLI, not the
        # docker.io engine that the package recommends.
        export DEBIAN_FRONTEND=noninteractive
        apt_log="$(mktemp)"
        if ! { apt-get update -qq &&
               apt-get install -y -qq --no-install-recommends docker-compose; } >"$apt_log" 2>&1; then
            cat "$apt_log" >&2
            rm -f "$apt_log"
            echo "Cannot validate docker-compose.yml: installing docker-compose with apt-get failed (output above)." >&2
            exit 1
        fi
        rm -f "$apt_log"
    else
        echo "Cannot validate docker-compose.yml: docker-compose is not installed, and installing it needs root and apt-get (try: sudo apt-get install docker-compose)." >&2
        exit 1
    fi
fi

if docker-compose -f "$compose_file" config -q; then
    echo "docker-compose.yml is valid"
else
    echo "docker-compose.yml is NOT valid (see the errors above)." >&2
    exit 1
fi
