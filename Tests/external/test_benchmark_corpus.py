"""The benchmark corpus generator run again over its own output: files whose bytes are right are left
alone (a rewrite or a delete-and-create right before a timed first build made the kernel scan for
recently freed inodes, which the figures then measured), and what the new arguments do not make is
removed, so the folder equals a fresh generation."""
import os
import pathlib
import subprocess
import sys

from conftest import ROOT

GENERATOR = ROOT / "benchmarks" / "generate_corpus.py"


def generate(out: pathlib.Path, items: int):
    subprocess.run([sys.executable, str(GENERATOR), "--items", str(items), "--out", str(out)],
                   check=True, capture_output=True)


def files(folder: pathlib.Path):
    """Each file (not following the theme link) with its bytes, inode and modification time."""
    found = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = pathlib.Path(root) / name
            status = path.lstat()
            found[path.relative_to(folder)] = (path.read_bytes(), status.st_ino, status.st_mtime_ns)
    return found


def contents(tree):
    return {path: data for path, (data, _, _) in tree.items()}


def test_a_second_run_leaves_every_file_untouched(tmp_path):
    generate(tmp_path / "corpus", 40)
    before = files(tmp_path / "corpus")
    generate(tmp_path / "corpus", 40)
    assert files(tmp_path / "corpus") == before


def test_a_run_with_other_arguments_restores_edits_and_removes_leftovers(tmp_path):
    generate(tmp_path / "corpus", 40)
    item = sorted((tmp_path / "corpus" / "content" / "items").glob("*.md"))[0]
    item.write_text(item.read_text(encoding="utf-8") + "\nEdited by hand.\n", encoding="utf-8")
    (tmp_path / "corpus" / "content" / "stray.md").write_text("left by hand\n", encoding="utf-8")
    generate(tmp_path / "corpus", 25)
    generate(tmp_path / "fresh", 25)
    assert contents(files(tmp_path / "corpus")) == contents(files(tmp_path / "fresh"))
    assert (tmp_path / "corpus" / "themes").is_symlink()
