"""newsreact: how a news story was covered and how the public reacted.

The package is a staged pipeline (crawl -> extract -> train -> classify -> store -> report);
each stage is a subpackage with one entry function, and ``pipeline.cli`` is a thin caller.
"""

__version__ = "0.1.0"
