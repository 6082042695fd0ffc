"""A TCP proxy of the tests' own between a sync and PostgreSQL, to make the network faults a
station meets in the field: the line cut (connections reset and new ones refused), a blackhole
(nothing passes either way, as when a cable is pulled: only the client's timeouts notice), one
way stalled or dropped (the server's answers held back or lost while the station's statements
still reach it), flapping, and latency.

Faults can be timed to the protocol: `on(pattern, action)` runs `action` when the client sends
(or the server answers with) bytes containing `pattern` for the n-th time, before those bytes
are passed on: `on(b"INSERT INTO sync_batches", proxy.cut)` cuts a push before the server sees
its batch; `on(b"COMMIT", proxy.stall_down)` lets the server commit and loses its answer.

Threads, one pair per connection: small and easy to reason about; tests make few connections.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import make_url

UP, DOWN = "up", "down"  # client -> server, server -> client
PASS, STALL, DROP = "pass", "stall", "drop"
TAIL = 128  # bytes kept from the previous chunk, so a pattern split between chunks is seen


@dataclass
class _Rule:
    pattern: bytes
    action: Callable[[], None]
    direction: str
    nth: int
    seen: int = 0


class _Pair:
    """One client connection and its connection to the server."""

    def __init__(self, client: socket.socket, server: socket.socket) -> None:
        self.client, self.server = client, server
        self.closed = False
        self.lost_bytes = False  # a direction dropped data: the stream is broken for good

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for sock in (self.client, self.server):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class Proxy:
    """Listens on a free loopback port and forwards to `target_port`; `url(url)` is the
    address of the same server through the proxy."""

    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        self._cond = threading.Condition()
        self._pairs: set[_Pair] = set()
        self._rules: list[_Rule] = []
        self._state = {UP: PASS, DOWN: PASS}
        self.refusing = False  # new connections are closed at once
        self.delay = 0.0  # seconds added before each chunk is passed on
        self.connections = 0  # accepted so far
        self.resets = 0  # connections reset by a cut or a flap
        self.sent = 0  # chunks the clients sent
        self._flap_every = self._flap_count = 0
        self._stopped = False
        threading.Thread(target=self._accept, name="proxy-accept", daemon=True).start()

    def url(self, url: str) -> str:
        return make_url(url).set(host="127.0.0.1", port=self.port).render_as_string(
            hide_password=False)

    # --- faults -------------------------------------------------------------------------

    def cut(self) -> None:
        """The line goes: every connection is reset, new ones are refused until `heal`."""
        with self._cond:
            self.refusing = True
            pairs = list(self._pairs)
            self.resets += len(pairs)
            self._cond.notify_all()
        for pair in pairs:
            pair.close()

    def blackhole(self) -> None:
        """Nothing passes either way and nothing is reset (a pulled cable): live connections
        hang and new ones never get an answer, until `heal`."""
        self._set(UP, STALL)
        self._set(DOWN, STALL)

    def stall_down(self) -> None:
        """The server's answers are held back (delivered at `heal`); the station's statements
        still reach the server."""
        self._set(DOWN, STALL)

    def drop_down(self) -> None:
        """The server's answers are lost; the station's statements still reach the server.
        A connection that lost bytes is broken: `heal` closes it."""
        self._set(DOWN, DROP)

    def heal(self) -> None:
        """Everything passes again; connections that lost bytes are closed."""
        with self._cond:
            self.refusing = False
            self._state = {UP: PASS, DOWN: PASS}
            self.delay = 0.0
            broken = [p for p in self._pairs if p.lost_bytes]
            self._cond.notify_all()
        for pair in broken:
            pair.close()

    @contextmanager
    def flapping(self, every: int) -> Iterator[None]:
        """While the block runs, the line drops after every `every` chunks the client sends:
        every connection is reset, and new ones go through again (a line that keeps going and
        coming back, timed by the traffic so that a test replays it exactly)."""
        with self._cond:
            self._flap_every, self._flap_count = every, 0
        try:
            yield
        finally:
            with self._cond:
                self._flap_every = 0

    def on(self, pattern: bytes, action: Callable[[], None], direction: str = UP,
           nth: int = 1) -> None:
        """Run `action` once, when bytes containing `pattern` pass in `direction` for the
        `nth` time (before they are passed on, so a cut or a stall keeps them)."""
        assert len(pattern) < TAIL
        with self._cond:
            self._rules.append(_Rule(pattern, action, direction, nth))

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            pairs = list(self._pairs)
            self._cond.notify_all()
        self.listener.close()
        for pair in pairs:
            pair.close()

    # --- forwarding ---------------------------------------------------------------------

    def _set(self, direction: str, state: str) -> None:
        with self._cond:
            self._state[direction] = state
            self._cond.notify_all()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # stopped
            with self._cond:
                self.connections += 1
                refuse = self.refusing or self._stopped
            if refuse:
                client.close()
                continue
            try:
                server = socket.create_connection(self.target, timeout=10)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            pair = _Pair(client, server)
            with self._cond:
                self._pairs.add(pair)
            for src, dst, direction in ((client, server, UP), (server, client, DOWN)):
                threading.Thread(target=self._pump, args=(pair, src, dst, direction),
                                 name=f"proxy-{direction}", daemon=True).start()

    def _pump(self, pair: _Pair, src: socket.socket, dst: socket.socket, direction: str) -> None:
        tail = b""
        try:
            while not pair.closed:
                try:
                    data = src.recv(65536)
                except OSError:
                    break
                if not data:
                    break
                self._fire(direction, tail, data)
                if direction == UP:
                    self._flap()
                tail = (tail + data)[-TAIL:]
                if not self._deliver(pair, dst, direction, data):
                    break
        finally:
            pair.close()
            with self._cond:
                self._pairs.discard(pair)

    def _deliver(self, pair: _Pair, dst: socket.socket, direction: str, data: bytes) -> bool:
        """Pass `data` on as the state of `direction` says; False once the pair is closed."""
        with self._cond:
            while self._state[direction] == STALL and not pair.closed:
                self._cond.wait()
            if pair.closed:
                return False
            if self._state[direction] == DROP:
                pair.lost_bytes = True
                return True
            delay = self.delay
        if delay:
            time.sleep(delay)
        try:
            dst.sendall(data)
        except OSError:
            return False
        return True

    def _flap(self) -> None:
        with self._cond:
            self.sent += 1
            self._flap_count += 1
            if not self._flap_every:
                return
            if self._flap_count % self._flap_every:
                return
            pairs = list(self._pairs)
            self.resets += len(pairs)
        for pair in pairs:
            pair.close()

    def _fire(self, direction: str, tail: bytes, data: bytes) -> None:
        window = tail + data
        due: list[_Rule] = []
        with self._cond:
            for rule in self._rules:
                if rule.direction != direction:
                    continue
                start = max(0, len(tail) - len(rule.pattern) + 1)  # new occurrences only
                while (found := window.find(rule.pattern, start)) >= 0:
                    rule.seen += 1
                    start = found + 1
                    if rule.seen == rule.nth:
                        due.append(rule)
            for rule in due:
                self._rules.remove(rule)
        for rule in due:
            rule.action()
