"""examples/ci/ exercised for real: the post-receive hook on a real bare repository (`git push` runs
it), the rebuild service's command line, the CI files against the schemas of GitHub workflows and
GitLab CI vendored in check-jsonschema (offline) and their commands run on a portal, and the
systemd units read by systemd-analyze."""
import configparser
import fcntl
import hashlib
import json
import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import time

import pytest
import yaml

from conftest import NOW, ROOT

BINARY = os.path.abspath(os.environ.get("MEGAPHONE", str(ROOT / ".build" / "debug" / "megaphone")))
CI = ROOT / "examples" / "ci"
BASE = "https://intranet.example.com/advocacy/"
ITEM = "content/items/2026-11-12-acquisition-novasense.md"  # line 5: summary
SCHEDULED = "items/salon-industrie-connectee-2027/index.html"  # dated 2027-01-15


def portal(folder):
    """The example portal, as a portal's repository holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "site.yml", folder / "site.yml")
    for part in ("content", "themes", "data"):
        shutil.copytree(ROOT / part, folder / part)
    return folder


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def snapshot(folder):
    """Each path under folder with its inode, modification time and bytes: equal only when no
    file was written, replaced or removed."""
    state = {".": os.stat(folder).st_ino}
    for path in sorted(folder.rglob("*")):
        status = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        state[str(path.relative_to(folder))] = (status.st_ino, status.st_mtime_ns, digest)
    return state


class Server:
    """A bare repository with the hook installed, as on the intranet server, and a clone of it."""

    def __init__(self, root):
        self.bare, self.clone = root / "advocacy.git", root / "clone"
        self.output, self.workdir = root / "srv" / "advocacy", root / "srv" / "work"
        # No identity nor configuration of the machine's user: works on a fresh CI machine.
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
        (root / "home").mkdir()
        self.env.update(HOME=str(root / "home"), GIT_CONFIG_NOSYSTEM="1", LC_ALL="C",
                        GIT_AUTHOR_NAME="Camille", GIT_AUTHOR_EMAIL="camille@example.com",
                        GIT_COMMITTER_NAME="Camille", GIT_COMMITTER_EMAIL="camille@example.com",
                        MEGAPHONE=BINARY, MEGAPHONE_BUILD_ARGS=f"--now {NOW} --base-url {BASE}")
        self.git("init", "-q", "--bare", "--initial-branch=main", str(self.bare))
        shutil.copy(CI / "post-receive", self.bare / "hooks" / "post-receive")
        (self.bare / "hooks" / "post-receive").chmod(0o755)
        # The folders as git config, as on a server; the binary and build options from the
        # environment (both ways are read).
        self.git("--git-dir", str(self.bare), "config", "megaphone.output", str(self.output))
        self.git("--git-dir", str(self.bare), "config", "megaphone.workdir", str(self.workdir))
        self.git("-c", "init.defaultBranch=main", "clone", "-q", str(self.bare), str(self.clone))
        portal(self.clone)

    def git(self, *arguments, check=True, cwd=None):
        return subprocess.run(["git", *arguments], env=self.env, capture_output=True, text=True,
                              check=check, cwd=cwd)

    def push(self, message=None, ref="main"):
        """Commits what changed in the clone (unless message is None), then pushes HEAD."""
        if message:
            self.git("add", "-A", cwd=self.clone)
            self.git("commit", "-q", "-m", message, cwd=self.clone)
        return self.git("push", "origin", f"HEAD:refs/heads/{ref}", check=False, cwd=self.clone)

    def head(self):
        return self.git("rev-parse", "HEAD", cwd=self.clone).stdout.strip()

    def rebuild_command(self):
        """The rebuild service's ExecStart, with the server's repository replaced by this one."""
        service = read_unit("megaphone-rebuild.service")["Service"]
        repository = service["WorkingDirectory"]
        return shlex.split(service["ExecStart"].replace(repository, str(self.bare))), self.bare

    def served(self):
        return (self.workdir / "served").read_text().strip()


def read_unit(name):
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str
    unit.read(CI / name, encoding="utf-8")
    return unit


def test_hook_serves_a_push_and_keeps_the_site_when_the_build_fails(tmp_path):
    server = Server(tmp_path)
    first = server.push("The portal")
    assert first.returncode == 0, first.stderr
    assert "remote: megaphone: building main at" in first.stderr
    for name in ("index.html", "feed.json", "feed.xml", "calendar.ics", "pages/faq/index.html"):
        assert (server.output / name).is_file(), name
    assert BASE in (server.output / "index.html").read_text(encoding="utf-8")  # MEGAPHONE_BUILD_ARGS
    assert server.served() == server.head()
    site = snapshot(server.output)

    # An unknown key in an item's front matter.
    edit(server.clone / ITEM, "\nsummary:", "\nsummry:")
    draft = server.push("Typo", ref="draft")
    assert draft.returncode == 0 and "megaphone" not in draft.stderr  # another branch: not built
    broken = server.push()  # the same commit, to main
    # Refs are updated before post-receive runs: the push succeeds, the site is not replaced.
    assert broken.returncode == 0, broken.stderr
    assert server.git("--git-dir", str(server.bare), "rev-parse", "main").stdout.strip() == server.head()
    assert re.search(rf"^remote: {re.escape(ITEM)}:5:\d+: error: .*'summry'", broken.stderr, re.M), broken.stderr
    assert "remote: megaphone: the commit is in the repository but not served" in broken.stderr
    assert snapshot(server.output) == site
    assert server.served() != server.head()
    # The hook itself fails (git ignores a post-receive hook's status, but logs and wrappers do not).
    hook = subprocess.run([str(server.bare / "hooks" / "post-receive")], cwd=server.bare, text=True,
                          input=f"{server.served()} {server.head()} refs/heads/main\n", capture_output=True,
                          env=dict(server.env, GIT_DIR="."))
    assert hook.returncode != 0 and "error:" in hook.stderr
    assert snapshot(server.output) == site

    # The fix, which also removes a page: the page leaves the site.
    edit(server.clone / ITEM, "\nsummry:", "\nsummary:")
    (server.clone / "content" / "pages" / "faq.md").unlink()
    fixed = server.push("Fix the typo; no FAQ")
    assert fixed.returncode == 0 and "error" not in fixed.stderr, fixed.stderr
    assert server.served() == server.head()
    assert not (server.output / "pages" / "faq").exists()
    assert not (server.workdir / "checkout" / "content" / "pages" / "faq.md").exists()
    assert (server.output / "items" / "acquisition-novasense" / "index.html").is_file()
    assert snapshot(server.output) != site
    # The repository's own HEAD and index are not the hook's: still a plain bare repository.
    assert not (server.bare / "index").exists()
    assert (server.bare / "HEAD").read_text().strip() == "ref: refs/heads/main"


def test_service_rebuilds_the_served_commit_with_the_clock(tmp_path):
    server = Server(tmp_path)
    assert server.push("The portal").returncode == 0
    served = server.served()
    assert not (server.output / SCHEDULED).exists()
    edit(server.clone / ITEM, "\nsummary:", "\nsummry:")
    assert "error:" in server.push("Typo on main").stderr

    # The hour after the scheduled item's date, the broken commit still at the branch's tip.
    command, folder = server.rebuild_command()
    env = dict(server.env, MEGAPHONE_BUILD_ARGS=f"--now 2027-01-16T09:00:00+01:00 --base-url {BASE}")
    result = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (server.output / SCHEDULED).is_file()
    assert server.served() == served
    assert "\nsummary:" in (server.workdir / "checkout" / ITEM).read_text(encoding="utf-8")


def test_hook_builds_one_at_a_time(tmp_path):
    server = Server(tmp_path)
    assert server.push("The portal").returncode == 0
    command, folder = server.rebuild_command()
    site = snapshot(server.output)
    with open(server.workdir / "lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a build under way
        waiting = subprocess.Popen(command, cwd=folder, env=server.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.5)
        assert waiting.poll() is None, waiting.communicate()
        assert snapshot(server.output) == site
        fcntl.flock(lock, fcntl.LOCK_UN)
    assert waiting.wait(timeout=60) == 0


def test_hook_is_posix_sh():
    for shell in ("sh", "dash", "bash"):
        if shutil.which(shell):
            subprocess.run([shell, "-n", str(CI / "post-receive")], check=True)
    assert (CI / "post-receive").read_text().startswith("#!/bin/sh\n")
    assert os.access(CI / "post-receive", os.X_OK)


# --- CI files ---------------------------------------------------------------------------------

def load(name):
    return yaml.safe_load((CI / name).read_text(encoding="utf-8"))


def schema_check(path, schema):
    # A dead proxy: a schema fetched from the network would fail instead of passing unseen.
    env = dict(os.environ, HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9", NO_PROXY="")
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
                          capture_output=True, text=True, env=env)


def test_ci_files_follow_the_published_schemas(tmp_path):
    cases = [("github-actions.yml", "vendor.github-workflows", "      pages: write", "      pages: writ"),
             ("gitlab-ci.yml", "vendor.gitlab-ci", "codequality: gl", "codequalty: gl")]
    for name, schema, good, bad in cases:
        result = schema_check(CI / name, schema)
        assert result.returncode == 0, result.stdout + result.stderr
        # The same file with one mistake fails: the schema is really applied.
        broken = tmp_path / name
        broken.write_text((CI / name).read_text(encoding="utf-8").replace(good, bad), encoding="utf-8")
        assert schema_check(broken, schema).returncode == 1


def github_steps():
    workflow = load("github-actions.yml")
    return workflow, [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def gitlab_scripts():
    pipeline = load("gitlab-ci.yml")
    jobs = {name: job for name, job in pipeline.items() if isinstance(job, dict) and "script" in job}
    return pipeline, jobs


def test_github_workflow_checks_pull_requests_and_publishes_main():
    workflow, steps = github_steps()
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    runs = {step.get("run", ""): step.get("if", "") for step in steps}
    assert runs["megaphone check --format github"] == "github.event_name == 'pull_request'"
    builds = [run for run in runs if run.startswith("megaphone build")]
    assert builds and "--format github" in builds[0] and "--now" not in builds[0]
    cached = " ".join(step["with"]["path"] for step in steps if step.get("uses", "").startswith("actions/cache@"))
    for path in (".build", "public", ".public.megaphone-cache"):
        assert re.search(rf"(^|\s){re.escape(path)}(\s|$)", cached), path
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][-1]["uses"].startswith("actions/deploy-pages@")
    upload = [s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert upload and upload[0]["with"]["path"] == "public"


def test_gitlab_pipeline_reports_code_quality_and_publishes_pages():
    pipeline, jobs = gitlab_scripts()
    check = jobs["check"]
    assert check["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'}]
    assert check["script"][0].startswith("megaphone check --format gitlab > gl-code-quality-report.json")
    assert check["artifacts"]["when"] == "always"
    assert check["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    build = jobs["build"]
    paths = [path for cache in build["cache"] for path in cache["paths"]]
    # Megaphone's build folder, and the previous site with its build cache (incremental builds).
    assert paths == [".build/", "public/", ".public.megaphone-cache/"]
    assert "--now" not in " ".join(build["script"])
    assert jobs["pages"]["artifacts"]["paths"] == ["public/"] and jobs["pages"]["needs"] == ["build"]


def test_every_shell_line_parses():
    _, steps = github_steps()
    _, jobs = gitlab_scripts()
    scripts = [re.sub(r"\$\{\{[^}]*\}\}", "x", step["run"]) for step in steps if "run" in step]
    for job in jobs.values():
        scripts.append("\n".join(job.get("before_script", []) + job["script"]))
    for extends in {job.get("extends") for job in jobs.values()} - {None}:
        scripts.append("\n".join(load("gitlab-ci.yml")[extends]["before_script"]))
    for script in scripts:
        result = subprocess.run(["bash", "-n", "-c", script], capture_output=True, text=True)
        assert result.returncode == 0, script + result.stderr


def run_line(line, folder, bin_folder, **env):
    return subprocess.run(["bash", "-e", "-c", line], cwd=folder, capture_output=True, text=True,
                          env=dict(os.environ, PATH=f"{bin_folder}:{os.environ['PATH']}", **env))


def test_ci_commands_run_on_a_portal(tmp_path):
    """The pipelines' megaphone lines, run as the jobs run them (megaphone on PATH)."""
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "megaphone").symlink_to(BINARY)
    site = portal(tmp_path / "portal")
    _, jobs = gitlab_scripts()
    _, steps = github_steps()
    edit(site / ITEM, "\nsummary:", "\nsummry:")
    checked = run_line(jobs["check"]["script"][0], site, tmp_path / "bin")
    assert checked.returncode != 0
    report = json.loads((site / "gl-code-quality-report.json").read_text())
    assert any(i["location"]["path"] == ITEM and i["location"]["lines"]["begin"] == 5 for i in report)
    assert f"{ITEM}:5:1: error:" in checked.stderr  # the job's log says it in words too
    github = run_line("megaphone check --format github", site, tmp_path / "bin")
    assert github.returncode != 0 and f"::error file={ITEM},line=5," in github.stdout

    edit(site / ITEM, "\nsummry:", "\nsummary:")
    built = run_line(jobs["build"]["script"][0], site, tmp_path / "bin", CI_PAGES_URL="https://acme.gitlab.io/advocacy")
    assert built.returncode == 0, built.stderr
    assert (site / "public" / "index.html").is_file()
    assert [i for i in json.loads((site / "gl-code-quality-report.json").read_text()) if i["severity"] != "info"] == []
    build_step = next(s["run"] for s in steps if s.get("run", "").startswith("megaphone build"))
    line = build_step.replace("${{ steps.pages.outputs.base_url }}", "https://acme.github.io/advocacy")
    assert run_line(line, site, tmp_path / "bin").returncode == 0
    assert "https://acme.github.io/advocacy/" in (site / "public" / "index.html").read_text(encoding="utf-8")


