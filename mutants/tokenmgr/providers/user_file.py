"""Write the user's providers.toml (Configure), keeping their comments and order.

tomlkit is imported only here, when saving. The client secret never goes into
this file: it belongs in the keyring.
"""

from __future__ import annotations

import os
from pathlib import Path

from tokenmgr.paths import ensure_private_dir


def set_provider_keys(path: Path, provider_id: str, values: dict[str, object]) -> None:
    import tomlkit

    doc = tomlkit.parse(path.read_text(encoding="utf-8")) if path.is_file() else tomlkit.document()
    providers = doc.setdefault("providers", tomlkit.table(is_super_table=True))
    table = providers.get(provider_id)
    if table is None:
        table = tomlkit.table()
        providers[provider_id] = table
    for key, value in values.items():
        if value is None:
            table.pop(key, None)
        else:
            table[key] = value
    ensure_private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(tomlkit.dumps(doc))
    os.replace(tmp, path)
