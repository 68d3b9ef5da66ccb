#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver when they are missing (sourced by
# scripts/portal-tests.sh): the portal's browser test drives the system browser through the system
# driver, so Selenium never downloads one. Kept apart from system-packages.sh, which the main job
# sources too and which must stay small.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]}"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
