"""Peer credentials: the real ones of a socket pair, and a wrong uid refused."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from tokenmgr.agent import peercred
from tokenmgr.agent.peercred import PeerCred, PeerRejected, check_same_user


def test_a_socket_pair_reports_this_process():
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        cred = peercred.peer_cred(left)
    assert (cred.pid, cred.uid, cred.gid) == (os.getpid(), os.getuid(), os.getgid())


def test_same_uid_passes_and_another_uid_is_rejected():
    mine = PeerCred(123, os.getuid(), os.getgid())
    assert check_same_user(mine) is mine
    with pytest.raises(PeerRejected, match=f"uid {os.getuid() + 1}"):
        check_same_user(PeerCred(123, os.getuid() + 1, 0))
    with pytest.raises(PeerRejected):
        check_same_user(mine, expected_uid=os.getuid() + 1)


def test_the_calling_program_is_the_parent_or_the_first_non_shell_ancestor():
    probe = ("from tokenmgr.agent.peercred import calling_program; "
             "print(calling_program()); print(calling_program(skip_shells=True))")
    direct = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    me = peercred.program_of(os.getpid())
    assert direct == [repr((me, os.getpid()))] * 2
    via_sh = subprocess.run(["sh", "-c", f"'{sys.executable}' -c \"{probe}\"; true"],
                            capture_output=True, text=True, check=True).stdout.splitlines()
    assert eval(via_sh[0])[0] == "sh"  # noqa: S307 - our own repr of a tuple
    assert eval(via_sh[1]) == (me, os.getpid())  # noqa: S307


def test_an_unknown_process_has_no_program():
    assert peercred.program_of(2 ** 22 + 12345) is None
    assert peercred.parent_of(2 ** 22 + 12345) is None
