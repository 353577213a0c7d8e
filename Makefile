# Kind — developer commands. `make run` and `make test` are the two that matter.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
# Exact versions of every tool and library the tests and the build use (`make lock` refreshes it).
LOCK := packaging/requirements.lock
# The shared libpython PyInstaller bundles: Debian's package for the python3 that builds the venv.
PYVER := $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)

# Debian packages for everything `make run`, `make package` and the tests call: the X11 test
# desktop (X server, tray host, xdotool), the sound server and its tools, PortAudio, the xcb
# libraries Qt's platform plugin loads, the bundle build (objdump, the shared libpython), the
# PDF reader the letter test uses, and the desktop-file checkers. Then the Wayland test desktop
# (tests/system/wayland_desktop.py): sway and grim, waybar (StatusNotifier tray), mako
# (notifications; makoctl needs busctl from systemd), notify-send, wtype (keys), PipeWire
# with its pulse server and session manager, dbus-daemon for the private bus, passwd (useradd:
# sway refuses root, so the desktop runs as a user of its own) and the libraries Qt's wayland
# plugin loads. And a Secret Service keyring (gnome-keyring) for the lock's "remember on this
# computer" test, espeak-ng (the voice the voice tests speak into a virtual microphone), and
# stress-ng (the sound soak keeps both cores busy with it). Then the Debian package's tools:
# lintian (`make deb` checks the package with it), patchelf (it takes the build machine's RUNPATH
# out of the bundled libraries) and pipx (`make package-test` installs the
# wheel with it, as a person would).
APT_PACKAGES := xvfb xauth trayer xdotool x11-utils pulseaudio pulseaudio-utils \
	libportaudio2 libasound2-plugins \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 \
	libfontconfig1 libdbus-1-3 fonts-dejavu-core desktop-file-utils appstream \
	binutils $(if $(PYVER),libpython$(PYVER)) poppler-utils util-linux stress-ng \
	sway grim waybar mako-notifier systemd libnotify-bin pipewire pipewire-pulse wireplumber \
	wtype dbus-daemon passwd libwayland-client0 libwayland-cursor0 libwayland-egl1 libxkbcommon0 \
	gnome-keyring espeak-ng lintian pipx patchelf tzdata \
	gnome-shell gjs dconf-service libglib2.0-bin libxss1 gnome-session-bin

.PHONY: run test check lint static system-deps venv install bench clean package install-desktop translations lock \
	deb dist package-test mutants

run: install
	$(VENV)/bin/kindapp

# pytest-xdist workers for `make test` and `make check`. Most of the suite waits (on sound at a
# sink, on a practice's real seconds, on a desktop's processes) rather than computes, so more
# workers than cores pays: 4 on a 2-core machine. tests/conftest.py keeps together what must not
# run side by side (the one Wayland desktop; the tests that time sound at a sink).
TEST_WORKERS ?= 4
XDIST = -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder

# Installs what the tests need (Debian packages too, when root), then runs the
# whole suite: lint, types, unit, gui and system tests (and names the 25 longest, for CI's log).
test: system-deps install lint package
	KIND_BUNDLE=dist/bundle/kindapp/kindapp $(VENV)/bin/pytest $(XDIST) --durations=25 tests \
		--ignore=tests/system/install

# The quick inner loop while working: lint, types, the unit and GUI tests (pytest-qt on an Xvfb
# of their own), none of the system tests (the real app on the X11, Wayland and GNOME desktops),
# not the screenshot matrix of every screen in every look (marker `screenshots`) and not the
# tests that play or record real seconds through a PulseAudio server of their own (marker
# `sound_server`: two of them must run alone, and the rest are a lane of a minute at a sink).
# `make test` runs all of it and is what CI runs. Python keeps its compiled bytecode (and
# pytest its rewritten test modules) in __pycache__ even where the environment says not to
# (PYTHONDONTWRITEBYTECODE): otherwise each of the workers compiles kindapp and the tests
# afresh on every run (about a sixth of the run's CPU time on two cores). It draws every
# screenshot a test takes but writes none (KIND_SCREENSHOTS=off; `make test` writes them).
# The rooms' import rules (tests/unit/test_architecture.py) run with the unit tests here, not
# a second time on their own as in `lint`.
check: install static
	PYTHONDONTWRITEBYTECODE= KIND_SCREENSHOTS=off $(VENV)/bin/pytest $(XDIST) -q \
		-m "not screenshots and not sound_server" tests/unit tests/gui

# Style, the rooms' import rules (tests/unit/test_architecture.py, see ARCHITECTURE.md), types.
lint: install static
	$(VENV)/bin/pytest -q tests/unit/test_architecture.py

# Style and types: ruff, then mypy (strict; it keeps its cache in .mypy_cache).
static: install
	$(VENV)/bin/ruff check kindapp tests bench packaging
	$(VENV)/bin/ruff format --check kindapp tests bench packaging
	$(VENV)/bin/mypy kindapp

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "system packages: all present"; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else echo "missing Debian packages; install them first: sudo apt install$$missing"; exit 1; fi

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

