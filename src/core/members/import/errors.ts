/**
 * A file the importer cannot read as member data (not a spreadsheet, damaged, no header row, a bad column mapping).
 * The message is Vietnamese and meant for the user: the caller reports it as a VALIDATION error. Anything else
 * thrown while reading (a TypeError…) is a bug in the importer, and stays an internal error.
 */
import { AppError } from '../../../shared/errors';

export class ImportError extends Error {
  constructor(
    message: string,
    /** Where the problem is, for the error's details: 'file' (its content) or 'mapping' (the column mapping). */
    readonly field: 'file' | 'mapping' = 'file',
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** What a failed read becomes: the user's VALIDATION error for an ImportError; anything else unchanged (INTERNAL). */
export function importFailure(err: unknown): unknown {
  if (!(err instanceof ImportError)) return err;
  return new AppError('VALIDATION', err.message, [{ path: [err.field], message: err.message }]);
}
