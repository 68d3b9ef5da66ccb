# Sourced by the client-test scripts: builds `armlet` and starts `armlet serve` on a free loopback
# port over the state directory "$1" (created if needed), in the background. Sets `bin` (the armlet
# binary), `server` (its pid), `log` (its output) and `url` (https://127.0.0.1:PORT). The caller's
# EXIT trap stops the server (`stop_armlet_server`). ARMLET_CLOCK is taken from the environment.
start_armlet_server() {
    local state="$1"
    swift build --product armlet
    bin="$(swift build --product armlet --show-bin-path)/armlet"
    mkdir -p "$state"
    log="$state/serve.log"
    "$bin" serve --port 0 --state-dir "$state" >"$log" 2>&1 &
    server=$!
    for _ in $(seq 1 100); do
        grep -q "Press Ctrl+C" "$log" 2>/dev/null && break
        sleep 0.2
    done
    grep -q "Press Ctrl+C" "$log" || { cat "$log"; echo "armlet serve did not start" >&2; return 1; }
    url="$(grep -o 'https://127.0.0.1:[0-9]*' "$log" | head -1)"
}

# Stops the server `start_armlet_server` started (by its pid only).
stop_armlet_server() {
    if [ -n "${server:-}" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
}
