"""A bounded load check of `armlet serve` on loopback: GETs of a disk and a list, and PUTs of
resource groups, over keep-alive HTTPS connections from a few threads.

Environment: ARMLET_URL, ARMLET_CA. Arguments: [requests per worker] [workers] (defaults 300, 4).
Stops after that many requests or 60 s, whichever comes first. Prints requests/s and p50/p99 latency.
"""
import http.client
import json
import os
import ssl
import sys
import threading
import time
import urllib.parse

BASE = urllib.parse.urlparse(os.environ["ARMLET_URL"])
CA = os.environ["ARMLET_CA"]
TENANT = "00000000-0000-0000-0000-000000000000"
SUB = "00000000-0000-0000-0000-000000000001"
PER_WORKER = int(sys.argv[1]) if len(sys.argv) > 1 else 300
WORKERS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
DEADLINE = time.time() + 60
context = ssl.create_default_context(cafile=CA)


def connect():
    return http.client.HTTPSConnection(BASE.hostname, BASE.port, context=context, timeout=30)


def call(conn, method, path, body=None, token=None, form=False):
    headers = {"Content-Type": "application/x-www-form-urlencoded" if form else "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    return response.status, data


setup = connect()
status, data = call(setup, "POST", f"/{TENANT}/oauth2/v2.0/token",
                    "grant_type=client_credentials&client_id=load&client_secret=x"
                    "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default", form=True)
token = json.loads(data)["access_token"]
group = f"/subscriptions/{SUB}/resourcegroups/load"
call(setup, "PUT", group + "?api-version=2024-11-01", json.dumps({"location": "westus"}), token)
disk = group + "/providers/Microsoft.Compute/disks/d1?api-version=2025-01-02"
call(setup, "PUT", disk, json.dumps({"location": "westus", "properties": {
    "creationData": {"createOption": "Empty"}, "diskSizeGB": 4}}), token)

latencies = []
errors = []
lock = threading.Lock()


def worker(index):
    conn = connect()
    mine = []
    for i in range(PER_WORKER):
        if time.time() > DEADLINE:
            break
        kind = i % 3
        start = time.perf_counter()
        if kind == 0:
            status, _ = call(conn, "GET", disk, token=token)
        elif kind == 1:
            status, _ = call(conn, "GET", group + "/providers/Microsoft.Compute/disks?api-version=2025-01-02", token=token)
        else:
            status, _ = call(conn, "PUT", f"/subscriptions/{SUB}/resourcegroups/load-{index}-{i}?api-version=2024-11-01",
                             json.dumps({"location": "westus"}), token)
        mine.append(time.perf_counter() - start)
        if status >= 300:
            with lock:
                errors.append(status)
    with lock:
        latencies.extend(mine)


started = time.perf_counter()
threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - started
latencies.sort()
count = len(latencies)
p50 = latencies[count // 2] * 1000 if count else 0
p99 = latencies[min(count - 1, int(count * 0.99))] * 1000 if count else 0
print(f"load check: {count} requests ({WORKERS} connections, GET disk / list disks / PUT group) in {elapsed:.2f} s: "
      f"{count / elapsed:.0f} requests/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms, errors {len(errors)}")
sys.exit(1 if errors else 0)