# --- systemd units ----------------------------------------------------------------------------

def test_units_say_hourly_and_run_the_hook():
    timer, service = read_unit("megaphone-rebuild.timer"), read_unit("megaphone-rebuild.service")
    assert timer["Timer"]["OnCalendar"] == "hourly" and timer["Timer"]["Persistent"] == "true"
    assert timer["Timer"]["RandomizedDelaySec"] in ("1min", "2min", "5min")
    assert timer["Install"]["WantedBy"] == "timers.target"
    settings = service["Service"]
    command = shlex.split(settings["ExecStart"])
    assert command[0] == settings["WorkingDirectory"] + "/hooks/post-receive" and command[1:] == ["--rebuild"]
    assert settings["Type"] == "oneshot"
    for key, value in {"NoNewPrivileges": "yes", "ProtectSystem": "strict", "PrivateTmp": "yes"}.items():
        assert settings[key] == value, key
    # The hook's default folders (and the output's parent, for the build cache) are writable.
    hook = (CI / "post-receive").read_text()
    writable = settings["ReadWritePaths"].split()
    for variable in ("MEGAPHONE_OUTPUT", "MEGAPHONE_WORKDIR"):
        default = re.search(rf"setting {variable} \S+ (\S+)\)", hook).group(1)
        for folder in (default, os.path.dirname(default)):
            assert any(folder == w or folder.startswith(w + "/") for w in writable), folder