venv: $(VENV)/bin/python

# The locked tools and libraries (again only when pyproject.toml or the lock changed), then
# Kind itself as a regular (non-editable) install, so tests exercise exactly what a wheel ships.
$(VENV)/.deps: pyproject.toml $(LOCK) | $(VENV)/bin/python
	$(PIP) install -c $(LOCK) '.[test,dev,package]'
	touch $@

# Reinstalled when a file the wheel is built from is newer than the last install (so `make
# check` does not rebuild an unchanged Kind); `make clean` or `rm .venv/.kind` forces it.
KIND_SOURCES := $(shell find kindapp assets audio -type f -not -name '*.pyc' 2>/dev/null) \
	pyproject.toml packaging/hatch_build.py
$(VENV)/.kind: $(VENV)/.deps $(KIND_SOURCES)
	$(PIP) install --no-deps --force-reinstall .
	touch $@

install: $(VENV)/.kind

# Mutation testing (not part of `make test`; hours on 2 cores): mutmut changes kindapp/core and
# kindapp/sound one small mutant at a time and runs the unit tests that reach it (no display;
# [tool.mutmut] in pyproject.toml says which modules and tests, docs/mutants.md why). It resumes
# where it stopped; `rm -rf mutants` starts afresh. Then the score per module (README).
MUTMUT_CHILDREN ?= 1
mutants: install
	QT_QPA_PLATFORM=offscreen nice -n 19 $(VENV)/bin/mutmut run --max-children $(MUTMUT_CHILDREN)
	$(PY) tests/mutants/score.py

# Refresh the lock on purpose: the newest releases that pyproject.toml allows, in a new venv.
lock:
	rm -rf build/lock-venv
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/pip install --disable-pip-version-check -q '.[test,dev,package]'
	{ echo "# Exact versions for the tests and the build; made by \`make lock\`, used by \`make install\`."; \
	  build/lock-venv/bin/pip freeze --exclude kindapp; } > $(LOCK)
	rm -rf build/lock-venv

# Start-up, idle cost, render time, cue latency and breath timing (bench/run.py, about 15
# minutes with its 10-minute breathe practice), sound that holds against today's engine (cue
# onsets, recovery, a 10-minute soak on busy cores; bench/bench_sound.py, about 20 minutes), then the pacer's frame rate, the journal, and
# the unlock cost (bench_unlock), letter writing on the real widgets (autosave, a 5 MB paste, a 10,000-letter library), typing
# latency into a 5 MB letter while it autosaves, and History / the library through the screens.
# Each exits 1 on a missed target; all of them run, and `make bench` fails if any missed.
bench: system-deps install
	@fail=0; for b in run bench_light bench_sound bench_render bench_pacer bench_journal bench_unlock bench_letters bench_typing bench_lists; do \
		$(PY) bench/$$b.py || { echo "bench/$$b.py: a target was missed"; fail=1; }; \
	done; exit $$fail

# Refresh assets/translations/*.ts from the sources (pyside6-lupdate) and check they compile
# (pyside6-lrelease, into build/). The wheel's build hook (packaging/hatch_build.py) compiles
# the .qm files Kind loads; they are never committed.
translations: install
	$(PY) packaging/translations.py

# A PyInstaller one-folder bundle in dist/bundle/kindapp/ (the packaging system test starts it).
package: install
	$(PY) packaging/build_bundle.py --dist dist/bundle --work build/pyinstaller

# The Debian package, dist/kindapp_VERSION-1_ARCH.deb, from the bundle (packaging/build_deb.py),
# (built by `make package` first when there is none), checked by lintian; its findings go to artifacts/lintian.txt (errors fail the build).
deb: system-deps install
	[ -x dist/bundle/kindapp/kindapp ] || $(MAKE) package
	rm -f dist/kindapp_*.deb
	$(PY) packaging/build_deb.py --bundle dist/bundle/kindapp --dist dist --work build/deb
	mkdir -p artifacts
	lintian --info --display-info --tag-display-limit 0 dist/kindapp_*.deb 2>&1 | tee artifacts/lintian.txt; \
		test $${PIPESTATUS[0]} -eq 0

# The sdist and the wheel in dist/ (python -m build; the wheel carries the launcher files).
dist: install
	rm -f dist/kindapp-*.whl dist/kindapp-*.tar.gz
	$(PY) -m build --outdir dist .

# Installs the .deb (apt-get) and the wheel (pipx) as a person would and runs Kind from each
# (tests/system/install). The .deb goes in system-wide: only as root in a throwaway root (CI
# runs this after `make test` in its brand-new Debian 12 root); the tests refuse to run elsewhere.
package-test: deb dist
	KIND_PACKAGE_TEST=1 $(VENV)/bin/pytest tests/system/install

# The launcher and icons for the current user (~/.local/share), running this checkout's Kind.
install-desktop: install
	$(PY) packaging/install_desktop.py --exec "$(abspath $(VENV))/bin/kindapp"

clean:
	rm -rf $(VENV) build dist artifacts mutants .pytest_cache .mypy_cache .ruff_cache
