"""Refuse and record network use: DNS look-ups and IP connections, for the no-network check."""

from __future__ import annotations

import errno
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

REFUSAL = "network access is not allowed under the claimdiff conformance kit"
_LOOKUPS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr")
_METHODS = ("connect", "connect_ex", "sendto")


@dataclass
class Attempt:
    call: str
    target: str
    during: str


@dataclass
class NetworkGuard:
    """While installed, every look-up or IP connection is recorded and fails with an OSError.

    Local (AF_UNIX) sockets stay allowed: they are not network.  ``during`` names what was running.
    """

    during: Callable[[], str] = lambda: "unknown"
    attempts: list[Attempt] = field(default_factory=list)
    _saved: dict[tuple[Any, str], Any] = field(default_factory=dict)

    def install(self) -> None:
        if self._saved:
            return
        for name in _LOOKUPS:
            self._patch(socket, name, self._refuse_lookup(name))
        for name in _METHODS:
            original = getattr(socket.socket, name)
            self._patch(socket.socket, name, self._refuse_method(name, original))

    def uninstall(self) -> None:
        for (owner, name), original in self._saved.items():
            setattr(owner, name, original)
        self._saved.clear()

    def _patch(self, owner: Any, name: str, replacement: Any) -> None:
        self._saved[(owner, name)] = getattr(owner, name)
        setattr(owner, name, replacement)

    def _record(self, call: str, target: Any) -> None:
        self.attempts.append(Attempt(call, _describe(target), self.during()))

    def _refuse_lookup(self, name: str) -> Callable[..., Any]:
        def refuse(host: Any = None, *args: Any, **kwargs: Any) -> Any:
            self._record(name, host)
            raise socket.gaierror(socket.EAI_NONAME, REFUSAL)

        return refuse

    def _refuse_method(self, name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def refuse(sock: socket.socket, *args: Any, **kwargs: Any) -> Any:
            if sock.family not in (socket.AF_INET, socket.AF_INET6):
                return original(sock, *args, **kwargs)
            self._record(name, args[-1] if args else None)
            raise OSError(errno.ENETUNREACH, REFUSAL)

        return refuse


def _describe(target: Any) -> str:
    if isinstance(target, tuple) and len(target) >= 2:
        return f"{target[0]}:{target[1]}"
    if isinstance(target, bytes):
        return target.decode("ascii", "replace")
    return str(target)


@contextmanager
def no_network(during: Callable[[], str] = lambda: "unknown") -> Iterator[NetworkGuard]:
    """Install a :class:`NetworkGuard` for the duration of the block."""
    guard = NetworkGuard(during)
    guard.install()
    try:
        yield guard
    finally:
        guard.uninstall()
