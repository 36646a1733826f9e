/**
 * The one error shape that crosses the contract. Codes are stable identifiers the renderer translates;
 * `message` is a ready Vietnamese sentence for the CLI and logs.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_COMMAND',
  'NOT_INITIALIZED',
  'ALREADY_INITIALIZED',
  'LOCKED',
  'WRONG_SECRET',
  'KEYSTORE_UNAVAILABLE',
  // A job stopped by a crash, a lock or a restore (see core/jobs): it did not finish, and may be started again.
  'INTERRUPTED',
  'NEWER_DATABASE',
  'BACKUP_INVALID',
  'NOT_FOUND',
  'CONFLICT',
  // Sync with the upper-level union's server (src/core/sync): a revoked device or a used/expired code,
  // the server out of reach (nothing lost: the outbox stays), a refusal with the server's reason, a first sync
  // that must choose between upload, download and merge.
  'SYNC_AUTH',
  'SYNC_UNREACHABLE',
  'SYNC_REFUSED',
  'SYNC_CHOICE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toJSON(): AppErrorShape {
    return { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) };
  }
}

export function isAppErrorShape(v: unknown): v is AppErrorShape {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as AppErrorShape).code === 'string' &&
    typeof (v as AppErrorShape).message === 'string'
  );
}

/** What every transport carries back for one invoke. */
export type InvokeResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
