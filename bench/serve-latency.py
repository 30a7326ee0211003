#!/usr/bin/env python3
"""Time from saving a file to the live-reload event, with `digest serve --watch`.

    bench/serve-latency.py [--articles 10000] [--edits 20] [--digest target/release/digest]

Copies the generated digest corpus (bench/run.sh or gen_corpus.py makes it) to a scratch
folder on /dev/shm, starts the server on a free 127.0.0.1 port, listens to its event stream,
then: edits the body of --edits different articles one at a time, --pause seconds apart
(appending a sentence, as a writer fixing text would), and --template-edits times a template change; each time it measures
from just before the write to the arrival of the `reload` event. Also times a clean
`digest build` of the same corpus three times for comparison. Prints medians.
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import queue

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def events(addr, path, out):
    host, port = addr.rsplit(":", 1)
    s = socket.create_connection((host, int(port)))
    s.sendall(f"GET {path} HTTP/1.0\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n".encode())
    name = None
    for raw in s.makefile("rb"):
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line == "" and name:
            out.put((time.monotonic(), name))
            name = None


def wait_event(q, name, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        t, n = q.get(timeout=max(0.1, deadline - time.monotonic()))
        if n == name:
            return t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--template-edits", type=int, default=5)
    ap.add_argument("--pause", type=float, default=1.0,
                    help="seconds between edits (a writer's pause lets the search index catch up)")
    ap.add_argument("--build-runs", type=int, default=3,
                    help="clean builds to time for comparison (0 skips them)")
    ap.add_argument("--digest", default=os.path.join(ROOT, "target/release/digest"))
    ap.add_argument("--bench-dir", default=os.environ.get("BENCH_DIR", "/dev/shm/digest-bench"))
    a = ap.parse_args()

    corpus = os.path.join(a.bench_dir, f"digest-{a.articles}")
    if not os.path.isdir(corpus):
        sys.exit(f"no corpus at {corpus}: run bench/run.sh {a.articles} first (or gen_corpus.py)")
    site = os.path.join(a.bench_dir, f"serve-{a.articles}")
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(corpus, site)

    builds = []
    for _ in range(a.build_runs):
        out = os.path.join(a.bench_dir, "serve-build-out")
        shutil.rmtree(out, ignore_errors=True)
        t0 = time.monotonic()
        subprocess.run([a.digest, "build", "--root", site, "--output", out], check=True,
                       stdout=subprocess.DEVNULL)
        builds.append(time.monotonic() - t0)
        shutil.rmtree(out, ignore_errors=True)

    server = subprocess.Popen([a.digest, "serve", "--watch", "--port", "0", "--root", site],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = []
    url = None
    for line in server.stdout:
        log.append(line.rstrip())
        if "http://" in line:
            url = line[line.index("http://"):].split()[0]
            break
    threading.Thread(target=lambda: [log.append(l.rstrip()) for l in server.stdout], daemon=True).start()
    addr = url[len("http://"):].split("/")[0]
    base = "/" + url[len("http://"):].split("/", 1)[1]
    q = queue.Queue()
    threading.Thread(target=events, args=(addr, base + "__digest/events", q), daemon=True).start()
    assert q.get(timeout=30)[1] == "ok"
    try:
        files = sorted(os.listdir(os.path.join(site, "content")))
        edits = []
        for k in range(a.edits):
            path = os.path.join(site, "content", files[(97 + 389 * k) % len(files)])
            text = open(path, encoding="utf-8").read()
            t0 = time.monotonic()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text.rstrip("\n") + f" Kalimat tambahan nomor {k}.\n")
            edits.append(wait_event(q, "reload") - t0)
            time.sleep(a.pause)
        templates = []
        os.makedirs(os.path.join(site, "templates"), exist_ok=True)
        for k in range(a.template_edits):
            t0 = time.monotonic()
            with open(os.path.join(site, "templates", "404.html"), "w") as f:
                f.write('{% extends "base.html" %}{% block main %}<p>Tidak ada ' + str(k) + '</p>{% endblock main %}')
            templates.append(wait_event(q, "reload", timeout=120) - t0)
            time.sleep(0.5)
        # The server's peak memory, to compare with a clean build's (Linux only).
        server_peak = None
        try:
            with open(f"/proc/{server.pid}/status") as f:
                server_peak = next((l.split()[1] for l in f if l.startswith("VmHWM:")), None)
        except OSError:
            pass
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(site, ignore_errors=True)

    ms = lambda xs: f"{statistics.median(xs) * 1000:.0f} ms"
    print(f"articles: {a.articles}")
    if builds:
        print(f"clean build ({len(builds)} runs): median {ms(builds)}")
    print(f"article body edit → reload event ({len(edits)} edits): median {ms(edits)}, "
          f"min {min(edits)*1000:.0f} ms, max {max(edits)*1000:.0f} ms")
    print(f"template edit → reload event ({len(templates)} edits): median {ms(templates)}")
    if server_peak:
        print(f"server peak RSS after the edits: {int(server_peak) / 1024:.0f} MiB")
    print("server's own lines for the first edits:")
    for line in [l for l in log if "changed →" in l or "search index" in l][:4]:
        print("  " + line)
    search = [int(l.split(" in ")[-1].split()[0]) for l in log if "search index updated" in l]
    if search:
        print(f"search index catch-up after a pause ({len(search)} times): median {statistics.median(search):.0f} ms")


if __name__ == "__main__":
    main()
