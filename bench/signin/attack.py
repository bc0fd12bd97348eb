#!/usr/bin/env python3
"""Sign-in hammering for bench/signin.sh (issue #12): N clients, each from its own loopback
address (127.0.1.1, 127.0.1.2, ... or all from one with --one-address), loop for D seconds:
GET /login (its CSRF cookie and token), POST /login with a wrong password for one account.
Prints the answers by status and the attempts per second. Loopback only; bounded in time."""
import argparse, http.client, re, sys, threading, time, urllib.parse
from collections import Counter

def client(port, ip, deadline, email, counts, lock):
    local = Counter()
    while time.time() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(ip, 0))
            c.request("GET", "/login")
            r = c.getresponse(); body = r.read().decode()
            cookie = [v for k, v in r.getheaders() if k.lower() == "set-cookie" and v.startswith("__Host-palermo-login=")]
            m = re.search(r'name="csrf" value="([0-9a-f]+)"', body)
            if not cookie or not m:
                local["bad form"] += 1; c.close(); continue
            form = urllib.parse.urlencode({"csrf": m.group(1), "email": email, "password": "wrong password guess", "code": ""})
            c.request("POST", "/login", body=form, headers={
                "Cookie": cookie[0].split(";")[0],
                "Content-Type": "application/x-www-form-urlencoded"})
            r = c.getresponse(); r.read(); local[r.status] += 1
            c.close()
        except Exception as e:  # a refused or reset connection counts, never stops the run
            local[type(e).__name__] += 1
    with lock:
        counts.update(local)

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--seconds", type=float, default=30)
    p.add_argument("--email", default="victim@example.org")
    p.add_argument("--one-address", action="store_true")
    a = p.parse_args()
    deadline = time.time() + a.seconds
    counts, lock = Counter(), threading.Lock()
    ips = ["127.0.0.1" if a.one_address else f"127.0.1.{i + 1}" for i in range(a.clients)]
    ts = [threading.Thread(target=client, args=(a.port, ip, deadline, a.email, counts, lock)) for ip in ips]
    t0 = time.time()
    for t in ts: t.start()
    for t in ts: t.join()
    n = sum(counts.values())
    print(f"    attackers: {n} sign-in attempts in {time.time() - t0:.0f} s ({n / (time.time() - t0):.0f}/s): "
          + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=str)))

if __name__ == "__main__":
    sys.exit(main())
