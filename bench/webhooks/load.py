#!/usr/bin/env python3
"""Paced load for the webhook benchmark: POSTs contacts at a fixed rate over keep-alive
connections and reports what the API achieved.

    load.py URL API_KEY RATE SECONDS CONNECTIONS

Prints one JSON object: sent, created (201s), errors, achieved rate, p50/p99 latency in ms.
"""
import asyncio
import json
import sys
import time
from urllib.parse import urlsplit


async def worker(host, port, path, key, schedule, results):
    reader, writer = await asyncio.open_connection(host, port)
    body = b'{"firstName":"Hook","lastName":"Bench","email":"hook@example.com"}'
    head = (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nX-API-Key: {key}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    while True:
        try:
            due = schedule.get_nowait()
        except asyncio.QueueEmpty:
            break
        delay = due - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        started = time.monotonic()
        writer.write(head + body)
        response = await reader.readuntil(b"\r\n\r\n")
        status = int(response.split(b" ", 2)[1])
        length = 0
        for line in response.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        await reader.readexactly(length)
        results.append((status, (time.monotonic() - started) * 1000))
    writer.close()


async def main():
    url, key, rate, seconds, connections = sys.argv[1], sys.argv[2], float(sys.argv[3]), \
        float(sys.argv[4]), int(sys.argv[5])
    parts = urlsplit(url)
    schedule = asyncio.Queue()
    start = time.monotonic() + 0.2
    for i in range(int(rate * seconds)):
        schedule.put_nowait(start + i / rate)
    results = []
    began = time.monotonic()
    await asyncio.gather(*(worker(parts.hostname, parts.port, parts.path, key, schedule, results)
                           for _ in range(connections)))
    elapsed = time.monotonic() - began
    latencies = sorted(ms for status, ms in results)
    created = sum(1 for status, _ in results if status == 201)
    print(json.dumps({
        "sent": len(results), "created": created, "errors": len(results) - created,
        "rate": round(created / elapsed, 1),
        "p50_ms": round(latencies[len(latencies) // 2], 2) if latencies else None,
        "p99_ms": round(latencies[int(len(latencies) * 0.99)], 2) if latencies else None,
    }))


asyncio.run(main())
