"""Dictionary lookups on a thread of their own, so typing never waits for them.

A plain Python thread, not a QThread: it touches no Qt object, so nothing has to be stopped
before a window is destroyed. Requests and answers travel through queues; the editor polls
its answer queue with a timer while it waits (:class:`~editor.spelling.controller.
SpellingController`). Loading a dictionary (0.3 s for Dutch) happens here too, at the first
request for its language.
"""

from __future__ import annotations

import queue
import threading
from functools import cache

from models.language import Language
from models.spelling import speller

#: One language, words to look up, and the queue the answers go to.
Request = tuple[Language, tuple[str, ...], "queue.SimpleQueue[Answer]"]
#: One language and what the dictionary said of each word.
Answer = tuple[Language, dict[str, bool]]


class DictionaryWorker:
    """Answers "is this word in the dictionary?" in batches, one request at a time."""

    def __init__(self) -> None:
        self._requests: queue.SimpleQueue[Request] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="podium-spelling", daemon=True)
        self._thread.start()

    def ask(
        self, language: Language, words: tuple[str, ...], reply: queue.SimpleQueue[Answer]
    ) -> None:
        """Look ``words`` up in ``language``; the answer goes to ``reply`` (maybe empty words:
        then only the dictionary is loaded)."""
        self._requests.put((language, words, reply))

    def _run(self) -> None:
        while True:
            language, words, reply = self._requests.get()
            try:
                spell = speller(language)
            except (OSError, ImportError):  # no dictionary: better no marks than only marks
                reply.put((language, dict.fromkeys(words, True)))
                continue
            reply.put((language, {word: spell.known(word) for word in words}))


@cache
def shared_worker() -> DictionaryWorker:
    """The process's one worker: the dictionaries are loaded once for every window."""
    return DictionaryWorker()
