"""Where SMS and WhatsApp reminders go: the `ReminderProvider` interface, a generic HTTP provider and a file.

`HttpProvider` POSTs JSON {to, body, channel, reference} with a bearer token to the configured URL
(Twilio-like gateways and the branch's own relay accept that shape) and reads the provider's id
from the answer's "id" (or "sid"). A 4xx answer is final (the number or the text was refused);
a 5xx answer, a timeout or a refused connection may pass, and is retried. `reference` is the same
on every retry of a message, so a provider that deduplicates never delivers it twice.
`FileProvider` appends one JSON line per message to a file in the data directory (no network).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Protocol

import aiohttp

FILE_NAME = "reminders-sent.jsonl"


class ProviderError(Exception):
    """The provider did not take a message; `retry` says whether trying again later may help."""

    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


class ReminderProvider(Protocol):
    """Sends one SMS or WhatsApp message and returns the provider's id for it (on the server loop)."""

    async def send(self, *, channel: str, to: str, body: str, reference: str) -> str: ...

    async def close(self) -> None: ...


class HttpProvider:
    """A JSON POST per message to `url` with `Authorization: Bearer <token>` (server loop)."""

    def __init__(self, url: str, token: str, *, sender: str = "", timeout_s: float = 20.0) -> None:
        self.url, self._token, self._sender = url, token, sender
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._session: aiohttp.ClientSession | None = None

    async def send(self, *, channel: str, to: str, body: str, reference: str) -> str:
        """POST the message; the provider's id, or ProviderError."""
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        payload = {"to": to, "body": body, "channel": channel, "reference": reference}
        if self._sender:
            payload["from"] = self._sender
        try:
            async with self._session.post(self.url, json=payload, headers=headers) as response:
                text = await response.text()
                if response.status >= 500:
                    raise ProviderError(f"HTTP {response.status}: {text[:300]}", retry=True)
                if response.status >= 400:
                    raise ProviderError(f"HTTP {response.status}: {text[:300]}", retry=False)
                try:
                    answer = json.loads(text) if text else {}
                except ValueError:
                    answer = {}
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            raise ProviderError(f"{type(exc).__name__}: {exc}", retry=True) from exc
        found = answer.get("id") or answer.get("sid") if isinstance(answer, dict) else None
        return str(found) if found else reference

    async def close(self) -> None:
        """Close the HTTP connections."""
        if self._session is not None:
            await self._session.close()
            self._session = None


class FileProvider:
    """Appends each message as a JSON line to `path` (server loop; the write is small and local)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    async def send(self, *, channel: str, to: str, body: str, reference: str) -> str:
        """Append the line; the reference is the id."""
        line = json.dumps({"channel": channel, "to": to, "body": body, "reference": reference}, ensure_ascii=False)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
        return reference

    async def close(self) -> None:
        """Nothing to close."""
