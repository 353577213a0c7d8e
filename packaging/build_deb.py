"""Build Kind's Debian package from the PyInstaller bundle: DIST/kindapp_VERSION-1_ARCH.deb.

    python packaging/build_deb.py [--bundle DIR] [--dist DIR] [--work DIR]

The package holds
    /opt/kindapp/                       the one-folder bundle (`make package` builds it)
    /usr/bin/kindapp                    a symlink to /opt/kindapp/kindapp
    /usr/share/applications/org.kindapp.Kind.desktop
    /usr/share/icons/hicolor/*/apps/org.kindapp.Kind.{png,svg}
    /usr/share/metainfo/org.kindapp.Kind.metainfo.xml
    /usr/share/man/man1/kindapp.1.gz, /usr/share/doc/kindapp/{copyright,changelog.Debian.gz}

It is built with Debian's own tools. The copies PyInstaller made of this Debian's own libraries
(the X and xcb libraries, GTK, CUPS, PortAudio, libpython...) are left out of /opt/kindapp: the
package depends on them instead (every NEEDED library no file in the bundle provides, found
with readelf, ldconfig and dpkg-query), so Debian's security updates reach Kind. The few loaded
by name at run time (libdbus, xcb-cursor) and the fonts are added by hand, and dpkg-deb builds
the archive (root-owned files without fakeroot). The version
is pyproject.toml's, with Debian revision 1. No maintainer scripts: the icon cache and the
desktop database are refreshed by their own packages' dpkg triggers. Prints the .deb's path.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
APP_ID = "org.kindapp.Kind"
PACKAGE = "kindapp"
MAINTAINER = "The Kind developers <kind@kindapp.org>"
HOMEPAGE = "https://kindapp.org/"

# Loaded by name at run time (ctypes / dlopen), so no ELF file in the bundle names them:
#   libportaudio2    sounddevice's PortAudio (ctypes), and ALSA's pulse plugin so it reaches
#                    the person's sound server (PulseAudio or PipeWire's pulse server)
#   libdbus-1-3      Qt's D-Bus module (tray, notifications, the keyring) dlopens it
#   libxcb-cursor0   Qt 6.5+'s xcb platform plugin refuses to start without it
#   fonts-dejavu-core a font, so that text shows on a machine with no other font installed
EXTRA_DEPENDS = (
    "libportaudio2",
    "libdbus-1-3",
    "libxcb-cursor0",
    "fonts-dejavu-core | fonts-dejavu",
)
# libxss1: on X11, how long the person has been away (the room, kindapp/ui/desktop/room_x11.py,
# loads it by name; without it "away" is not known there and reminders come on the clock).
RECOMMENDS = ("libasound2-plugins", "pulseaudio | pipewire-pulse", "libxss1")

SUMMARY = "calm desktop companion for guided self-compassion practice"
DESCRIPTION = """\
Kind guides short self-compassion practices, built on the ideas of Kristin
Neff and Christopher Germer: the Self-Compassion Break, soothing touch and
paced breathing, with a calm visual pacer and soft generated sounds. It sits
in the tray for a quick break whenever one is needed, its reminders are off
by default and never steal focus, and everything stays on the computer.
.
The program is a self-contained bundle in /opt/kindapp (its own Python and
Qt); the journal, settings and voice recordings live in the user's home and
are kept when the package is removed."""

COPYRIGHT = f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Kind
Upstream-Contact: {MAINTAINER}
Source: {HOMEPAGE}

Files: *
Copyright: 2025-2026 The Kind developers
License: MIT

Files: opt/kindapp/_internal/*
Copyright: 2001-2026 The Python Software Foundation, The Qt Company, the NumPy developers,
 the PortAudio and sounddevice authors, the SQLCipher authors and others
License: various
 The bundle carries CPython (PSF License), Qt 6 and PySide6 (LGPL-3), NumPy
 (BSD-3-Clause), sounddevice (MIT), platformdirs (MIT), jeepney (MIT) and
 sqlcipher3 (zlib / BSD). Their license files travel inside the bundle
 (the *.dist-info directories).

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy
 of this software and associated documentation files (the "Software"), to deal
 in the Software without restriction, including without limitation the rights
 to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 copies of the Software, and to permit persons to whom the Software is
 furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in
 all copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
 THE SOFTWARE.
"""

