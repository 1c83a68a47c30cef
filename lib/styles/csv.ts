import { AppError } from "../errors";

/**
 * Parses CSV like Python's csv module (comma, double quotes, "" escapes, skipinitialspace); an unterminated quoted
 * field is an error naming its line. A byte-order mark is ignored.
 * @example parseCsv('name,prompt\nx,"a, b"') // [["name","prompt"],["x","a, b"]]
 */
export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\ufeff/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (atFieldStart && ch === " ") continue;
    if (ch === '"' && atFieldStart) {
      quoted = true;
      quoteLine = line;
      atFieldStart = false;
    } else if (ch === ",") {
      row.push(field);
      field = "";
      atFieldStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      atFieldStart = true;
      line++;
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  if (quoted) throw new AppError("invalid_input", `The CSV has a quote opened on line ${quoteLine} that is never closed.`, `CSV 第 ${quoteLine} 行的引号没有闭合。`);
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Writes CSV like Python's csv module (QUOTE_MINIMAL, "\r\n" line ends). */
export function formatCsv(rows: string[][]): string {
  return rows.map((r) => r.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(",")).join("\r\n") + "\r\n";
}
