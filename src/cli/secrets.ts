/**
 * Secrets come from the environment or from a file, never from an argument (shell history, `ps`).
 * A file's first line is used, without its line ending.
 */
import { CliError, registerSecret, usageError } from './io';
import { t } from './i18n';
import { proc } from './proc';
import { readBounded } from './files';

export const ENV = {
  passphrase: 'UNIONDESK_PASSPHRASE',
  newPassphrase: 'UNIONDESK_NEW_PASSPHRASE',
  recoveryKey: 'UNIONDESK_RECOVERY_KEY',
} as const;

/** Options that would carry a secret on the command line; rejected before parsing. */
const FORBIDDEN: Record<string, string> = {
  '--passphrase': ENV.passphrase,
  '--password': ENV.passphrase,
  '--new-passphrase': ENV.newPassphrase,
  '--recovery-key': ENV.recoveryKey,
};

/** Throws a usage error if a secret is passed as an argument (`--passphrase X` or `--passphrase=X`). */
export function rejectSecretArguments(argv: readonly string[]): void {
  for (const arg of argv) {
    if (arg === '--') return;
    const flag = arg.split('=', 1)[0];
    const env = FORBIDDEN[flag];
    if (env) throw usageError(t('err.passphraseArg', { env }), { option: flag });
  }
}

/** A secret file is one line; a bigger file is not one (and is not read whole). */
const MAX_SECRET_FILE = 64 * 1024;

export function readFirstLine(file: string): string {
  let raw: string;
  try {
    raw = readBounded(file, MAX_SECRET_FILE).toString('utf8');
  } catch {
    throw usageError(t('err.readFile', { file }));
  }
  const line = raw.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  if (!line) throw usageError(t('err.emptyFile', { file }));
  return line;
}

/** A secret from `file` (preferred when given) or the environment variable; undefined when neither is set. */
export function readSecret(file: string | undefined, envName: string): string | undefined {
  const value = file ? readFirstLine(file) : proc().env[envName] || undefined;
  registerSecret(value);
  return value;
}

export function requireSecret(file: string | undefined, envName: string, missing: () => CliError): string {
  const value = readSecret(file, envName);
  if (value === undefined) throw missing();
  return value;
}
