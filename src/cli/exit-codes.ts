/**
 * Exit codes of `uniondesk`. Scripts may rely on them; change only with a note in the README.
 *
 * | exit | meaning                                   | error codes                                               |
 * |------|-------------------------------------------|-----------------------------------------------------------|
 * | 0    | success                                   | –                                                         |
 * | 1    | failure (the operation did not succeed)   | INTERNAL, CONFLICT, KEYSTORE_UNAVAILABLE, NEWER_DATABASE, |
 * |      |                                           | INTERRUPTED, UNKNOWN_COMMAND, SYNC_UNREACHABLE,           |
 * |      |                                           | SYNC_REFUSED, any unknown code;                           |
 * |      |                                           | `doctor` not ok                                           |
 * | 2    | usage error (bad command line)            | USAGE (CLI only): unknown option/command/key, missing      |
 * |      |                                           | argument, a secret given as an argument, missing new      |
 * |      |                                           | passphrase / recovery key / init passphrase; an output    |
 * |      |                                           | file that exists without --force, or in no folder         |
 * | 3    | locked, wrong secret, or nothing to open  | LOCKED (also: no passphrase given), WRONG_SECRET,          |
 * |      |                                           | NOT_INITIALIZED, SYNC_AUTH (revoked device, used code)    |
 * | 4    | input rejected by the core                | VALIDATION, ALREADY_INITIALIZED, NOT_FOUND, BACKUP_INVALID, |
 * |      |                                           | SYNC_CHOICE (first sync: --upload, --download or --merge) |
 *
 * NEWER_DATABASE is 1, not 4: the input was fine, this installation is too old (an environment problem).
 * ALREADY_INITIALIZED is 4: `init` was asked of a folder that cannot take it (the request is rejected).
 */
export const EXIT = {
  OK: 0,
  FAILURE: 1,
  USAGE: 2,
  LOCKED: 3,
  REJECTED: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Error code used by the CLI itself for command-line mistakes (not part of the core contract). */
export const USAGE_CODE = 'USAGE';

const TABLE: Record<string, ExitCode> = {
  [USAGE_CODE]: EXIT.USAGE,
  LOCKED: EXIT.LOCKED,
  WRONG_SECRET: EXIT.LOCKED,
  NOT_INITIALIZED: EXIT.LOCKED,
  VALIDATION: EXIT.REJECTED,
  ALREADY_INITIALIZED: EXIT.REJECTED,
  NOT_FOUND: EXIT.REJECTED,
  BACKUP_INVALID: EXIT.REJECTED,
  INTERNAL: EXIT.FAILURE,
  SYNC_AUTH: EXIT.LOCKED,
  SYNC_UNREACHABLE: EXIT.FAILURE,
  SYNC_REFUSED: EXIT.FAILURE,
  SYNC_CHOICE: EXIT.REJECTED,
  CONFLICT: EXIT.FAILURE,
  KEYSTORE_UNAVAILABLE: EXIT.FAILURE,
  INTERRUPTED: EXIT.FAILURE,
  NEWER_DATABASE: EXIT.FAILURE,
  UNKNOWN_COMMAND: EXIT.FAILURE,
};

export function exitCodeFor(code: string): ExitCode {
  return TABLE[code] ?? EXIT.FAILURE;
}
