#!/usr/bin/env python3
"""Regenerates the v3-trades-*.json fixtures (Polygon /v3/trades response format): 3 minutes of market time
(2024-01-02 14:30:00-14:33:00 UTC) for three tickers, deterministic. Run: python3 generate.py"""
import json, random

START_MS = 1704205800000  # 2024-01-02T14:30:00Z
SPAN_MS = 180_000
rng = random.Random(7)
seq = 1000
for ticker, n, price in (("AAPL", 600, 185.0), ("MSFT", 400, 370.0), ("TSLA", 300, 248.0)):
    times = sorted(rng.sample(range(START_MS, START_MS + SPAN_MS), n))
    results = []
    for k, t in enumerate(times):
        price = round(price * (1 + rng.gauss(0, 0.0004)), 2)
        odd = rng.random() < 0.25
        size = rng.randint(1, 99) if odd else 100 * rng.randint(1, 5)
        cond = [12, 37] if odd and rng.random() < 0.1 else ([37] if odd else ([14, 41] if rng.random() < 0.2 else []))
        ex = rng.choice([4, 4, 11, 12, 15, 19, 8])
        seq += rng.randint(1, 40)
        s = seq
        if k > 0 and rng.random() < 0.03:
            s = seq - rng.randint(50, 200)  # a late print: sequence number behind the previous one
        r = {"conditions": cond, "exchange": ex, "id": str(rng.randint(1, 99999)) if ex != 4 else str(52983525000000 + k),
             "participant_timestamp": t * 1_000_000 - rng.randint(1000, 900000), "price": price,
             "sequence_number": s, "sip_timestamp": t * 1_000_000, "size": size, "tape": 3 if ticker != "AAPL" else 3}
        if not cond:
            del r["conditions"]
        if ex == 4:
            r["trf_id"] = rng.choice([201, 202, 203])
            r["trf_timestamp"] = t * 1_000_000 - rng.randint(1000, 50000)
        if odd and rng.random() < 0.2:
            r["decimal_size"] = f"{size}.{rng.randint(1, 999999):06d}".rstrip("0")
        results.append(r)
    with open(f"v3-trades-{ticker}.json", "w") as f:
        json.dump({"results": results, "status": "OK", "request_id": f"fixture-{ticker}"}, f, separators=(",", ":"))
