#!/usr/bin/env bash
# Records how the real Azure CLI reports bad invocations: for every line of
# Tests/ArmletCLITests/Golden/usage-errors/cases.txt (words split on spaces; '#' lines skipped), runs
# `az WORDS` offline and writes Golden/usage-errors/NNN.txt: the invocation, `exit N`, then az's
# standard error verbatim. UsageErrorGoldenTests checks that armlet prints the same.
#
# The goldens come from the real az only, never from armlet. Usage errors are found before any
# network call, so no login is needed; a fresh AZURE_CONFIG_DIR keeps the user's defaults out.
#
# The Azure CLI facts Armlet needs to print these errors (each command's options, help examples)
# come from the same CLI through scripts/client-tests/az-usage-tables.py.
#
# Usage: scripts/client-tests/az-usage-errors.sh [CASE_NUMBER...]   (default: every case)
# Environment: AZ (default /work/main/.venv-az/bin/az, else `az` on PATH).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/Tests/ArmletCLITests/Golden/usage-errors"
az=${AZ:-/work/main/.venv-az/bin/az}
[[ -x $az ]] || az=$(command -v az)

config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
export AZURE_CONFIG_DIR=$config AZURE_CORE_COLLECT_TELEMETRY=0 AZURE_CORE_NO_COLOR=1 AZURE_CORE_ONLY_SHOW_ERRORS=0
# Warm the command index once so the first "did you mean" case does not differ from the rest.
"$az" version >/dev/null 2>&1 || true

"$az" version --query '"azure-cli"' -o tsv >"$dir/az-version.txt" 2>/dev/null || true

n=0
while IFS= read -r line || [[ -n $line ]]; do
    [[ -z $line || $line == \#* ]] && continue
    n=$((n + 1))
    if (($# > 0)); then
        wanted=0
        for k in "$@"; do ((10#$k == n)) && wanted=1; done
        ((wanted)) || continue
    fi
    read -r -a words <<<"$line"
    out=$(printf '%s/%03d.txt' "$dir" "$n")
    set +e
    (cd "$config" && "$az" "${words[@]}" >/dev/null 2>"$config/stderr" </dev/null)
    status=$?
    set -e
    { printf 'az %s\nexit %s\n' "$line" "$status"; cat "$config/stderr"; } >"$out"
    printf '%03d exit %s  az %s\n' "$n" "$status" "$line"
done <"$dir/cases.txt"
