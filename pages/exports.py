"""Spreadsheets exported from the admin: no cell runs as a formula when staff open the file.

Text that visitors type (a registration's name, a newsletter address, a cell of an imported
member sheet) reaches staff's exports. In a CSV file, a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return runs as a formula in Excel or LibreOffice; such a cell
is written with a leading quote instead, as OWASP advises against CSV injection. XLSX exports
need nothing: Wagtail stores every cell of them as text, never as a formula.

``protect_csv_exports()`` (called once, from ``PagesConfig.ready``) gives Wagtail's
``SpreadsheetExportMixin`` the ``write_csv_row`` below, so every CSV the admin produces goes
through ``neutralised``: the site's exports and reports, Wagtail's own (site history…), and any
export added later, without listing them.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def neutralised(value):
    """``value`` as a CSV cell that no spreadsheet runs: text that starts like a formula gets a
    leading quote; other text, numbers and dates stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return TEXT_MARK + value
    return value


def restored(text: str) -> str:
    """A cell of a file exported here, as it was before ``neutralised``."""
    if text.startswith(TEXT_MARK) and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def write_csv_row(view, writer, row_dict):
    """Wagtail's ``SpreadsheetExportMixin.write_csv_row``, with every cell ``neutralised``."""
    return writer.writerow(
        {
            field: neutralised(view.preprocess_field_value(field, value, view.FORMAT_CSV))
            for field, value in row_dict.items()
        }
    )


def protect_csv_exports() -> None:
    SpreadsheetExportMixin.write_csv_row = write_csv_row
