/** Reading a member file into candidates, rejected rows and flagged fields (see index.ts). */
import { columnIndex } from '../../../shared/text/columns';
import { checkNamedColumns, findLayout, isBlankRow, isRepeatedHeader, sectionHeading, totalsKind } from './layout';
import type { Layout } from './layout';
import { normaliseRow } from './rows';
import { readCsv } from './csv';
import { readXlsx } from './xlsx';
import { SampleCollector } from './samples';
import type { Candidate, Grid, ParsedFile, ParseOptions, Rejection } from './types';
import { ImportError } from './errors';

const PROGRESS_EVERY = 500;

export async function readGrid(fileName: string, data: Buffer, mapping?: Record<string, string>): Promise<Grid> {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'csv') return readCsv(data);
  if (ext === 'xlsx') return readXlsx(data, (grid) => findLayout(grid, mapping) !== null);
  throw new ImportError('Chỉ nhập được tệp .xlsx hoặc .csv');
}

/** Lets a progress bar repaint between chunks without slowing the parse noticeably. */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function layoutOf(grid: Grid, mapping?: Record<string, string>): Layout {
  const layout = findLayout(grid, mapping);
  if (!layout) {
    throw new ImportError(
      'Không tìm thấy dòng tiêu đề (cần cột «Họ và tên» và ít nhất một cột khác) trong 30 dòng đầu của tệp',
    );
  }
  checkNamedColumns(layout, mapping);
  return layout;
}

export async function parseGrid(grid: Grid, layout: Layout, opts: ParseOptions = {}): Promise<ParsedFile> {
  const today = opts.today ?? new Date();
  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];
  const flagged: Rejection[] = [];
  const samples = new SampleCollector(Object.keys(layout.headers).map(columnIndex));
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
    samples.add(raw);
    const problems = r.issues;
    const id = r.fields.idNumber;
    if (id) {
      const first = firstRowOfId.get(id);
      if (first !== undefined)
        problems.push({ row: raw.row, field: 'idNumber', reason: `Trùng số CCCD với dòng ${first}` });
      else firstRowOfId.set(id, raw.row);
    }
    if (problems.length > r.flags.length) rejected.push(...problems);
    else {
      flagged.push(...r.flags);
      candidates.push({
        row: raw.row,
        fields: r.fields,
        ...(r.converted ? { converted: r.converted } : {}),
        ...(r.flags.length ? { flags: r.flags } : {}),
      });
    }
  }
  opts.onProgress?.(total, total);
  return {
    headerRow: layout.headerRow,
    mapping: layout.mapping,
    headers: layout.headers,
    unmapped: layout.unmapped,
    ambiguous: layout.ambiguous,
    samples: samples.result(),
    candidates,
    rejected,
    flagged,
  };
}
