/**
 * Member import, parsing only: a .xlsx or .csv file in, validated candidate members and a list of rejected rows out.
 * Nothing here touches the register; the caller matches candidates to members and writes them in one transaction.
 */
import { layoutOf, parseGrid, readGrid } from './parse';
import type { ParsedFile, ParseOptions } from './types';

export type { Candidate, ParsedFile, ParseOptions, Rejection, ImportFields } from './types';
export { ImportError, importFailure } from './errors';
export { assertColumnsChosen } from './choices';
export { problemRowsXlsx } from './problems-xlsx';
export { IMPORT_TARGETS, type ImportTarget } from './fields';
export { tcvn3ToUnicode } from './legacy/tcvn3';
export { vniToUnicode } from './legacy/vni';

export async function parseMemberFile(
  input: { fileName: string; data: Buffer },
  opts: ParseOptions = {},
): Promise<ParsedFile> {
  const grid = await readGrid(input.fileName, input.data, opts.mapping);
  return parseGrid(grid, layoutOf(grid, opts.mapping), opts);
}
