"""The one exception the core raises for bad input; its text is shown to the user as is."""


class InputError(ValueError):
    """Bad input from the user: the message is one line, in Chinese, and says what to do."""
