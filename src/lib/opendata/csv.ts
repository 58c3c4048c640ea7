/**
 * CSV text for every file under /data/: d3-dsv does the quoting, and every
 * cell that a spreadsheet would read as a formula is neutralised first (the
 * OWASP rule for CSV injection): a text that starts with =, +, -, @, a tab or
 * a carriage return gets a leading apostrophe. Plain numbers ("-3", "2.5")
 * are numbers, not formulas, and stay as they are. `restoreCell` undoes the
 * apostrophe exactly, so a table read back equals the table written.
 */
import { csvFormat } from 'd3';

const TRIGGER = /^'*[=+\-@\t\r]/u;
const NUMBER = /^-?\d+(\.\d+)?$/u;

/** The cell as written to CSV: a would-be formula gets a leading apostrophe. */
export function neutralizeCell(text: string): string {
  return TRIGGER.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** The cell as it was before `neutralizeCell`. */
export function restoreCell(text: string): string {
  return /^'+[=+\-@\t\r]/u.test(text) ? text.slice(1) : text;
}

/** Records as CSV text, header row first, every cell neutralised, ending in a newline. */
export function csvText(
  records: readonly Record<string, string>[],
  columns: readonly string[],
): string {
  const safe = records.map((r) =>
    Object.fromEntries(columns.map((c) => [c, neutralizeCell(r[c] ?? '')])),
  );
  return `${csvFormat(safe, [...columns])}\n`;
}
