#!/usr/bin/env bash
# The real Azure CLI (azure-cli from PyPI, in .venv-az, created on first use and reused) against
# `armlet serve`: `az cloud register` + `az login --service-principal`, then
#   1. the seed's CLI blocks verbatim (examples/seed-cli.sh with the real `az`), whose output must
#      equal the output of the same script through `armlet` (the golden file of the CLI tests),
#      with generated ids and times normalised;
#   2. every line of scripts/client-tests/az-compare.txt run twice on the same state, by the real
#      `az` and by `armlet`, whose stdout, stderr and exit codes must be the same.
# The server and `armlet` share one state directory and one stored clock (ARMLET_CLOCK=stored:…).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
venv="$root/.venv-az"
if ! "$venv/bin/python" -c "import azure.cli.core" 2>/dev/null || [ ! -x "$venv/bin/az" ]; then
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip
    "$venv/bin/pip" install -q "azure-cli==${ARMLET_AZ_VERSION:-2.91.0}"
fi
. scripts/client-tests/serve.sh
work="$(mktemp -d)"
export ARMLET_HOME="$work/state" ARMLET_CLOCK="stored:2026-01-01T00:00:00Z" ARMLET_COPY_MIBPS=1
trap 'stop_armlet_server; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
start_armlet_server "$ARMLET_HOME"

export AZURE_CONFIG_DIR="$work/az" AZURE_CORE_COLLECT_TELEMETRY=0 AZURE_CORE_NO_COLOR=1
export REQUESTS_CA_BUNDLE="$ARMLET_HOME/tls/ca.pem"
AZ="$venv/bin/az"
"$AZ" cloud register -n Armlet --endpoint-resource-manager "$url/" -o none
"$AZ" cloud set -n Armlet -o none
"$AZ" config set core.instance_discovery=false -o none 2>/dev/null
"$AZ" login --service-principal -u 11111111-1111-1111-1111-111111111111 -p any-secret \
    --tenant 00000000-0000-0000-0000-000000000000 -o none
echo "az $("$AZ" version --query '"azure-cli"' -o tsv 2>/dev/null) logged in to $url"

failed=0
# Generated GUIDs and times differ from run to run; everything else must be equal.
normalise() {
    sed -E -e 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/<guid>/g' \
           -e 's/20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:.]+\+00:00/<timestamp>/g'
}

echo "## 1. the seed's CLI blocks, verbatim, with the real az"
PATH="$venv/bin:$PATH" ARMLET_SEED_AZ=real ARMLET="$bin" bash examples/seed-cli.sh >"$work/seed-az.txt" 2>"$work/seed-az.err" \
    || { echo "the seed script failed under the real az:" >&2; cat "$work/seed-az.err" >&2; failed=1; }
if diff <(normalise <"$work/seed-az.txt") <(normalise <Tests/ArmletCLITests/Golden/seed-cli.txt) >"$work/seed.diff"; then
    echo "seed-cli.sh: real az output equals armlet's ($(wc -l <"$work/seed-az.txt") lines)"
else
    echo "seed-cli.sh: real az output differs from armlet's (< az, > armlet):" >&2
    cat "$work/seed.diff" >&2
    failed=1
fi

echo "## 2. the same commands through az and armlet, on the same state"
diskId="$("$AZ" disk show -g disks-rg -n data1 --query id -o tsv)"
export diskId
template="$root/Templates/incremental-snapshot.corrected.json"
seedTemplate="$root/Templates/incremental-snapshot.json"
fixtures="$root/scripts/client-tests/templates"
subTemplate="$root/Templates/subscription-group-and-disk.json"
export template seedTemplate fixtures subTemplate
compared=0
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    compared=$((compared + 1))
    set +e
    # Bounded: a command that would wait forever (a `wait` condition never met) fails the run.
    eval "timeout 120 \"\$AZ\" $line" >"$work/az.out" 2>"$work/az.err"; azCode=$?
    eval "timeout 120 \"\$bin\" $line" >"$work/armlet.out" 2>"$work/armlet.err"; armletCode=$?
    set -e
    # Deployment correlation and tracking ids are generated per call. Template positions differ by
    # design: ARM counts in the body az sends (the template re-indented by json.dumps), armlet's
    # command line in the user's own file.
    volatile='s/"correlationId": "[^"]*"/"correlationId": "<guid>"/; s/tracking id is '"'"'[^'"'"']*'"'"'/tracking id is <guid>/; s/"lineNumber": [0-9]*, "linePosition": [0-9]*/"lineNumber": N, "linePosition": M/; s/at line '"'"'[0-9]*'"'"' and column '"'"'[0-9]*'"'"'/at line N and column M/; s/^Succeeded  [0-9a-f-]\{36\}$/Succeeded  <correlation id>/'
    if [ "$azCode" != "$armletCode" ] \
        || ! diff -q <(sed -e "$volatile" "$work/az.out") <(sed -e "$volatile" "$work/armlet.out") >/dev/null \
        || ! diff -q <(sed -e "$volatile" "$work/az.err") <(sed -e "$volatile" "$work/armlet.err") >/dev/null; then
        failed=1
        echo "DIFFERS: az $line   (exit: az $azCode, armlet $armletCode)" >&2
        diff <(sed -e "$volatile" "$work/az.out") <(sed -e "$volatile" "$work/armlet.out") | head -40 >&2 || true
        diff <(sed -e "$volatile" "$work/az.err") <(sed -e "$volatile" "$work/armlet.err") | head -20 >&2 || true
    fi
done <scripts/client-tests/az-compare.txt
echo "az-compare.txt: $compared command lines compared"
if [ "$failed" != 0 ]; then
    echo "--- server log (last 30 lines) ---" >&2
    tail -30 "$log" >&2
    exit 1
fi
echo "real az client tests passed"
