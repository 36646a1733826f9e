/**
 * Member import, parsing only: a .xlsx or .csv file in, validated candidate members and a list of rejected rows out.
 * Nothing here touches the register; the caller matches candidates to members and writes them in one transaction.
 */
import { findLayout, isBlankRow, isRepeatedHeader, sectionHeading, totalsKind } from './layout';
import { normaliseRow } from './rows';
import { readCsv } from './csv';
import { readXlsx } from './xlsx';
import type { Candidate, Grid, ParsedFile, ParseOptions, Rejection } from './types';
import { ImportError } from './errors';

export type { Candidate, ParsedFile, ParseOptions, Rejection, ImportFields } from './types';
export { ImportError, importFailure } from './errors';
export { IMPORT_TARGETS, type ImportTarget } from './fields';
export { tcvn3ToUnicode } from './legacy/tcvn3';
export { vniToUnicode } from './legacy/vni';

const PROGRESS_EVERY = 500;

async function readGrid(fileName: string, data: Buffer, mapping?: Record<string, string>): Promise<Grid> {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'csv') return readCsv(data);
  if (ext === 'xlsx') return readXlsx(data, (grid) => findLayout(grid, mapping) !== null);
  throw new ImportError('Chỉ nhập được tệp .xlsx hoặc .csv');
}

/** Lets a progress bar repaint between chunks without slowing the parse noticeably. */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function parseMemberFile(
  input: { fileName: string; data: Buffer },
  opts: ParseOptions = {},
): Promise<ParsedFile> {
  const grid = await readGrid(input.fileName, input.data, opts.mapping);
  const layout = findLayout(grid, opts.mapping);
  if (!layout) {
    throw new ImportError(
      'Không tìm thấy dòng tiêu đề (cần cột «Họ và tên» và ít nhất một cột khác) trong 30 dòng đầu của tệp',
    );
  }
  const today = opts.today ?? new Date();
  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];
  const firstRowOfId = new Map<string, number>();
  const total = grid.rows.length - layout.dataFrom;
  let groupUnit: string | undefined;

  for (let i = layout.dataFrom; i < grid.rows.length; i++) {
    const done = i - layout.dataFrom;
    if (done > 0 && done % PROGRESS_EVERY === 0) {
      opts.onProgress?.(done, total);
      await yieldToLoop();
    }
    const raw = grid.rows[i];
    if (isBlankRow(raw)) continue;
    const totals = totalsKind(raw);
    if (totals === 'end') break; // what follows a grand total is signatures and dates, not members
    if (totals === 'skip' || isRepeatedHeader(raw, layout.header)) continue;
    const heading = sectionHeading(raw, layout.columns);
    if (heading) {
      groupUnit = heading; // "Tổ 2" above a block of rows is their union group when no column says otherwise
      continue;
    }

    const r = normaliseRow(raw, layout.columns, today, groupUnit);
    if (r.empty) continue;
    const problems = r.problems;
    const id = r.fields.idNumber;
    if (id) {
      const first = firstRowOfId.get(id);
      if (first !== undefined)
        problems.push({ row: raw.row, field: 'idNumber', reason: `Trùng số CCCD với dòng ${first}` });
      else firstRowOfId.set(id, raw.row);
    }
    if (problems.length) rejected.push(...problems);
    else candidates.push({ row: raw.row, fields: r.fields, ...(r.converted ? { converted: r.converted } : {}) });
  }
  opts.onProgress?.(total, total);
  return {
    headerRow: layout.headerRow,
    mapping: layout.mapping,
    headers: layout.headers,
    unmapped: layout.unmapped,
    candidates,
    rejected,
  };
}
