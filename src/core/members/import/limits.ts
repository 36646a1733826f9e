/**
 * Bounds on what an imported spreadsheet may make the core unpack or hold. A hostile file is tiny on disk and
 * huge in memory (a zip bomb, a `<col min="-20000000">`, a merge over the whole sheet): each bound is checked
 * before the work it guards, and a refusal is the user's VALIDATION error, never a fall back to another reader
 * (which would unpack the same bomb again). Real union lists stay far below every one of them.
 */
import { ImportError } from './errors';

export const XLSX_LIMITS = {
  /** Unpacked bytes of any one zip part. */
  partBytes: 128 * 1024 * 1024,
  /** Unpacked bytes of all the parts read from one file. */
  totalBytes: 256 * 1024 * 1024,
  /** Unpacked / packed size above which a part is a bomb, once it is past `ratioFromBytes`. */
  ratio: 200,
  ratioFromBytes: 1024 * 1024,
  /** Cells of a grid once its rows are laid out (row width summed): 10 million, ~80 MB of slots. */
  gridCells: 10_000_000,
};
export type XlsxLimits = typeof XLSX_LIMITS;

/** Cells all merges of a sheet may cover; beyond this a "merge" is a mistake nobody wants expanded. */
export const MERGE_LIMIT = 4_000_000;
export const EXCEL_MAX_COL = 16384;
export const EXCEL_MAX_ROW = 1048576;

export const CSV_MAX_COLUMNS = 1000;
export const CSV_MAX_CELLS = 2_000_000;

export const UNREADABLE = 'Không đọc được tệp Excel: tệp hỏng hoặc không phải định dạng .xlsx';
export const damaged = () => new ImportError(UNREADABLE);

export const tooBig = () =>
  new ImportError(
    'Tệp Excel quá lớn khi giải nén (một phần trên 128 MB hoặc cả tệp trên 256 MB) hoặc được nén bất thường: ' +
      'không nhập tệp này. Hãy mở tệp bằng Excel, chỉ giữ danh sách cần nhập rồi lưu lại.',
  );

export const outOfRange = () =>
  new ImportError(
    'Tệp Excel có dòng, cột hoặc vùng gộp ô vượt giới hạn của Excel (1.048.576 dòng, 16.384 cột): ' +
      'tệp hỏng hoặc đã bị sửa bất thường, không nhập tệp này.',
  );

export const tooManyCells = () =>
  new ImportError('Bảng tính có quá nhiều ô (trên 10 triệu ô): hãy chỉ giữ danh sách cần nhập rồi lưu lại.');
