"""Config validation: every problem as `path: message`; tokens from files or the environment only."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from s1elastic.poller.config import ConfigError, config_from_dict, load_config, read_token


def base(package: Path, **console: Any) -> dict[str, Any]:
    return {
        "package_dir": str(package),
        "consoles": [{"name": "prod", "url": "https://usea1.sentinelone.net", **console}],
    }


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        pytest.param({"consoles": []}, "consoles: [] should be non-empty", id="no-consoles"),
        pytest.param({"bogus": 1}, "(top level): unknown key(s) ('bogus' was unexpected)", id="unknown-key"),
        pytest.param(
            {"lag": "5 minutes"},
            "lag: '5 minutes' is not a valid duration (use e.g. 30s, 5m, 24h)",
            id="bad-duration",
        ),
        pytest.param(
            {"transform": "remote"},
            "transform: 'remote' is not one of ['local', 'none', 'elasticsearch']",
            id="bad-transform",
        ),
        pytest.param(
            {"outputs": [{"type": "ndjson"}]},
            "outputs[0]: 'path' is a required property",
            id="ndjson-needs-path",
        ),
    ],
)
def test_schema_problems_name_the_path(package: Path, change: dict[str, Any], problem: str) -> None:
    raw = {**base(package), **change}
    with pytest.raises(ConfigError) as info:
        config_from_dict(raw)
    assert problem in info.value.problems


@pytest.mark.parametrize(
    ("console", "problem"),
    [
        pytest.param(
            {"url": "usea1.sentinelone.net"},
            "consoles[0].url: 'usea1.sentinelone.net' is not a console URL",
            id="url",
        ),
        pytest.param(
            {"api_token_file": "t", "api_token_env": "X"},
            "consoles[0]: give api_token_file or api_token_env, not both",
            id="two-token-sources",
        ),
        pytest.param(
            {"api_token": "abc"},
            "consoles[0]: unknown key(s) ('api_token' was unexpected)",
            id="no-inline-token",
        ),
        pytest.param(
            {"streams": {"nope": {}}},
            "consoles[0].streams.nope: no data stream with a poll.yml",
            id="unknown-stream",
        ),
        pytest.param(
            {"streams": {"activity": {"page_size": 5000}}},
            "consoles[0].streams.activity.page_size",
            id="page-size",
        ),
    ],
)
def test_console_problems(package: Path, console: dict[str, Any], problem: str) -> None:
    with pytest.raises(ConfigError) as info:
        config_from_dict(base(package, **console))
    assert any(p.startswith(problem) for p in info.value.problems), info.value.problems


def test_duplicate_console_names(package: Path) -> None:
    raw = base(package)
    raw["consoles"].append(dict(raw["consoles"][0]))
    with pytest.raises(ConfigError) as info:
        config_from_dict(raw)
    assert "consoles[1].name: duplicate console name 'prod'" in info.value.problems


def test_several_consoles_each_with_own_token_and_streams(tmp_path: Path, package: Path) -> None:
    token = tmp_path / "b.token"
    token.write_text("tok-b\n")
    token.chmod(0o600)
    doc = {
        "package_dir": str(package),
        "state_dir": "st",
        "consoles": [
            {
                "name": "tenant-a",
                "url": "https://a.example",
                "api_token_env": "TENANT_A",
                "streams": {"activity": {"interval": "5m"}},
            },
            {
                "name": "tenant-b",
                "url": "https://b.example/",
                "api_token_file": "b.token",
                "streams": {"group": None, "alert": False},
            },
        ],
    }
    path = tmp_path / "poller.yml"
    path.write_text(yaml.safe_dump(doc))
    config = load_config(path)
    a, b = config.consoles
    assert config.state_dir == tmp_path / "st"
    assert read_token(a, {"TENANT_A": "tok-a"}) == "tok-a"
    assert read_token(b, {}) == "tok-b"
    assert b.url == "https://b.example"
    assert [s.name for s in config.enabled_streams(a)] == ["activity"]
    assert config.enabled_streams(a)[0].interval == 300
    assert [s.name for s in config.enabled_streams(b)] == ["group"]


def test_all_streams_when_none_are_listed(package: Path) -> None:
    config = config_from_dict(base(package))
    assert [s.name for s in config.enabled_streams(config.consoles[0])] == ["activity", "alert", "group"]


def test_token_file_readable_by_others_is_refused(tmp_path: Path, package: Path) -> None:
    token = tmp_path / "t"
    token.write_text("abc")
    os.chmod(token, 0o644)
    config = config_from_dict(base(package, api_token_file=str(token)))
    with pytest.raises(ConfigError) as info:
        read_token(config.consoles[0], {})
    assert "readable by others; chmod 600" in str(info.value)


def test_missing_token_names_the_source_not_a_value(package: Path) -> None:
    config = config_from_dict(base(package))
    with pytest.raises(ConfigError) as info:
        read_token(config.consoles[0], {})
    assert str(info.value) == "consoles.prod: no API token in environment variable S1_API_TOKEN"
