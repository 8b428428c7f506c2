"""The one seam to a model: any OpenAI-compatible Chat Completions endpoint, streamed."""
from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from bot.base.settings import Settings

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletionMessageParam


class ModelError(RuntimeError):
    """The model endpoint failed; the message says what happened and what to check."""


class ChatModel:
    def __init__(self, settings: Settings):
        import openai

        self.name = settings.model or ""
        self._where = settings.openai_base_url or "the OpenAI API"
        self._timeout = settings.request_timeout_s
        self._max_tokens = settings.max_answer_tokens
        # a local server needs no key, but the client insists on one; the real key is never logged
        self._client = openai.OpenAI(base_url=settings.openai_base_url, api_key=settings.openai_api_key or "none",
                                     timeout=settings.request_timeout_s, max_retries=0)

    def stream(self, messages: list[dict[str, str]], max_tokens: int | None = None) -> Iterator[str]:
        """Yield the answer's text as it arrives; raise ModelError on any failure, within the timeout."""
        import openai

        deadline = time.monotonic() + self._timeout
        try:
            response = self._client.chat.completions.create(model=self.name, stream=True, temperature=0.0,
                                                            messages=cast("list[ChatCompletionMessageParam]", messages),
                                                            max_tokens=max_tokens or self._max_tokens)
            finished = False
            with response:
                for event in response:
                    if time.monotonic() > deadline:
                        raise ModelError(f"the model at {self._where} took longer than {self._timeout:g} s; "
                                         "try again, or raise BOT_TIMEOUT_S")
                    choice = event.choices[0] if event.choices else None
                    if choice is not None and choice.delta.content:
                        yield choice.delta.content
                    finished = finished or bool(choice is not None and choice.finish_reason)
            if not finished:   # the connection closed without the server saying the answer was complete
                raise ModelError(f"the answer from the model at {self._where} was cut off mid-stream; try again")
        except openai.APITimeoutError:
            raise ModelError(f"the model at {self._where} did not answer within {self._timeout:g} s; "
                             "try again, or raise BOT_TIMEOUT_S") from None
        except openai.APIConnectionError:
            raise ModelError(f"cannot reach the model at {self._where}; check OPENAI_BASE_URL and that "
                             "the server is running") from None
        except openai.AuthenticationError:
            raise ModelError(f"the model at {self._where} refused the API key (HTTP 401); "
                             "check OPENAI_API_KEY") from None
        except openai.APIStatusError as exc:
            raise ModelError(f"the model at {self._where} answered HTTP {exc.status_code} "
                             f"({_short(exc)}); check BOT_MODEL={self.name!r} and the server's log") from None
        except openai.APIError as exc:   # e.g. a stream cut off mid-answer
            raise ModelError(f"the model at {self._where} failed mid-answer ({type(exc).__name__}); "
                             "try again") from None

    def complete(self, messages: list[dict[str, str]], max_tokens: int | None = None) -> str:
        return "".join(self.stream(messages, max_tokens))


def _short(exc) -> str:
    message = getattr(exc, "message", "") or str(exc)
    return message[:160]
