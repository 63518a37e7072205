"""The QGIS transport: every Vantage request through QGIS's network stack.

``QgisTransport`` implements :class:`vantage_plugin.core.api.transport.Transport` on
``QgsNetworkAccessManager`` so QGIS's proxy, SSL and timeout settings apply. Each request runs in a
``QThread`` worker with its own event loop; Qt timers only work in threads started by ``QThread``, so
plain Python threads (the workflow's ``ThreadPoolExecutor``) hand each request to a small pool of
workers owned by the transport and wait for it. Each worker gets its own ``QgsNetworkAccessManager``
(QGIS copies the main one's proxy/SSL setup). Cancelling (a ``QgsFeedback`` or ``is_cancelled``), the
deadline and the size limit abort the reply from that same thread. (``QgsBlockingNetworkRequest`` was
dropped: its feedback-driven abort can delete the reply before it finishes, and then never returns.)
``serialize=True`` sends one request at a time.
Call :meth:`QgisTransport.close` when done (also done at exit).

Qt re-sends a request by itself when the server closes the connection before any byte of the reply
(``QHttpNetworkConnectionChannel::_q_error``: ``RemoteHostClosedError`` while waiting → ``closeAndResend
CurrentRequest``, up to 3 times) — for a ``make_job`` that the server had already processed, that is a
second paid job. A re-send must first rewind the upload data (``resetUploadData``); when the upload device
cannot rewind, Qt fails the request with ``ContentReSendError`` instead. So every request with a body is
uploaded from :class:`_SendOnce`, a sequential device that refuses to rewind once read, with
``DoNotBufferUploadDataAttribute`` (Qt must not keep its own rewindable copy) and an explicit
``Content-Length``: the request leaves at most once, and the client decides what to do (look the job up).

A finished request's upload device is disconnected from everything (GIL held) before the reply and it go
to ``deleteLater``: see :func:`_release` for the deadlock between workers this prevents.

Replies larger than ``max_reply_bytes`` are aborted while they arrive (declared ``Content-Length`` or bytes
received so far), never read whole into memory.

No credentials are handled here: the client puts the Bearer/Basic header on each request, and that
header is never logged.
"""

from __future__ import annotations

import queue
import threading
import time
import weakref
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Callable, Mapping, Optional

from qgis.core import QgsFeedback, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QEventLoop, QIODevice, QThread, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.api.transport import MAX_REPLY_BYTES, Response, TransportError, reply_too_large

#: Errors raised before anything reached the server: repeating any request is then safe.
_NOT_SENT = {
    QNetworkReply.NetworkError.ConnectionRefusedError,
    QNetworkReply.NetworkError.HostNotFoundError,
    QNetworkReply.NetworkError.ProxyConnectionRefusedError,
    QNetworkReply.NetworkError.ProxyNotFoundError,
    QNetworkReply.NetworkError.SslHandshakeFailedError,
    QNetworkReply.NetworkError.ProxyAuthenticationRequiredError,
}


