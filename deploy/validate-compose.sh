#!/usr/bin/env bash
# Checks that docker-compose.yml at the repository root parses and is valid
# for docker-compose 1.29 (Debian's package), and that each service's client id
# and secret match its client in deploy/keycloak/coaching-suite-realm.json.
# Needs no Docker engine.
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

# The services and Keycloak must agree on what the realm file says: a service whose client id or secret
# differs from its client's would start fine and fail at its first call to another service. Checked on the
# configuration as docker-compose resolves it, with PyYAML (a dependency of Debian's docker-compose).
realm_file="$repo_dir/deploy/keycloak/coaching-suite-realm.json"
if ! python3 -c 'import yaml' >/dev/null 2>&1; then
    echo "Skipped the check of the services' clients against $realm_file: python3 with PyYAML is missing."
    exit 0
fi
if ! resolved="$(docker-compose -f "$compose_file" config)"; then
    echo "docker-compose config failed (see above)." >&2
    exit 1
fi
if ! COMPOSE_CONFIG="$resolved" python3 - "$realm_file" <<'PY'
import json, os, re, sys, yaml

compose = yaml.safe_load(os.environ["COMPOSE_CONFIG"])
with open(sys.argv[1]) as file:
    realm = json.load(file)
services = compose["services"]
keycloak = services["keycloak"].get("environment") or {}
problems = []
for name in ("skills-service", "coaching-service", "secondment-service"):
    env = services[name].get("environment") or {}
    client = next((c for c in realm["clients"] if c["clientId"] == name), None)
    if client is None or client.get("publicClient") or not client.get("serviceAccountsEnabled"):
        problems.append(f"the realm has no confidential client {name} with a service account")
        continue
    client_id = env.get("QUARKUS_OIDC_CLIENT_CLIENT_ID")
    if client_id != name:
        problems.append(f"{name}: QUARKUS_OIDC_CLIENT_CLIENT_ID is {client_id!r}, not {name!r}")
    placeholder = re.fullmatch(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(:[^}]*)?\}", client.get("secret", ""))
    if placeholder is None:
        problems.append(f"client {name}: its secret is not an environment placeholder such as ${{VARIABLE:default}}")
        continue
    variable = placeholder.group(1)
    secret = keycloak.get(variable)
    if secret is None:
        problems.append(f"keycloak: {variable} is not set, so the import gives {name} the realm file's default")
    elif env.get("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET") != secret:
        problems.append(f"{name}: QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET differs from keycloak's {variable}")
    elif not re.fullmatch(r"[A-Za-z0-9_-]+", str(secret)):
        problems.append(f"keycloak: {variable} may hold only letters, digits, - and _ (the import puts it into "
                        "the JSON text as it is)")
for problem in problems:
    print(problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
then
    echo "docker-compose.yml does NOT match $realm_file (see above)." >&2
    exit 1
fi
echo "The services' client ids and secrets match the realm's clients."
