"""Driving the page in Chromium as a reader does."""


def ask_in_browser(page, question: str, timeout_ms: int = 60_000) -> None:
    """Type a question into the page and wait until its answer is complete."""
    answers = page.locator("#chat [data-testid='bot']").count()
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        """(n) => document.querySelectorAll("#chat [data-testid='bot']").length > n
                  && !document.querySelector('#chat .pending')
                  && !document.querySelector('#answer-status').innerText.includes('Answering')""",
        arg=answers, timeout=timeout_ms)
