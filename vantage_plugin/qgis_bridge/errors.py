"""The failures a user can act on (their message says what happened, to which file or plot, and what to do)."""


class OperationError(Exception):
    """A failure the user can act on; its message says what happened, to which file/plot, and what to do."""
