#!/usr/bin/env python3
"""A webhook receiver to try Remedy's webhooks with: prints every delivery and whether its signature is valid.

    REMEDY_WEBHOOK_SECRET=whsec_... python3 docs/examples/webhook-receiver.py [port, default 9999]

It checks the signature as the Standard Webhooks specification says (HMAC-SHA256 over id.timestamp.body, keyed with
the secret after "whsec_", Base64-decoded), with the standard library only, and answers 204 to a valid delivery and
400 to any other. Listens on 127.0.0.1 only. For a real endpoint use a library of the specification
(docs/integrators.md, "Verify the signature"), which also rejects old timestamps.
"""
import base64
import hashlib
import hmac
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

KEY = base64.b64decode(os.environ["REMEDY_WEBHOOK_SECRET"].removeprefix("whsec_"))


class Receiver(BaseHTTPRequestHandler):

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        signed = f'{self.headers.get("webhook-id")}.{self.headers.get("webhook-timestamp")}.'.encode() + body
        expected = base64.b64encode(hmac.new(KEY, signed, hashlib.sha256).digest()).decode()
        # "v1,<signature>", several separated by spaces after a rotation
        given = [s.split(",", 1)[-1] for s in self.headers.get("webhook-signature", "").split()]
        valid = any(hmac.compare_digest(expected, s) for s in given)
        print(f'{self.headers.get("webhook-id")}: signature {"valid" if valid else "INVALID"}: {body.decode()}',
              flush=True)
        self.send_response(204 if valid else 400)
        self.end_headers()

    def log_message(self, format, *args):
        pass  # the line above says it all


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 9999
    print(f"listening on http://127.0.0.1:{port}/", flush=True)
    HTTPServer(("127.0.0.1", port), Receiver).serve_forever()