def test_systemd_analyze_accepts_the_units(tmp_path):
    if not shutil.which("systemd-analyze"):
        pytest.skip("no systemd-analyze (package systemd); test_units_say_hourly_and_run_the_hook still reads them")
    repository = read_unit("megaphone-rebuild.service")["Service"]["WorkingDirectory"]
    (tmp_path / "repo" / "hooks").mkdir(parents=True)
    shutil.copy(CI / "post-receive", tmp_path / "repo" / "hooks" / "post-receive")

    def verify(timer_text):
        # verify wants ExecStart to exist: the server's repository path becomes a real one here.
        service = (CI / "megaphone-rebuild.service").read_text().replace(repository, str(tmp_path / "repo"))
        (tmp_path / "megaphone-rebuild.service").write_text(service)
        (tmp_path / "megaphone-rebuild.timer").write_text(timer_text)
        return subprocess.run(["systemd-analyze", "verify", "--man=no", str(tmp_path / "megaphone-rebuild.service"),
                               str(tmp_path / "megaphone-rebuild.timer")], capture_output=True, text=True)

    timer = (CI / "megaphone-rebuild.timer").read_text()
    result = verify(timer)
    # A setting it cannot parse is only a warning: any output at all is a failure here.
    assert result.returncode == 0 and result.stdout + result.stderr == "", result.stdout + result.stderr
    assert verify(timer.replace("OnCalendar=hourly", "OnCalendar=hourlyy")).returncode != 0
