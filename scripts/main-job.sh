#!/usr/bin/env bash
# The main job of the README: builds Armlet and works the documented incremental-snapshot template
# (for now: decode it, show it, and convert it to YAML and back; deployment arrives with the engine).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product armlet
armlet=.build/release/armlet
template=Templates/incremental-snapshot.json
echo "== armlet template show $template"
"$armlet" template show "$template"
echo "== armlet template convert $template --to yaml"
"$armlet" template convert "$template" --to yaml
