"""Self-tests of the Wayland desktop harness: if these fail, the Wayland system tests cannot be
trusted. They need no kindapp: the compositor's output, a bare PySide6 tray icon at the
StatusNotifierWatcher, a notification in mako, a known tone through PipeWire, a screenshot."""

from __future__ import annotations

import json
from pathlib import Path

import desktop
import numpy as np
import pytest
import wayland_desktop
from desktop import tail, wait_until
from PySide6.QtGui import QColor, QImage

pytestmark = pytest.mark.system


def test_the_desktop_is_up(wayland: wayland_desktop.WaylandDesktop) -> None:
    outputs = wayland.sway.msg("-t", "get_outputs")
    [output] = [o for o in outputs if o["name"] == wayland_desktop.OUTPUT]
    assert output["active"] and (output["rect"]["width"], output["rect"]["height"]) == (1280, 800)
    assert wayland.bus.owner(wayland_desktop.WATCHER), "nobody owns the StatusNotifierWatcher"
    assert wayland.waybar.host_registered()
    assert wayland.bus.owner(wayland_desktop.NOTIFICATIONS), "no notification server"
    info = wayland.sound.pactl("info")
    assert "PipeWire" in info and f"Default Sink: {desktop.SINK}" in info, info
    if not wayland.user.is_self:
        # sway refuses root: the desktop runs as the unprivileged user.
        assert wayland.user.uid != 0
        assert wayland.sway.proc is not None
        assert Path(f"/proc/{wayland.sway.proc.pid}").stat().st_uid == wayland.user.uid


def test_a_bare_tray_icon_registers_with_the_watcher(
    wayland: wayland_desktop.WaylandDesktop, wayland_kind_env: desktop.KindEnv
) -> None:
    log = wayland_kind_env.root / "sni_probe.log"
    probe = wayland_desktop.start_probe(wayland, wayland_kind_env, "sni_probe.py", log)
    try:
        first = wait_until(
            lambda: log.exists() and log.read_text().strip().splitlines()[:1],
            30,
            "the probe to show its icon",
            details=lambda: tail(log),
        )
        assert json.loads(first[0]) == {"available": True, "visible": True}, tail(log)
        [item] = wait_until(
            lambda: wayland_desktop.items_of_pid(wayland.bus, wayland.waybar.items(), probe.pid),
            15,
            "the probe's item in RegisteredStatusNotifierItems",
            details=lambda: f"{wayland.waybar.items()}\n{tail(log)}",
        )
        assert wayland_desktop.sni_property(wayland.bus, item, "Status") == "Active"
        menu = wayland_desktop.sni_property(wayland.bus, item, "Menu")
        layout = wayland_desktop.menu_layout(wayland.bus, item.service, menu)
        labels = [wayland_desktop.menu_label(e) for e in wayland_desktop.menu_entries(layout)]
        assert "Probe entry" in labels, layout
    finally:
        desktop.stop_process(probe)
    # Gone from the tray with its process.
    wait_until(
        lambda: not any(item.service in entry for entry in wayland.waybar.items()),
        10,
        "the probe's item to leave the watcher",
    )


def test_a_notification_shows_in_mako(
    wayland: wayland_desktop.WaylandDesktop, wayland_kind_env: desktop.KindEnv
) -> None:
    wayland.mako.dismiss_all()
    sent = wayland.run(
        ["notify-send", "--app-name=harness", "--print-id", "Harness check", "A line of body"],
        wayland_kind_env,
    )
    assert sent.returncode == 0, sent.stderr
    sent_id = int(sent.stdout.split()[-1])
    shown = wait_until(
        lambda: [n for n in wayland.mako.notifications() if n["summary"] == "Harness check"],
        10,
        "the notification in makoctl list",
        details=wayland.logs,
    )
    assert [(n["id"], n["app-name"], n["body"]) for n in shown] == [
        (sent_id, "harness", "A line of body")
    ]
    wayland.mako.dismiss_all()
    wait_until(lambda: not wayland.mako.notifications(), 10, "mako to dismiss it")


def test_recorder_hears_a_tone_played_through_pipewire(
    tmp_path: Path, wayland: wayland_desktop.WaylandDesktop, wayland_recorder: desktop.Recorder
) -> None:
    # Two soft tones 2.500 s apart in one file: the recorded interval must match closely.
    wav = tmp_path / "tones.wav"
    desktop.write_wav(
        wav,
        desktop.place(
            4.0, [(0.2, desktop.tone(440, 0.6, -12)), (2.7, desktop.tone(660, 0.6, -12))]
        ),
    )
    wayland_recorder.start()
    desktop.play_file(wayland.sound, wav)  # type: ignore[arg-type]
    onsets = wayland_recorder.wait_for_onsets(2, timeout=15.0)
    samples, rate = wayland_recorder.stop()
    assert rate == desktop.RATE
    assert len(onsets) == 2, onsets
    final = desktop.detect_onsets(samples, rate)
    assert len(final) == 2, final
    assert abs((final[1] - final[0]) - 2.5) < 0.002, final
    assert float(np.max(np.abs(samples))) > desktop.db_to_amp(-16.0)


def test_grim_takes_a_screenshot_with_the_bar(
    wayland: wayland_desktop.WaylandDesktop, artifacts: Path
) -> None:
    path = wayland.screenshot(artifacts / "wayland_desktop.png")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 800)
    # waybar's dark bar across the top, sway's light background below it.
    bar = QColor.fromRgb(image.pixel(640, 10))
    ground = QColor.fromRgb(image.pixel(640, 500))
    assert bar.lightness() < 80 < 200 < ground.lightness(), (bar.name(), ground.name())
