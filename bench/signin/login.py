#!/usr/bin/env python3
"""Signs in once (bench/signin.sh) and prints the session cookie's value."""
import http.client, re, sys, urllib.parse
port, email, password = int(sys.argv[1]), sys.argv[2], sys.argv[3]
c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
c.request("GET", "/login"); r = c.getresponse(); body = r.read().decode()
cookie = [v for k, v in r.getheaders() if k.lower() == "set-cookie"][0].split(";")[0]
csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', body).group(1)
c.request("POST", "/login", body=urllib.parse.urlencode({"csrf": csrf, "email": email, "password": password}),
          headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
r = c.getresponse(); r.read()
s = [v for k, v in r.getheaders() if k.lower() == "set-cookie" and v.startswith("__Host-palermo-session=")]
if r.status != 303 or not s:
    sys.exit(f"sign-in failed: {r.status}")
print(s[0].split(";")[0].split("=", 1)[1])
