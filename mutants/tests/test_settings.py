from __future__ import annotations

from tokenmgr.settings import DEFAULT_CLEAR_SECONDS, Settings, load_settings


def test_missing_file_means_defaults(tmp_path):
    assert load_settings(tmp_path / "settings.toml") == Settings()


def test_values_are_read(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("[clipboard]\nclear_seconds = 10\n[refresh]\nmargin_seconds = 60\n")
    settings = load_settings(path)
    assert (settings.clipboard_clear_seconds, settings.refresh_margin_seconds) == (10, 60)


def test_bad_value_is_reported_and_defaulted(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("[clipboard]\nclear_seconds = 1\n")
    settings = load_settings(path)
    assert settings.clipboard_clear_seconds == DEFAULT_CLEAR_SECONDS
    assert "clear_seconds must be a number from 5 to 3600" in settings.problems[0]
    assert str(path) in settings.problems[0]


def test_broken_toml_is_ignored_with_a_problem(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("[clipboard\n")
    settings = load_settings(path)
    assert settings.clipboard_clear_seconds == DEFAULT_CLEAR_SECONDS
    assert "not readable TOML" in settings.problems[0]