class _SendOnce(QIODevice):
    """A request body that can be read once and never rewound, so Qt cannot re-send it by itself."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = bytes(data)
        self._pos = 0
        self.open(QIODevice.OpenModeFlag.ReadOnly)

    def isSequential(self) -> bool:
        return True

    def size(self) -> int:
        return len(self._data)

    def bytesAvailable(self) -> int:
        return len(self._data) - self._pos + super().bytesAvailable()

    def atEnd(self) -> bool:
        return self._pos >= len(self._data)

    def readData(self, maxlen: int) -> bytes:
        chunk = self._data[self._pos:self._pos + maxlen]
        self._pos += len(chunk)
        return chunk

    def writeData(self, data: bytes) -> int:
        return -1

    def reset(self) -> bool:
        return self._pos == 0  # rewinding after the body has left would mean sending it twice


class _Worker(QThread):
    def __init__(self, jobs: queue.Queue) -> None:
        super().__init__()
        self.jobs = jobs

    def run(self) -> None:
        while True:
            item = self.jobs.get()
            if item is None:
                return
            function, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(function())
            except BaseException as error:  # noqa: BLE001 - handed to the waiting caller, who raises it
                future.set_exception(error)


def _release(reply, upload) -> None:
    """Hand a finished reply and its upload device to ``deleteLater``, the upload device cut off first.

    The deferred deletes run later in this worker's event loop, without the GIL. Destroying the reply
    (its upload byte device) used to disconnect it from the ``_SendOnce`` there, and Qt's ``~QObject``
    calls ``disconnectNotify`` on the sender while holding one of its pooled signal/slot mutexes; the
    ``_SendOnce`` is a Python-made object, so sip takes the GIL for that virtual call (even once the
    Python wrapper is gone). Another worker holding the GIL while it takes that same mutex (PyQt keeps
    the GIL in ``manager.post``/``get``, and while destroying a Python-owned ``QTimer``) then waits for
    ever: a deadlock. Disconnecting the ``_SendOnce`` here, with the GIL held and the reply finished,
    leaves no connection to it for those destructors to undo.
    """
    if reply is not None and not reply.isFinished():
        reply.abort()  # only when leaving on an error; the upload is not needed any more
    if upload is not None:
        try:
            upload.disconnect()  # every signal of the upload device, from every receiver
        except TypeError:  # PyQt: it had no connection left
            pass
    if reply is not None:
        reply.deleteLater()
    if upload is not None:
        upload.deleteLater()  # after the reply, which keeps a pointer to it until it is destroyed


def _shutdown(jobs: queue.Queue, workers: list) -> None:
    for _ in workers:
        jobs.put(None)
    for worker in workers:
        worker.wait(5000)
    workers.clear()


class QgisTransport:
    """``QgisTransport(feedback=None, is_cancelled=None, serialize=False, max_concurrency=8)``."""

    def __init__(
        self,
        feedback: Optional[QgsFeedback] = None,
        is_cancelled: Optional[Callable[[], bool]] = None,
        serialize: bool = False,
        max_concurrency: int = 8,
        max_reply_bytes: int = MAX_REPLY_BYTES,
    ) -> None:
        self.max_reply_bytes = max_reply_bytes
        self.feedback = feedback
        self.is_cancelled = is_cancelled
        self.max_concurrency = 1 if serialize else max(1, int(max_concurrency))
        self._lock = threading.Lock() if serialize else None
        self._active: set = set()
        self._active_lock = threading.Lock()
        self._jobs: queue.Queue = queue.Queue()
        self._workers: list = []
        self._workers_lock = threading.Lock()
        self._waiting = 0
        self._finalizer = weakref.finalize(self, _shutdown, self._jobs, self._workers)

    def close(self) -> None:
        """Stop the worker threads (idempotent)."""
        self._finalizer()

    def _run_in_worker(self, function, wait: Optional[float] = None):
        if isinstance(QThread.currentThread(), _Worker):
            return function()
        with self._workers_lock:
            if not self._finalizer.alive:
                raise TransportError("the QGIS transport is closed", sent=False)
            self._waiting += 1
            if self._waiting > len(self._workers) and len(self._workers) < self.max_concurrency:
                worker = _Worker(self._jobs)
                worker.start()
                self._workers.append(worker)
        future: Future = Future()
        self._jobs.put((function, future))
        try:
            return future.result(timeout=wait)
        except FutureTimeout:  # a request Qt never finished: the caller gets an answer all the same
            raise TransportError(f"no answer in {wait:g} s (the network layer did not return)",
                                 sent=True, timeout=True) from None
        finally:
            with self._workers_lock:
                self._waiting -= 1

    def _cancelled(self) -> bool:
        return bool((self.feedback is not None and self.feedback.isCanceled())
                    or (self.is_cancelled is not None and self.is_cancelled()))

    def request(self, method: str, url: str, headers: Mapping[str, str], body: Optional[bytes],
                timeout: float) -> Response:
        def send():
            if self._lock is None:
                return self._request(method, url, headers, body, timeout)
            with self._lock:
                return self._request(method, url, headers, body, timeout)

        return self._run_in_worker(send, wait=timeout + 60.0)

    def _request(self, method, url, headers, body, timeout) -> Response:
        if self._cancelled():
            raise TransportError("cancelled", sent=False, cancelled=True)
        request = QNetworkRequest(QUrl(url))
        for name, value in headers.items():
            request.setRawHeader(name.encode("latin-1"), str(value).encode("latin-1"))
        has_transfer_timeout = hasattr(request, "setTransferTimeout")
        if has_transfer_timeout:
            request.setTransferTimeout(max(1, int(timeout * 1000)))
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        payload = body or b""
        if method in ("POST", "PUT"):
            request.setHeader(QNetworkRequest.KnownHeaders.ContentLengthHeader, len(payload))
            request.setAttribute(QNetworkRequest.Attribute.DoNotBufferUploadDataAttribute, True)
        elif method not in ("GET", "DELETE"):
            raise TransportError(f"HTTP method {method} is not supported", sent=False)

        # Everything below runs in this one thread: cancelling, the deadline and the size limit abort
        # the reply directly (no cross-thread signal that could race with the reply finishing).
        limit = self.max_reply_bytes
        outcome = {"cancelled": False, "timed_out": False, "too_large": 0}
        backstop = time.monotonic() + (timeout + 2.0 if has_transfer_timeout else timeout)
        upload = reply = None
        loop = QEventLoop()
        timer = QTimer()
        try:
            if method in ("POST", "PUT"):
                upload = _SendOnce(payload)
            manager = QgsNetworkAccessManager.instance()  # this worker thread's own, set up like the main one
            if method == "GET":
                reply = manager.get(request)
            elif method == "POST":
                reply = manager.post(request, upload)
            elif method == "PUT":
                reply = manager.put(request, upload)
            else:
                reply = manager.deleteResource(request)

            def on_progress(received: int, total: int) -> None:
                size = max(received, total)
                if limit and size > limit and not outcome["too_large"]:
                    outcome["too_large"] = size
                    reply.abort()

            def tick() -> None:
                if reply.isFinished():
                    return
                if self._cancelled():
                    outcome["cancelled"] = True
                    reply.abort()
                elif time.monotonic() > backstop:
                    outcome["timed_out"] = True
                    reply.abort()

            timer.setInterval(100)
            timer.timeout.connect(tick)
            reply.downloadProgress.connect(on_progress)
            reply.finished.connect(loop.quit)
            with self._active_lock:
                self._active.add(reply)
            if not reply.isFinished():
                timer.start()
                loop.exec()
            timer.stop()
            return self._response(reply, outcome, timeout, limit)
        finally:
            if reply is not None:
                with self._active_lock:
                    self._active.discard(reply)
            _release(reply, upload)

    def _response(self, reply, outcome: dict, timeout: float, limit: int) -> Response:
        if outcome["too_large"]:
            raise TransportError(reply_too_large(outcome["too_large"], limit), sent=True, too_large=True)
        if outcome["cancelled"]:
            raise TransportError("cancelled", sent=True, cancelled=True)
        if outcome["timed_out"]:
            raise TransportError(f"no answer in {timeout:g} s", sent=True, timeout=True)
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        error = reply.error()
        if status is None:
            if error in (QNetworkReply.NetworkError.TimeoutError, QNetworkReply.NetworkError.OperationCanceledError):
                # Qt's transfer timeout aborts this way
                raise TransportError(f"no answer in {timeout:g} s", sent=True, timeout=True)
            message = reply.errorString() or "network error"
            if error == QNetworkReply.NetworkError.ContentReSendError:
                message = "the connection closed after the request was sent; it was not sent again"
            raise TransportError(message, sent=error not in _NOT_SENT)
        response_headers = {}
        for name in reply.rawHeaderList():
            key = bytes(name).decode("latin-1").lower()
            response_headers[key] = bytes(reply.rawHeader(name)).decode("latin-1")
        return Response(status=int(status), headers=response_headers, body=bytes(reply.readAll()))
