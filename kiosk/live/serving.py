"""The metrics served on this machine only (``kiosk config --metrics-port N``): Prometheus's text format at
``http://127.0.0.1:N/metrics``, made fresh for each scrape on the server's own thread.

The standard library's ``http.server`` rather than ``prometheus_client``'s: the kiosk writes the text format
itself (``kiosk.live.metrics``, the same text as the textfile), so all a scrape needs is one GET answered with it;
``prometheus_client`` would ask for the facts to be re-declared as its collectors and stay a runtime dependency.
"""
from __future__ import annotations

import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

LOCALHOST = "127.0.0.1"  # never another interface: a kiosk in a public hall opens no port to the network
PATH = "/metrics"
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"  # Prometheus's text exposition format


def serve_metrics(port: int, text: Callable[[], str]) -> ThreadingHTTPServer:
    """Serves ``text()`` at ``PATH`` on ``LOCALHOST:port`` from a daemon thread until ``shutdown()``; ``OSError``
    when the port is taken."""

    class Metrics(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802  (the name http.server calls)
            if self.path.split("?")[0] != PATH:
                self.send_error(HTTPStatus.NOT_FOUND, f"the metrics are at {PATH}")
                return
            body = text().encode("utf-8")
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", CONTENT_TYPE)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """A scrape each 15 s is not worth a log line."""

    server = ThreadingHTTPServer((LOCALHOST, port), Metrics)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="wegweiser-metrics", daemon=True).start()
    return server