MANPAGE = """\
.TH KINDAPP 1 "{date}" "kindapp {version}" "User Commands"
.SH NAME
kindapp \\- calm desktop companion for guided self-compassion practice
.SH SYNOPSIS
.B kindapp
[\\fIOPTIONS\\fR]
.SH DESCRIPTION
Kind guides short self-compassion practices: the Self-Compassion Break,
soothing touch and paced breathing. Started without options it opens its
window (or shows the one already running) and waits in the tray.
.SH OPTIONS
.TP
.B \\-\\-break
Start a Self-Compassion Break.
.TP
.BI \\-\\-practice " NAME"
Start a practice (touch, breathe).
.TP
.B \\-\\-minimized
Start quietly in the tray.
.TP
.BI \\-\\-export " FILE"
Write the journal to FILE as JSON and exit.
.TP
.B \\-\\-uninstall\\-desktop
Remove the launcher, icons and autostart entry that Kind added for this user.
.TP
.B \\-\\-version
Print the version and exit.
.TP
.B \\-\\-help
List every option.
.SH FILES
The journal, settings and voice recordings are kept under
\\fI$XDG_DATA_HOME/kindapp\\fR and \\fI$XDG_CONFIG_HOME/kindapp\\fR; removing the
package leaves them in place.
"""


# What lintian says of a self-contained app in /opt, and why it stays so (README, "Packaging").
LINTIAN_OVERRIDES = """\
# The issue asks for Kind in /opt/kindapp: one self-contained folder (its own Python, Qt and
# NumPy from their wheels) that is removed as a whole; nothing else of the package is in /opt.
kindapp: dir-or-file-in-opt [opt/kindapp/*]
# Qt's, PySide6's, NumPy's and the wheels' own builds, as their projects ship them: built
# without Debian's hardening flags, their own copies of small libraries inside Qt's image
# plugins and CPython's pyexpat, and CPython's tiny modules that need nothing from libc.
kindapp: hardening-no-bindnow [opt/kindapp/*]
kindapp: hardening-no-fortify-functions [opt/kindapp/*]
kindapp: hardening-no-pie [opt/kindapp/kindapp]
kindapp: embedded-library * [opt/kindapp/_internal/*]
kindapp: library-not-linked-against-libc [opt/kindapp/_internal/*]
kindapp: shared-library-lacks-prerequisites [opt/kindapp/_internal/*]
kindapp: binary-has-unneeded-section * [opt/kindapp/*]
# Not stripped: strip breaks the wheels' patchelf-rewritten libraries (NumPy's OpenBLAS).
kindapp: unstripped-binary-or-object [opt/kindapp/*]
kindapp: spelling-error-in-binary * [opt/kindapp/*]
# License files of the bundled wheels stay beside them (their licenses ask for that).
kindapp: extra-license-file [opt/kindapp/_internal/*]
kindapp: package-contains-documentation-outside-usr-share-doc [opt/kindapp/_internal/*]
# Built by the project, not uploaded to Debian: there is no bug to close.
kindapp: initial-upload-closes-no-bugs
"""


def project_version() -> str:
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    version = str(data["project"]["version"])
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~]*", version):
        raise SystemExit(f"pyproject's version {version!r} is not a Debian upstream version")
    return version


def run(cmd: list[str], **kw: object) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, **kw)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} … failed ({done.returncode}):\n{done.stderr}")
    return str(done.stdout)


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def needed(elf: Path) -> list[str]:
    out = run(["readelf", "-d", "-W", str(elf)])
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def system_libraries() -> dict[str, Path]:
    """soname -> path of the libraries the dynamic linker finds on this (the build) machine."""
    found: dict[str, Path] = {}
    for line in run(["ldconfig", "-p"]).splitlines():
        m = re.match(r"\s+(\S+) \((libc6,x86-64|libc6,AArch64|libc6)[^)]*\) => (\S+)", line)
        if m:
            found.setdefault(m.group(1), Path(m.group(3)))
    return found


