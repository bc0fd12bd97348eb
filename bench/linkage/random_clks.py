#!/usr/bin/env python3
"""Random CLKs of a given density: usage random_clks.py N BITS DENSITY SEED OUT.json"""
import base64
import json
import random
import sys

n, bits, density, seed, out = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
rng = random.Random(seed)
clks = []
for _ in range(n):
    if density == 0.5:
        b = rng.getrandbits(bits).to_bytes(bits // 8, "big")
    else:
        v = 0
        for i in range(bits):
            if rng.random() < density:
                v |= 1 << i
        b = v.to_bytes(bits // 8, "big")
    clks.append(base64.b64encode(b).decode())
with open(out, "w") as f:
    json.dump({"clks": clks}, f)
