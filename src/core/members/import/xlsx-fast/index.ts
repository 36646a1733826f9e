/**
 * The fast .xlsx reader: the zip's central directory, then only the parts a grid needs (workbook, its
 * relationships, shared strings, styles, and each sheet only when asked for), scanned as text. Anything it cannot
 * be sure of throws Unsupported and readXlsx falls back to exceljs: such a file is read as before, only slower.
 * tests/import/xlsx-fast.test.ts (and every parseXlsx in the import tests) holds it to exceljs's grids.
 */
import { ImportError } from '../errors';
import type { SheetSource } from '../xlsx';
import { toGrid } from './grid';
import { readSheet } from './sheet';
import { NO_STRINGS, readSharedStrings } from './strings';
import { NO_STYLES, readStyles } from './styles';
import { readBook } from './workbook';
import { Unsupported } from './xml';
import { openZip, type Zip } from './zip';

export { Unsupported } from './xml';

/**
 * Every failure is the fast reader's, not the file's verdict: exceljs gets the last word. Except a refusal
 * (ImportError: too big, out of Excel's range, damaged beyond its declared size), which stands.
 */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Unsupported || e instanceof ImportError) throw e;
    throw new Unsupported(e instanceof Error ? e.message : String(e));
  }
}

function part(zip: Zip, path: string, latin1 = false): string {
  const xml = zip.text(path, latin1);
  if (xml === undefined) throw new Unsupported(`missing part ${path}`);
  return xml;
}

/** The workbook's sheets in tab order; each sheet's cells are read when its grid is first asked for. */
export function openXlsxFast(data: Uint8Array): SheetSource[] {
  return guard(() => {
    const zip = openZip(data);
    const book = readBook(zip);
    const strings = book.strings ? readSharedStrings(part(zip, book.strings)) : NO_STRINGS;
    const styles = book.styles ? readStyles(part(zip, book.styles)) : NO_STYLES;
    const ctx = { strings, styles, date1904: book.date1904 };
    return book.sheets.map((s) => ({
      name: s.name,
      hidden: s.hidden,
      grid: () => guard(() => toGrid(readSheet(part(zip, s.path, true), ctx), styles)),
    }));
  });
}