def owners(paths: list[Path]) -> dict[Path, str]:
    """{path: the Debian package that ships it}, in one dpkg-query call (usr-merged paths are
    asked both ways)."""
    asked: dict[str, Path] = {}
    for path in paths:
        for c in (str(path), str(path.resolve())):
            asked[c] = path
            if c.startswith("/usr/lib/"):
                asked[c[len("/usr") :]] = path
            elif c.startswith("/lib/"):
                asked["/usr" + c] = path
    done = subprocess.run(["dpkg-query", "-S", *asked], capture_output=True, text=True)
    found: dict[Path, str] = {}
    for line in done.stdout.splitlines():
        package, _, where = line.partition(": ")
        if where.strip() in asked and "," not in package:
            found.setdefault(asked[where.strip()], package.split(":")[0].strip())
    return found


def unbundle_system_libraries(internal: Path) -> dict[str, str]:
    """Take out of the bundle the copies PyInstaller made of this Debian's own libraries (libc's
    friends, the X and xcb libraries, GTK, CUPS, PortAudio, libpython...): the package depends
    on them instead, so Debian's security updates reach Kind. Qt, PySide6, NumPy's and the
    wheels' own libraries (not in any Debian package) stay. Returns {soname: package}."""
    system = system_libraries()
    libs = [
        lib
        for lib in sorted(internal.glob("lib*.so*"))
        # libpython is dlopened by the bootloader from _internal/: it stays with the bundle.
        if lib.is_file() and lib.name in system and not lib.name.startswith("libpython")
    ]
    packages = owners([system[lib.name] for lib in libs])
    removed: dict[str, str] = {}
    for lib in libs:
        package = packages.get(system[lib.name])
        if package is not None:
            lib.unlink()
            removed[lib.name] = package
    return removed


def shlib_depends(bundle: Path) -> list[str]:
    """The Debian packages whose libraries the bundle's ELF files need and do not carry:
    every NEEDED entry that no file in the bundle provides, found with ldconfig and dpkg."""
    elves = sorted(p for p in bundle.rglob("*") if is_elf(p))
    carried = {p.name for p in bundle.rglob("*")}
    wanted = sorted({name for elf in elves for name in needed(elf)} - carried)
    system = system_libraries()
    found = owners([system[name] for name in wanted if name in system])
    packages = {found[system[name]] for name in wanted if name in system and system[name] in found}
    missing = [name for name in wanted if name not in system or system[name] not in found]
    if missing:
        raise SystemExit(
            "no Debian package provides " + ", ".join(missing) + ": install them here (the "
            "build machine) so that the package can depend on them"
        )
    return sorted(packages)


def tidy_libraries(bundle: Path) -> None:
    """No RUNPATH that points outside the bundle (a pyenv-built Python leaves its build
    machine's lib/ in lib-dynload's modules). The libraries are not stripped: the wheels'
    libraries were rewritten by patchelf (auditwheel), and strip then breaks them (NumPy's
    OpenBLAS no longer loads: "ELF load command address/offset not page-aligned")."""
    libs = [p for p in bundle.rglob("*") if ".so" in p.name and is_elf(p)]
    for lib in libs:
        rpath = run(["patchelf", "--print-rpath", str(lib)]).strip()
        if rpath and "$ORIGIN" not in rpath:
            run(["patchelf", "--remove-rpath", str(lib)])


