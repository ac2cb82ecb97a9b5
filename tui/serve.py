"""The explorer in a web browser, through textual-serve: each browser tab runs one explorer
process on the database, drawn by Textual's web driver.

Every page and the socket that drives the explorer sit under a secret token in the URL
(``/<token>/``): whoever lacks it gets 404, so a port open on a shared machine (or, with
``--allow-remote``, on a network) runs nothing for a stranger. The pages' links are made
from the address the browser used, so the URL works whatever name reaches the server.
"""

from __future__ import annotations

import asyncio
import signal
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

from bilat.store import UsageError


class TokenServer(Server):
    """textual-serve's server with its routes under ``/<token>/``."""

    def __init__(self, command: str, *, host: str, port: int, token: str) -> None:
        super().__init__(command, host=host, port=port, title="bilat")
        self.token = token

    async def _make_app(self) -> web.Application:
        app = web.Application()
        aiohttp_jinja2.setup(app, loader=_templates(self.templates_path))
        prefix = f"/{self.token}"
        app.add_routes(
            [
                web.get(f"{prefix}/", self.handle_index, name="index"),
                web.get(f"{prefix}/ws", self.handle_websocket, name="websocket"),
                web.get(prefix + "/download/{key}", self.handle_download, name="download"),
                web.static(f"{prefix}/static", self.statics_path, name="static"),
            ]
        )
        return app

    async def handle_index(self, request: web.Request) -> web.Response:
        """The page, its links made from the address the browser asked for."""
        base = f"{request.scheme}://{request.host}"
        router = request.app.router
        static = f"{base}{router['static'].url_for(filename='/')}".rstrip("/") + "/"
        socket = f"{base}{router['websocket'].url_for()}"
        scheme = "wss:" if request.scheme == "https" else "ws:"
        context: dict[str, Any] = {
            "font_size": 16,
            "app_websocket_url": scheme + socket.split(":", 1)[1],
            "config": {"static": {"url": static}},
            "application": {"name": self.title},
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def run(self) -> None:
        """Listen, say the URL once (only when listening: a port taken is an error, not
        a URL that leads nowhere), serve until Ctrl+C or SIGTERM, then close every
        explorer's socket (each explorer process then ends)."""
        runner = web.AppRunner(await self._make_app())
        await runner.setup()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        try:
            site = web.TCPSite(runner, self.host, self.port)
            try:
                await site.start()
            except OSError as exc:
                raise UsageError(
                    f"cannot listen on {self.host} port {self.port}: "
                    f"{exc.strerror or exc}; choose another with --port"
                ) from None
            shown = "127.0.0.1" if self.host == "localhost" else self.host
            print(f"bilat: serving the explorer at http://{shown}:{self.port}/{self.token}/")
            print("bilat: press Ctrl+C to stop", flush=True)
            await stop.wait()
        finally:
            await runner.cleanup()


def _templates(path: Any) -> Any:
    import jinja2

    return jinja2.FileSystemLoader(path)


def serve(command: str, *, host: str, port: int, token: str) -> None:
    asyncio.run(TokenServer(command, host=host, port=port, token=token).run())
