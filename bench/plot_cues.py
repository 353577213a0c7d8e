"""Dev tool: plot each cue's waveform envelope and spectrum to /tmp/cues/<theme>_<cue>.png.

Needs matplotlib (dev only, not a dependency): pip install matplotlib.
Run from the source tree: PYTHONPATH=. python bench/plot_cues.py [theme ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

from kindapp.sound.recipes import available_themes, load_theme
from kindapp.sound.synth import loudness_dbfs, peak_dbfs, render_cue

RATE = 48000
OUT = Path("/tmp/cues")


def plot(theme: str, cue: str, x: np.ndarray) -> Path:
    t = np.arange(len(x)) / RATE
    hop = RATE // 100
    frames = len(x) // hop
    rms = np.sqrt(np.mean(np.square(x[: frames * hop].reshape(frames, hop)), axis=1))
    env_db = 20 * np.log10(np.maximum(rms, 1e-7))
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    freqs = np.fft.rfftfreq(len(x), 1 / RATE)
    spec_db = 20 * np.log10(np.maximum(spec / spec.max(), 1e-9))
    fig, axes = plt.subplots(4, 1, figsize=(10, 11))
    axes[0].plot(t, x, lw=0.3)
    axes[0].set_title(
        f"{theme}/{cue}: peak {peak_dbfs(x):.1f} dBFS, "
        f"loudness {loudness_dbfs(x, RATE):.1f} dBFS, {len(x) / RATE:.2f} s"
    )
    axes[0].set_xlabel("s")
    axes[1].plot(np.arange(frames) / 100, env_db)
    axes[1].axhline(-50, color="r", ls="--", lw=0.8)
    axes[1].set_ylim(-100, 0)
    axes[1].set_ylabel("10 ms RMS, dBFS")
    n = int(0.03 * RATE)
    axes[2].plot(t[:n] * 1000, x[:n], label="first 30 ms")
    axes[2].plot(t[:n] * 1000, x[-n:], label="last 30 ms")
    axes[2].set_xlabel("ms")
    axes[2].legend()
    axes[3].plot(freqs, spec_db, lw=0.5)
    axes[3].set_xscale("log")
    axes[3].set_xlim(50, 20000)
    axes[3].set_ylim(-120, 5)
    axes[3].set_xlabel("Hz")
    fig.tight_layout()
    path = OUT / f"{theme}_{cue}.png"
    fig.savefig(path, dpi=70)
    plt.close(fig)
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for theme in sys.argv[1:] or available_themes():
        recipes = load_theme(theme)
        for cue, recipe in recipes.cues.items():
            print(plot(theme, cue, render_cue(recipe, RATE, seed=theme)))


if __name__ == "__main__":
    main()
