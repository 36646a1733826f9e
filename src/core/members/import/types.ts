/** Shapes shared by the import readers (xlsx, csv), the header finder and the row normaliser. */
import type { MemberFields } from '../../../shared/members-contract';

/** One cell as the readers hand it over: rich text, hyperlinks and formulas are already flattened. */
export type CellValue = string | number | boolean | Date | null;

/** Which legacy Vietnamese font a cell was typed in, read from its font name (xlsx only). */
export type FontHint = 'tcvn3' | 'tcvn3H' | 'vni';

export interface RawRow {
  /** 1-based row number as the spreadsheet shows it (for CSV: the record number). */
  row: number;
  /** 0-based columns; holes are null/undefined. */
  values: CellValue[];
  /** Legacy font per column, only where a cell's font says so; null when the row has none. */
  fonts: (FontHint | undefined)[] | null;
}

export interface Grid {
  rows: RawRow[];
}

export type LegacyEncoding = 'tcvn3' | 'vni';

/** A candidate's fields: the member fields plus the free-text union position the caller turns into positions[]. */
export type ImportFields = MemberFields & { position?: string };

export interface Candidate {
  row: number;
  fields: ImportFields;
  converted?: LegacyEncoding;
  /** Optional fields left empty because their value was wrong (the row still imports unless the user skips it). */
  flags?: Rejection[];
}

export interface Rejection {
  row: number;
  field: string;
  reason: string;
}

export interface ParsedFile {
  /** 1-based spreadsheet row of the header. */
  headerRow: number;
  /** Column letter (A, B, …) -> field name (see IMPORT_TARGETS) or 'ignore'. */
  mapping: Record<string, string>;
  /** Column letter → header text as the file has it. */
  headers: Record<string, string>;
  /** Header texts not recognised, so the UI can ask the user. */
  unmapped: string[];
  /** Columns that may hold the job title or the union position: not read until the user chooses. */
  ambiguous: { column: string; header: string }[];
  /** Column letter → its first three distinct values, so the user sees what a column holds before choosing. */
  samples: Record<string, string[]>;
  candidates: Candidate[];
  /** Every problem of the rows left out (a row without a name or with a wrong key), all of a row's at once. */
  rejected: Rejection[];
  /** Problems in optional fields of rows that import with those fields left empty. */
  flagged: Rejection[];
}

export interface ParseOptions {
  /** Column letter -> field or 'ignore'; overrides detection column by column. */
  mapping?: Record<string, string>;
  /** "Today" for future-date checks (its local calendar day); defaults to now. */
  today?: Date;
  onProgress?: (done: number, total: number) => void;
}