def dir_size_kib(path: Path) -> int:
    total = sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def stage(bundle: Path, root: Path, version: str) -> None:
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    # PyInstaller's bootloader finds its _internal/ from /proc/self/exe, so a symlink works.
    (usr_bin / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = root / "usr" / "share"
    # The desktop entry runs `kindapp` from PATH, i.e. /usr/bin/kindapp.
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir(parents=True)
    shutil.copyfile(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = HERE / "icons"
    for icon in sorted(icons.rglob(f"{APP_ID}.*")):
        dest = share / "icons" / icon.relative_to(icons)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icon, dest)
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / PACKAGE).write_text(LINTIAN_OVERRIDES, encoding="utf-8")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    when = datetime.now(UTC)
    changelog = (
        f"{PACKAGE} ({version}-1) unstable; urgency=medium\n\n"
        f"  * Kind {version}, built from the project's own sources.\n\n"
        f" -- {MAINTAINER}  {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n"
    )
    write_gz(doc / "changelog.Debian.gz", changelog)
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    write_gz(
        man / f"{PACKAGE}.1.gz",
        MANPAGE.format(date=when.strftime("%Y-%m-%d"), version=version),
    )


def write_gz(path: Path, text: str) -> None:
    # mtime 0 and -n style: reproducible, and what lintian expects of compressed docs.
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(text.encode("utf-8"))


def normalise_modes(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        elif ".so" in path.name and is_elf(path):
            path.chmod(0o644)  # libraries are not programs
        elif path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def write_control(root: Path, version: str, depends: list[str]) -> None:
    arch = run(["dpkg", "--print-architecture"]).strip()
    meta = root / "DEBIAN"
    meta.mkdir()
    # md5sums of every shipped file (dpkg --verify and debsums read them).
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and meta not in path.parents:
            digest = hashlib.md5(path.read_bytes()).hexdigest()  # dpkg's md5sums format
            lines.append(f"{digest}  {path.relative_to(root)}\n")
    (meta / "md5sums").write_text("".join(lines), encoding="utf-8")
    description = "\n".join(" " + line if line else " ." for line in DESCRIPTION.splitlines())
    control = (
        f"Package: {PACKAGE}\n"
        f"Version: {version}-1\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {dir_size_kib(root)}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {SUMMARY}\n{description}\n"
    )
    (meta / "control").write_text(control, encoding="utf-8")
    for path in meta.iterdir():
        path.chmod(0o644)


def merge_depends(found: list[str]) -> list[str]:
    names = {re.split(r"[\s(]", d, maxsplit=1)[0] for d in found}
    extra = [d for d in EXTRA_DEPENDS if d.split()[0] not in names]
    return sorted(found + extra)


def build(bundle: Path, dist: Path, work: Path) -> Path:
    exe = bundle / PACKAGE
    if not (exe.is_file() and os.access(exe, os.X_OK)):
        raise SystemExit(f"no bundle at {bundle}: run `make package` first")
    for tool, package in (("dpkg-deb", "dpkg"), ("readelf", "binutils"), ("patchelf", "patchelf")):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: install the Debian package {package}")
    version = project_version()
    work.mkdir(parents=True, exist_ok=True)
    root = work / "root"
    stage(bundle, root, version)
    removed = unbundle_system_libraries(root / "opt" / PACKAGE / "_internal")
    print(f"left out {len(removed)} copies of Debian's own libraries")
    tidy_libraries(root / "opt" / PACKAGE)
    normalise_modes(root)
    depends = merge_depends(shlib_depends(root / "opt" / PACKAGE))
    write_control(root, version, depends)
    dist.mkdir(parents=True, exist_ok=True)
    arch = run(["dpkg", "--print-architecture"]).strip()
    deb = dist / f"{PACKAGE}_{version}-1_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)])
    print(f"built {deb}: {deb.stat().st_size / 1e6:.1f} MB")
    print("Depends: " + ", ".join(depends))
    return deb


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--bundle", type=Path, default=REPO / "dist" / "bundle" / PACKAGE)
    p.add_argument("--dist", type=Path, default=REPO / "dist")
    p.add_argument("--work", type=Path, default=REPO / "build" / "deb")
    args = p.parse_args(argv)
    build(args.bundle.resolve(), args.dist.resolve(), args.work.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
