"""Python's JSON readers on the corpus the harness reads (../shared/corpus/templates): orjson and the
standard json module, median of N runs, in MB/s — printed in the harness's phase format so that
scripts/bench.sh can compare Armlet's reader with them in the same run. Files that do not parse (JSON
with comments, YAML) are counted and skipped, as the harness's Foundation phase skips them."""
import json
import os
import statistics
import sys
import time

try:
    import orjson
except ImportError:
    orjson = None

folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/templates"
repetitions = int(sys.argv[2]) if len(sys.argv) > 2 else 5
files = []
for root, _, names in os.walk(folder):
    for name in sorted(names):
        if name.endswith((".json", ".jsonc", ".yaml", ".yml")):
            with open(os.path.join(root, name), "rb") as handle:
                files.append(handle.read())
total = sum(len(data) for data in files)


def measure(name, load):
    times, ok = [], 0
    for _ in range(repetitions):
        ok = 0
        start = time.perf_counter()
        for data in files:
            try:
                load(data)
                ok += 1
            except Exception:
                pass
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"{name:<34} median {median * 1000:8.2f} ms  best {min(times) * 1000:8.2f} ms  cpu {median * 1000:8.2f} ms  "
          f"{total / 1e6 / median:8.1f} MB/s  {len(files) / median:9.0f} items/s  (n={repetitions}, check {ok})")


if orjson is not None:
    measure("read JSON (Python orjson)", orjson.loads)
measure("read JSON (Python json)", json.loads)
