"""A letter on paper: Markdown export, print and PDF (QPrinter)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from kindapp.core.atomic import write_atomic
from kindapp.ui.common.text import with_args
from kindapp.ui.common.tokens import LIGHT

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from kindapp.core.records import Letter


def untitled() -> str:
    """The title of a letter that has none."""
    return QCoreApplication.translate("letters", "A letter to myself")


def _written(when: datetime) -> str:
    return with_args(QCoreApplication.translate("letters", "written %1"), written_date(when))


def written_date(when: datetime) -> str:
    """The day a letter was written, in the person's local time, e.g. "3 March 2025"."""
    local = when.astimezone() if when.tzinfo else when
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMMM yyyy")


def display_title(letter: Letter) -> str:
    return " ".join(letter.title.split()) or untitled()


def letter_markdown(letter: Letter) -> str:
    """'# Title', a blank line, '_written <date>_', a blank line, the body, a final newline."""
    body = letter.body.rstrip("\n")
    written = _written(letter.created)
    return f"# {display_title(letter)}\n\n_{written}_\n\n{body}\n"


def export_markdown(letter: Letter, path: Path) -> None:
    """Write the letter as Markdown to `path`, atomically, readable only by its owner."""
    write_atomic(path, letter_markdown(letter).encode("utf-8"), mode=0o600)


def safe_file_stem(letter: Letter) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in display_title(letter))
    return "-".join(keep.split())[:60] or "letter"


def letter_document(letter: Letter) -> QTextDocument:
    """The letter laid out for paper: a title, the date, then the body in a calm serif."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    serif = QFont()
    serif.setFamilies(["DejaVu Serif", "Noto Serif", "Georgia", "serif"])
    serif.setPointSizeF(11.5)
    doc.setDefaultFont(serif)
    cur = QTextCursor(doc)

    title_block = QTextBlockFormat()
    title_block.setBottomMargin(4)
    title_chars = QTextCharFormat()
    title_chars.setFontFamilies(["DejaVu Serif", "Noto Serif", "Georgia", "serif"])
    title_chars.setFontPointSize(20)
    title_chars.setFontWeight(QFont.Weight.Light)
    cur.setBlockFormat(title_block)
    cur.insertText(display_title(letter), title_chars)

    date_block = QTextBlockFormat()
    date_block.setBottomMargin(22)
    date_chars = QTextCharFormat()
    date_chars.setFontPointSize(10)
    date_chars.setFontItalic(True)
    date_chars.setForeground(QColor(LIGHT.muted))  # printed on white paper
    cur.insertBlock(date_block, date_chars)
    cur.insertText(_written(letter.created), date_chars)

    body_block = QTextBlockFormat()
    body_block.setLineHeight(150.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    body_block.setBottomMargin(4)
    body_chars = QTextCharFormat()
    body_chars.setFontPointSize(11.5)
    lines = letter.body.rstrip("\n").split("\n") or [""]
    for line in lines:
        cur.insertBlock(body_block, body_chars)
        cur.insertText(line, body_chars)
    return doc


# QTextDocument.print_() adds its own 2 cm margin around the text; with the printer's
# 6 mm that makes about 26 mm on every side.
def pdf_printer(path: str | None = None) -> QPrinter:
    # QtPrintSupport (and its library) only when a letter is printed or saved as a PDF.
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(6, 6, 6, 6),
            QPageLayout.Unit.Millimeter,
        )
    )
    if path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
    printer.setDocName(QCoreApplication.translate("letters", "Letter"))
    printer.setCreator("Kind")
    return printer


def print_letter(letter: Letter, printer: QPrinter) -> None:
    letter_document(letter).print_(printer)


def save_pdf(letter: Letter, path: Path) -> None:
    """Write the letter as a PDF to `path`: printed to a private temp file, then moved in place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        os.chmod(tmp, 0o600)
        printer = pdf_printer(tmp)
        print_letter(letter, printer)
        if os.path.getsize(tmp) == 0:
            raise OSError(QCoreApplication.translate("letters", "the PDF came out empty"))
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def print_with_dialog(letter: Letter, parent: QWidget, title: str) -> None:
    """The system's print dialog for `letter` (a PDF printer chosen first); printed if accepted."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = pdf_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        print_letter(letter, printer)
