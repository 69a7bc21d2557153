"""Errors a person or an operator can act on. Each carries a message meant to be read."""


class CompanionError(Exception):
    """Base for errors that are reported to the person with a clear message (CLI exit code 2)."""


class ConfigError(CompanionError):
    pass


class InputError(CompanionError):
    pass


class MessageTooLong(InputError):
    """Over the length limit: refused, after crisis screening has read it."""


class PromptError(CompanionError):
    pass


class KnowledgeError(CompanionError):
    pass
