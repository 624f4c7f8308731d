"""CLI conventions users expect: help on everything, --version, completions, a man page.

The parser is walked, not listed, so a verb any module adds is held to the same rules.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import subprocess
import sys

import pytest

from tokenmgr import __version__
from tokenmgr.cli import build_parser, main
from tokenmgr.cli.manpage import render


def walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ("tokenmgr",)):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from walk(sub, (*path, name))


def all_actions():
    for path, parser in walk(build_parser()):
        for action in parser._actions:
            yield path, action


def option_strings() -> set[str]:
    return {s for _, a in all_actions() for s in a.option_strings if s.startswith("--")}


def verbs() -> list[str]:
    return [path[1] for path, _ in walk(build_parser()) if len(path) == 2]


def test_every_option_and_positional_says_what_it_is_for():
    missing = [
        f"{' '.join(path)} {'/'.join(action.option_strings) or action.dest}"
        for path, action in all_actions()
        if not isinstance(action, argparse._SubParsersAction)
        and (not action.help or action.help == argparse.SUPPRESS)
    ]
    assert missing == []


def test_every_verb_has_a_one_line_help():
    missing = []
    for path, parser in walk(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                described = {a.dest for a in action._choices_actions if a.help}
                missing += [f"{' '.join(path)} {n}" for n in action.choices
                            if n not in described]
    assert missing == []


def test_version_is_the_package_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"tokenmgr {__version__}\n"
    assert importlib.metadata.version("tokenmgr") == __version__


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_script_covers_every_verb_and_option(shell, capsys):
    assert main(["completion", shell]) == 0
    script = capsys.readouterr().out
    assert [v for v in verbs() if v not in script] == []
    spelled = (lambda o: f"-l {o[2:]}") if shell == "fish" else (lambda o: o)
    assert sorted(o for o in option_strings() if spelled(o) not in script) == []


def bash_complete(line: str) -> list[str]:
    """Source the generated script in a real bash and ask it to complete ``line``."""
    script = subprocess.run([sys.executable, "-m", "tokenmgr", "completion", "bash"],
                            capture_output=True, text=True, check=True).stdout
    words = line.split(" ")
    program = "\n".join([
        script,
        f"COMP_WORDS=({' '.join(repr(w) for w in words)})",
        f"COMP_CWORD={len(words) - 1}",
        f"COMP_LINE={line!r}", f"COMP_POINT={len(line)}",
        "_shtab_tokenmgr tokenmgr", 'printf "%s\\n" "${COMPREPLY[@]}"',
    ])
    done = subprocess.run(["bash", "--norc", "-c", program], capture_output=True, text=True,
                          check=True)
    return sorted(w.strip() for w in done.stdout.split())


def test_bash_completes_verbs_and_options_for_real():
    assert bash_complete("tokenmgr con") == ["configure", "connect"]
    assert "--client-secret-stdin" in bash_complete("tokenmgr configure --cl")
    assert bash_complete("tokenmgr completion f") == ["fish"]


def test_man_page_documents_every_verb_and_option(capsys):
    assert main(["man"]) == 0
    page = capsys.readouterr().out
    assert page.startswith(".TH TOKENMGR 1 ")
    assert f"tokenmgr {__version__}" in page
    unescaped = page.replace("\\-", "-")
    assert [v for v in verbs() if f".SS tokenmgr {v}\n" not in unescaped] == []
    assert sorted(o for o in option_strings() - {"--help"} if o not in unescaped) == []


def test_man_page_renders_without_roff_warnings(capsys):
    main(["man"])
    rendered = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z"],
                              input=capsys.readouterr().out, capture_output=True, text=True)
    assert rendered.returncode == 0 and rendered.stderr == ""


def test_man_page_text_cannot_issue_roff_requests():
    parser = argparse.ArgumentParser(prog="tokenmgr", description=".so /etc/passwd\n'br")
    parser.add_argument("--x", help="a \\ backslash -- dashes")
    page = render(parser)
    assert "\n.so" not in page and "\n'br" not in page
    assert "\\&.so /etc/passwd" in page and "a \\e backslash \\-\\- dashes" in page
