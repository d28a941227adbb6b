"""`check --format` and `build --format` on a site with several errors, read back by the tools that
consume them: Python's json for editors and bots, GitHub's documented workflow-command syntax, and
the required keys of GitLab's Code Quality report (checked with jsonschema)."""
import json
import os
import re
import subprocess

import jsonschema

from conftest import ROOT

BINARY = os.environ.get("MEGAPHONE", str(ROOT / ".build" / "debug" / "megaphone"))
FILES = {
    "content/items/2026-11-20-a.md": "---\ntitle: Atlas\ndate: demain\nprority: high\n---\nTexte.\n",
    "content/items/2026-11-21-b.md": "---\ntitle: Bêta\ndate: 2026-11-21\n---\nUne image ![x](https://cdn.example.com/a.png).\n",
    "content/guidelines/ton.md": "---\ntitle: Ton\norder: premier\n---\nTexte.\n",
}
EXPECTED = {  # file → lines with an error
    "content/items/2026-11-20-a.md": {3, 4},
    "content/items/2026-11-21-b.md": {5},
    "content/guidelines/ton.md": {3},
}
# https://docs.github.com/actions/reference/workflow-commands-for-github-actions
GITHUB = re.compile(r"^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+)(?:,title=[^,:]+)?::(.+)$")
# The keys GitLab's Code Quality report requires (docs.gitlab.com, "Code Quality report format").
GITLAB = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {"path": {"type": "string"},
                               "lines": {"type": "object", "required": ["begin"], "properties": {"begin": {"type": "integer", "minimum": 1}}}},
            },
        },
    },
}


def run(tmp_path, *arguments):
    source = tmp_path / "site"
    if not source.exists():
        for path, text in FILES.items():
            (source / path).parent.mkdir(parents=True, exist_ok=True)
            (source / path).write_text(text, encoding="utf-8")
        (source / "site.yml").write_text("title: T\nbase_url: https://intranet.example.com/\n", encoding="utf-8")
        (source / "themes").symlink_to(ROOT / "themes")
    # Run from the site's folder, as CI does: paths are relative to it, as annotations need.
    return subprocess.run([BINARY, *arguments], capture_output=True, text=True, cwd=source)


def error_lines(pairs):
    found = {}
    for file, line in pairs:
        found.setdefault(file, set()).add(line)
    return found


def test_json_lists_every_error_with_its_line(tmp_path):
    for command in ("check", "build"):
        result = run(tmp_path, command, "--format", "json")
        assert result.returncode == 1
        report = json.loads(result.stdout)
        assert all(set(entry) == {"file", "line", "column", "severity", "message"} for entry in report)
        assert error_lines((e["file"], e["line"]) for e in report if e["severity"] == "error") == EXPECTED
        assert "error(s)" in result.stderr


def test_github_lines_follow_the_workflow_command_syntax(tmp_path):
    result = run(tmp_path, "check", "--format", "github")
    assert result.returncode == 1
    commands = [line for line in result.stdout.splitlines() if line.startswith("::")]
    matches = [GITHUB.match(line) for line in commands]
    assert all(matches), commands
    assert error_lines((m.group(2), int(m.group(3))) for m in matches if m.group(1) == "error") == EXPECTED


def test_gitlab_report_has_the_code_quality_keys(tmp_path):
    result = run(tmp_path, "check", "--format", "gitlab")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    jsonschema.validate(report, GITLAB)
    assert error_lines((i["location"]["path"], i["location"]["lines"]["begin"]) for i in report) == EXPECTED
    assert len({issue["fingerprint"] for issue in report}) == len(report)
    # Stable across runs, so merge requests show only what is new.
    assert [i["fingerprint"] for i in json.loads(run(tmp_path, "check", "--format", "gitlab").stdout)] == [i["fingerprint"] for i in report]
