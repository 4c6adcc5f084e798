#!/usr/bin/env python3
"""A minimal, fast webhook receiver for the benchmark.

Answers every POST with 204 and appends "<arrival unix ms> <webhook-id> <occurred_at>" to the
output file. HTTP/1.1 keep-alive, Content-Length bodies only (what the server sends).

    receiver.py PORT OUTPUT_FILE
"""
import asyncio
import json
import sys
import time


async def handle(reader, writer, out):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            headers = {}
            for line in head.split(b"\r\n")[1:]:
                if b":" in line:
                    name, value = line.split(b":", 1)
                    headers[name.strip().lower()] = value.strip()
            body = await reader.readexactly(int(headers.get(b"content-length", b"0")))
            arrived = time.time() * 1000
            writer.write(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")
            occurred = json.loads(body).get("occurred_at", "")
            out.write(f"{arrived:.1f} {headers.get(b'webhook-id', b'').decode()} {occurred}\n")
    except (asyncio.IncompleteReadError, ConnectionResetError):
        pass
    finally:
        writer.close()


async def main():
    port, path = int(sys.argv[1]), sys.argv[2]
    with open(path, "w", buffering=1) as out:
        server = await asyncio.start_server(lambda r, w: handle(r, w, out), "127.0.0.1", port)
        async with server:
            await server.serve_forever()


asyncio.run(main())
