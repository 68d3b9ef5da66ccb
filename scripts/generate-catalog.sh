#!/usr/bin/env bash
# Embeds Schemas/resource-types/*.json (the deep schemas of the simulated types) into
# Sources/ArmletCatalog/Generated/EmbeddedSchemas.swift, and ../shared/catalog/api-versions.json (every
# Azure resource type, its API versions and scopes) into EmbeddedTypeIndex.swift through
# scripts/generate-type-index.py, so the armlet binary needs no files beside it.
# Run it after editing Schemas/; ArmletCatalogTests fails while the generated file is out of date.
#   scripts/generate-catalog.sh           write the file
#   scripts/generate-catalog.sh --check   exit 1 when the file is out of date
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/ArmletCatalog/Generated/EmbeddedSchemas.swift
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
{
    echo '// GENERATED FILE — do not edit. Source: Schemas/resource-types/*.json.'
    echo '// Regenerate with: scripts/generate-catalog.sh'
    echo ''
    echo '/// The documents of `Schemas/resource-types/`, embedded verbatim (file name, JSON text), sorted by name.'
    echo 'enum EmbeddedSchemas {'
    echo '    static let documents: [(name: String, json: String)] = ['
    for file in $(LC_ALL=C ls Schemas/resource-types/*.json); do
        if grep -q -e '"""#' -e '\\#' "$file"; then
            echo "error: $file contains a sequence that cannot sit in a raw string literal" >&2
            exit 1
        fi
        printf '        (name: "%s", json: #"""\n' "$(basename "$file")"
        cat "$file"
        printf '\n"""#),\n'
    done
    echo '    ]'
    echo '}'
} > "$tmp"
if [ "${1:-}" = "--check" ]; then
    if cmp -s "$tmp" "$out"; then echo "up to date: $out"; else echo "out of date: $out (run scripts/generate-catalog.sh)" >&2; exit 1; fi
    python3 scripts/generate-type-index.py --check
else
    mkdir -p "$(dirname "$out")"
    cp "$tmp" "$out"
    echo "wrote $out"
    python3 scripts/generate-type-index.py
fi
