"""The Word (.docx) form of a print document: real headings, lists and tables (python-docx).

python-docx reads its default template from its own package folder, so this lives beside the
PDF compiler (store.typst_pdf), outside the disk-free renderers of store.export; it returns
the file's bytes and writes nothing (store.export_file writes).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from store.export.print_blocks import (
    Block,
    Bullets,
    Cell,
    Fields,
    Heading,
    Item,
    Para,
    PrintDocument,
    printable,
)
from store.export.print_blocks import Table as TableBlock

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph

#: The warning colour of overdue tiltak (as in the PDF).
WARN_RGB = (0xA4, 0x16, 0x1A)
QUIET_RGB = (0x5A, 0x5A, 0x5A)
#: Paragraph style ids by name (see _style_id).
_STYLE_IDS: dict[str, str] = {}


def docx_bytes(document: PrintDocument) -> bytes:
    """The .docx file of a print document (A4; landscape for the action plan)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    word = Document()
    word.core_properties.title = printable(document.title)
    word.core_properties.language = "nb-NO" if document.lang == "nb" else "en-GB"
    section = word.sections[0]
    width, height = (Mm(297), Mm(210)) if document.page == "a4-landscape" else (Mm(210), Mm(297))
    if document.page == "a3":
        width, height = Mm(297), Mm(420)
    section.page_width, section.page_height = width, height
    if document.page == "a4-landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Mm(18))
    _footer(section.footer.paragraphs[0], document)
    for block in document.blocks:
        _block(word, block)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _footer(paragraph: Paragraph, document: PrintDocument) -> None:
    """The footer: the meeting and its date, then "Side N av M" with Word's page fields."""
    paragraph.add_run(f"{printable(document.footer)} · {document.page_word} ")
    _field(paragraph, "PAGE")
    paragraph.add_run(f" {document.of_word} ")
    _field(paragraph, "NUMPAGES")


def _field(paragraph: Paragraph, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _block(word: WordDocument, block: Block) -> None:
    from docx.shared import RGBColor

    if isinstance(block, Heading):
        word.add_heading(printable(block.text), level=0 if block.level == 1 else block.level - 1)
    elif isinstance(block, Fields):
        table = word.add_table(rows=0, cols=2)
        for name, value in block.pairs:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(f"{printable(name)}:").bold = True
            cells[1].text = printable(value)
    elif isinstance(block, Para):
        run = word.add_paragraph().add_run(printable(block.text))
        run.bold = block.bold
        if block.quiet:
            run.font.color.rgb = RGBColor(*QUIET_RGB)
    elif isinstance(block, Bullets):
        for item in block.items:
            _item(word, item, 1)
    else:
        _table(word, block)


def _style_id(word: WordDocument, name: str) -> str:
    """A paragraph style's id, looked up once (every document starts from the same template;
    python-docx's own lookup by name scans every style each time)."""
    if name not in _STYLE_IDS:
        _STYLE_IDS[name] = str(word.styles[name].style_id)
    return _STYLE_IDS[name]


def _item(word: WordDocument, item: Item, level: int) -> None:
    from docx.shared import RGBColor

    paragraph = word.add_paragraph()
    paragraph._p.style = _style_id(word, "List Bullet" if level == 1 else "List Bullet 2")
    if item.lead:
        paragraph.add_run(f"{printable(item.lead)} ").bold = True
    run = paragraph.add_run(printable(item.text))
    if item.marked:
        run.font.color.rgb = RGBColor(*WARN_RGB)
    for child in item.children:
        _item(word, child, level + 1)


def _table(word: WordDocument, block: TableBlock) -> None:
    from docx.shared import RGBColor

    table = word.add_table(rows=1, cols=len(block.columns))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, block.columns, strict=True):
        cell.paragraphs[0].add_run(printable(name)).bold = True
    last = len(block.rows) - 1
    for index, row in enumerate(block.rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            for number, line in enumerate(_lines(value)):
                paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                run = paragraph.add_run(printable(line))
                run.bold = block.bold_last and index == last
                if index in block.marked:
                    run.font.color.rgb = RGBColor(*WARN_RGB)


def _lines(cell: Cell) -> tuple[str, ...]:
    return (cell,) if isinstance(cell, str) else cell
