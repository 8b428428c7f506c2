"""Settings from the environment: read once, and a bad value names the variable and the fix."""
import pytest

from bot.base.settings import DEFAULT_ANSWER_PROCESSES, Settings, SettingsError


def test_numbers_are_read_from_the_environment():
    settings = Settings.from_env({"BOT_TOP_K": "7", "BOT_ANSWER_PROCESSES": "0", "BOT_QUEUE_SIZE": "3"})
    assert (settings.top_k, settings.answer_processes, settings.queue_size) == (7, 0, 3)
    assert Settings.from_env({}).answer_processes == DEFAULT_ANSWER_PROCESSES


@pytest.mark.parametrize("variable, value, wanted", [
    ("BOT_ANSWER_PROCESSES", "-1", "0 or more"), ("BOT_ANSWER_PROCESSES", "two", "0 or more"),
    ("BOT_TOP_K", "0", "positive integer"), ("BOT_CONCURRENCY", "1.5", "positive integer")])
def test_a_bad_number_names_the_variable_and_what_to_set(variable, value, wanted):
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({variable: value})
    assert variable in str(raised.value) and wanted in str(raised.value)


def test_several_logins_and_the_page_data_folder():
    settings = Settings.from_env(environ={"BOT_AUTH": "alice:pw:with:colons,bob:x", "BOT_DATA_DIR": "/srv/bot"})
    assert settings.logins == [("alice", "pw:with:colons"), ("bob", "x")]
    assert str(settings.page_data_path) == "/srv/bot/page.sqlite3"
    assert Settings.from_env(environ={}).page_data_path.parent == Settings.from_env(environ={}).index_dir
    for bad in ("alice", "alice:pw,bob", ":pw"):
        with pytest.raises(SettingsError, match="user:password"):
            Settings.from_env(environ={"BOT_AUTH": bad})
    with pytest.raises(SettingsError, match="BOT_UPLOADS='yes' is not on or off"):
        Settings.from_env(environ={"BOT_UPLOADS": "yes"})
