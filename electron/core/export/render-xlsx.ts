import ExcelJS from 'exceljs';
import type { PassageTable, Sheet } from './passage-table';

/** Columns holding long text get width and wrapping; the rest fit their header. */
const WIDE_COLUMN_CHARS = 60;

/**
 * Writes the passage table as an Excel workbook: passages on the first sheet (header frozen,
 * filters on), the code × town matrix on the second.
 */
export async function writePassageWorkbook(table: PassageTable, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PolicyLens';
  workbook.created = new Date();
  addSheet(workbook, table.passages);
  addSheet(workbook, table.matrix);
  await workbook.xlsx.writeFile(file);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  worksheet.addRow(sheet.header).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row);
  if (sheet.header.length > 0) {
    worksheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: sheet.header.length },
    };
  }
  sheet.header.forEach((title, i) => {
    const longest = Math.max(
      displayWidth(title),
      ...sheet.rows.slice(0, 200).map((row) => displayWidth(String(row[i] ?? ''))),
    );
    const column = worksheet.getColumn(i + 1);
    column.width = Math.min(WIDE_COLUMN_CHARS, Math.max(8, longest + 2));
    if (longest > WIDE_COLUMN_CHARS) column.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** Excel column width units: a CJK character is about two Latin ones wide. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! > 0x2e80 ? 2 : 1;
  return width;
}
