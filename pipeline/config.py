"""Params (params.yaml) and sources files (YAML), validated with errors that name line and key.

Params come from ``./params.yaml`` when it exists, else from the defaults shipped in the
package (``pipeline/params.yaml``), so newsreact works from a journalist's story folder.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import ConfigError

STAGES: tuple[str, ...] = ("crawl", "extract", "train", "classify", "store", "report")
PLATFORM_KEYS: dict[str, tuple[str, ...]] = {
    "mastodon": ("instance", "tags", "statuses"),
    "bluesky": ("query", "api", "threads"),
    "reddit": ("query", "api", "submissions"),
    "hackernews": ("query", "api", "items"),
}
PLATFORM_DEFAULT_API: dict[str, str] = {
    "mastodon": "https://mastodon.social",
    "bluesky": "https://public.api.bsky.app",
    "reddit": "https://www.reddit.com",
    "hackernews": "https://hn.algolia.com",
}


def default_params_text() -> str:
    return resources.files("pipeline").joinpath("params.yaml").read_text(encoding="utf-8")


def load_params(path: str | Path | None = None) -> dict[str, Any]:
    """Params from ``path``, else ./params.yaml, else the package defaults.

    Sections missing from a user file are filled from the defaults, key by key, so an old
    params.yaml keeps working when a new knob is added.
    """
    defaults = yaml.safe_load(default_params_text())
    if path is None and Path("params.yaml").exists():
        path = Path("params.yaml")
    if path is None:
        return defaults
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: params file not found")
    try:
        user = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {_yaml_where(exc)}") from None
    if not isinstance(user, dict):
        raise ConfigError(f"{path}: expected a mapping of stage sections ({', '.join(STAGES)})")
    merged = copy.deepcopy(defaults)
    for section, values in user.items():
        if section not in merged:
            raise ConfigError(f"{path}: unknown params section '{section}' (known: {', '.join(merged)})")
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: params section '{section}' must be a mapping")
        merged[section].update(values)
    return merged


def params_hash(params: dict[str, Any]) -> str:
    """A stable hash of the params, recorded with every run."""
    return hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class PlatformSource:
    platform: str
    api: str
    query: str | None = None
    tags: tuple[str, ...] = ()
    # Known threads to expand (Mastodon status ids, Bluesky at:// URIs, Reddit ids, HN ids).
    threads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sources:
    """What to crawl: the parsed sources file (DESIGN.md, contract)."""

    articles: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    reactions: tuple[PlatformSource, ...] = field(default_factory=tuple)

    def is_empty(self) -> bool:
        return not (self.articles or self.feeds or self.sitemaps or self.reactions)

    def user_urls(self) -> tuple[str, ...]:
        """URLs the user gave (the only ones that may be file:)."""
        return self.articles + self.feeds + self.sitemaps


def usable_cores() -> int:
    """CPUs this process may run on (its affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def process_count(value: Any, key: str, n_items: int | None, auto_min: int, auto_max: int = 4) -> int:
    """A stage's worker process count from params ``key`` (``extract.n_process``, ...): a number
    as given; ``auto`` (or unset) one per usable core, up to ``auto_max``, when there are at
    least ``auto_min`` items (an unknown count means one process)."""
    if value in (None, "", "auto"):
        if n_items is None or n_items < auto_min:
            return 1
        return max(1, min(usable_cores(), auto_max))
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"params: {key} must be a number or auto, not {value!r}") from None
    if number < 1:
        raise ConfigError(f"params: {key} must be at least 1, not {number}")
    return number


def load_sources(path: str | Path) -> Sources:
    """Parse and validate a sources file; errors name the file, line and key."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: sources file not found")
    text = path.read_text(encoding="utf-8")
    return parse_sources(text, str(path))


def parse_sources(text: str, name: str = "<sources>") -> Sources:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{name}: not valid YAML: {_yaml_where(exc)}") from None
    if node is None:
        raise ConfigError(f"{name}: empty sources file; give at least one of articles, feeds, sitemaps, reactions")
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(f"{name}:{node.start_mark.line + 1}: expected a mapping with keys articles, feeds, sitemaps, reactions")
    lists: dict[str, tuple[str, ...]] = {"articles": (), "feeds": (), "sitemaps": ()}
    platforms: list[PlatformSource] = []
    for key_node, value_node in node.value:
        key = key_node.value
        where = f"{name}:{key_node.start_mark.line + 1}"
        if key in lists:
            lists[key] = tuple(_url_list(value_node, f"{where}: key '{key}'"))
        elif key == "reactions":
            platforms = _platforms(value_node, name)
        else:
            raise ConfigError(f"{where}: unknown key '{key}' (expected articles, feeds, sitemaps or reactions)")
    return Sources(lists["articles"], lists["feeds"], lists["sitemaps"], tuple(platforms))


def _url_list(node: yaml.Node, where: str) -> list[str]:
    if isinstance(node, yaml.ScalarNode) and node.value in ("", "null", "~"):
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise ConfigError(f"{where} must be a list of URLs")
    urls = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or not item.value.strip():
            raise ConfigError(f"{where.split(':')[0]}:{item.start_mark.line + 1}: {where.split(': ', 1)[1]} has an entry that is not a URL")
        urls.append(item.value.strip())
    return urls


def _platforms(node: yaml.Node, name: str) -> list[PlatformSource]:
    if not isinstance(node, yaml.MappingNode):
        raise ConfigError(f"{name}:{node.start_mark.line + 1}: key 'reactions' must map platform names to settings")
    out = []
    for key_node, value_node in node.value:
        platform = key_node.value
        where = f"{name}:{key_node.start_mark.line + 1}"
        if platform not in PLATFORM_KEYS:
            raise ConfigError(f"{where}: unknown key 'reactions.{platform}' (expected {', '.join(PLATFORM_KEYS)})")
        if not isinstance(value_node, yaml.MappingNode):
            raise ConfigError(f"{where}: key 'reactions.{platform}' must be a mapping")
        values: dict[str, Any] = {}
        for k_node, v_node in value_node.value:
            k = k_node.value
            if k not in PLATFORM_KEYS[platform]:
                raise ConfigError(
                    f"{name}:{k_node.start_mark.line + 1}: unknown key 'reactions.{platform}.{k}' "
                    f"(expected {', '.join(PLATFORM_KEYS[platform])})"
                )
            values[k] = yaml.safe_load(yaml.serialize(v_node))
        api = values.get("instance") if platform == "mastodon" else values.get("api")
        tags = values.get("tags") or ()
        if isinstance(tags, str):
            tags = (tags,)
        threads = values.get("statuses") or values.get("threads") or values.get("submissions") or values.get("items") or ()
        query = values.get("query")
        if platform == "mastodon" and not tags and not threads:
            raise ConfigError(f"{where}: 'reactions.mastodon' needs 'tags' (hashtags to search) or 'statuses'")
        if platform != "mastodon" and not query and not threads:
            raise ConfigError(f"{where}: 'reactions.{platform}' needs 'query' (search text)")
        out.append(
            PlatformSource(
                platform=platform,
                api=str(api or PLATFORM_DEFAULT_API[platform]).rstrip("/"),
                query=str(query) if query is not None else None,
                tags=tuple(str(t).lstrip("#") for t in tags),
                threads=tuple(str(t) for t in (threads if isinstance(threads, (list, tuple)) else [threads])),
            )
        )
    return out


def _yaml_where(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    return f"line {mark.line + 1}: {problem}" if mark is not None else problem
