#!/usr/bin/env python3
"""Turn Natural Earth 1:110m admin-0 countries (GeoJSON, public domain) into
`world_110m_paths.tsv`: one line per country, `iso3 TAB name TAB svg-path`,
in an equirectangular projection (x = longitude, y = -latitude, degrees),
coordinates rounded to 0.1 degree, Antarctica left out. Palermo's web
choropleth draws these paths.

    python3 data/geo/make_world_paths.py ne_110m_admin_0_countries.geojson > data/geo/world_110m_paths.tsv
"""
import json
import sys


def ring_path(ring):
    pts = []
    for lon, lat in ring:
        p = (round(lon, 1), round(-lat, 1))
        if not pts or pts[-1] != p:
            pts.append(p)
    if len(pts) < 3:
        return ""
    fmt = lambda v: ("%.1f" % v).rstrip("0").rstrip(".")
    return "M" + "L".join(fmt(x) + " " + fmt(y) for x, y in pts) + "Z"


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    out = []
    for f in data["features"]:
        p = f["properties"]
        iso3 = p.get("ISO_A3_EH")
        if not iso3 or iso3 == "-99":
            iso3 = p.get("ADM0_A3")
        if iso3 == "ATA":
            continue
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        d = "".join(ring_path(r) for poly in polys for r in poly)
        if d:
            out.append((iso3, p.get("NAME") or p.get("ADMIN"), d))
    for iso3, name, d in sorted(out):
        sys.stdout.write(f"{iso3}\t{name}\t{d}\n")


if __name__ == "__main__":
    main()
