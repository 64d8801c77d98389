"""One family of errors. The CLI turns any PipelineError into a one-line message, exit 1."""


class PipelineError(Exception):
    """A problem the user can fix; the message says what and how."""


class ConfigError(PipelineError):
    """A params or sources file is malformed (the message names the file, line and key)."""


class SourceRefused(PipelineError):
    """A URL the crawler will not fetch (scheme, or a local/private address without --allow-local)."""


class ModelError(PipelineError):
    """The classifier or spaCy model is missing, untrusted or incompatible."""


class DatabaseBusy(PipelineError):
    """Another process holds the DuckDB file for writing."""


class QueryRefused(PipelineError):
    """A query tried to write, attach, install, read files or change settings."""


class StageInputMissing(PipelineError):
    """A stage's declared input is not there: run the stage before it."""
