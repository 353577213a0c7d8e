"""What's in the way and a kind day on the real desktop, by keyboard alone, from home (the Tab
order of home's cards), with what was written read back through `kindapp --export`."""

from __future__ import annotations

import json
from collections.abc import Callable

import desktop
import pytest
from desktop import wait_for_log

pytestmark = pytest.mark.system

TO_WAY = 8  # Tabs from the first card's Begin to "What's in the way?"


def _type(env: desktop.KindEnv, text: str) -> None:
    desktop.xdotool(env, "type", "--delay", "10", text)


def _home(kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]) -> str:
    kind_env.settings_path.parent.mkdir(parents=True, exist_ok=True)
    kind_env.settings_path.write_text(json.dumps({"schema_version": 1, "first_run_done": True}))
    launch_kind()
    wait_for_log(kind_env, r"window-shown", 30)
    return desktop.wait_for_window(kind_env)


def test_whats_in_the_way_by_keyboard(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    window = _home(kind_env, launch_kind)
    desktop.focus_and_press(kind_env, window, *["Tab"] * TO_WAY, "space")
    wait_for_log(kind_env, r"screen name=in_the_way", 10)
    _type(kind_env, "Calling the dentist")
    desktop.focus_and_press(kind_env, window, "ctrl+Return", "space", "Return")
    _type(kind_env, "That it will hurt")
    desktop.focus_and_press(kind_env, window, "ctrl+Return")
    _type(kind_env, "Look up the number")
    desktop.focus_and_press(kind_env, window, "Return")

    def kept() -> list[dict[str, object]]:
        data = desktop.export(kind_env, kind_env.root / "export.json")
        return list(data.get("in_the_way", []))

    (entry,) = desktop.wait_until(kept, 10, "the entry in the export", interval=0.2)
    assert entry["hard_thing"] == "Calling the dentist"
    assert entry["reason"] == "too_much"  # the first reason, chosen with Space
    assert entry["answer"] == "That it will hurt"
    assert entry["next_step"] == "Look up the number"
    assert entry["remind_at"] is None, "no reminder unless asked for"


def test_a_kind_day_by_keyboard(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    window = _home(kind_env, launch_kind)
    desktop.focus_and_press(kind_env, window, *["Tab"] * (TO_WAY + 1), "space")
    wait_for_log(kind_env, r"screen name=kind_day", 10)
    _type(kind_env, "Rest when tired")
    desktop.focus_and_press(kind_env, window, "Return")

    def days() -> list[dict[str, object]]:
        return list(desktop.export(kind_env, kind_env.root / "e.json").get("kind_days", []))

    (day,) = desktop.wait_until(days, 10, "the kind day in the export", interval=0.2)
    assert day["intention"] == "Rest when tired" and day["kind_moment"] == ""
    # Back on home, the card now opens the evening look back.
    wait_for_log(kind_env, r"screen name=home", 10)
    desktop.focus_and_press(kind_env, window, *["Tab"] * (TO_WAY + 1), "space")
    desktop.wait_until(
        lambda: len(desktop.log_lines(kind_env, r"screen name=kind_day")) >= 2, 10, "the look back"
    )
    _type(kind_env, "A slow breakfast")
    desktop.focus_and_press(kind_env, window, "Return")
    _type(kind_env, "The traffic")
    desktop.focus_and_press(kind_env, window, "Return")

    def looked_back() -> list[dict[str, object]]:
        return [d for d in days() if d["kind_moment"]]

    (day,) = desktop.wait_until(looked_back, 10, "the look back in the export", interval=0.2)
    assert (day["kind_moment"], day["hard_moment"]) == ("A slow breakfast", "The traffic")
