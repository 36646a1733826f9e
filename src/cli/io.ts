/**
 * Output of the CLI: results on stdout (human text, or exactly one JSON document with --json), progress and
 * logs on stderr, errors mapped to exit codes. Every secret the CLI has read is redacted from what it prints
 * (except the recovery key that `init` shows on purpose).
 */
import { isAppErrorShape, type AppErrorShape } from '../shared/errors';
import { EXIT, USAGE_CODE, exitCodeFor, type ExitCode } from './exit-codes';
import { getLang, has, t } from './i18n';
import { proc } from './proc';

/** An error the CLI reports: a core error, or a command-line (USAGE) error. */
export class CliError extends Error {
  readonly code: string;
  readonly details?: unknown;
  readonly exit: ExitCode;
  constructor(code: string, message: string, details?: unknown, exit?: ExitCode) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.details = details;
    this.exit = exit ?? exitCodeFor(code);
  }
  static from(e: AppErrorShape): CliError {
    return new CliError(e.code, e.message, e.details);
  }
}

/** Thrown to end the run with `exit` after the output has already been printed. */
export class Exit {
  constructor(readonly exit: ExitCode) {}
}

export function usageError(message: string, details?: unknown): CliError {
  return new CliError(USAGE_CODE, message, details, EXIT.USAGE);
}

const secrets = new Set<string>();
/** Remember a secret so that it is never printed, even inside an error message from elsewhere. */
export function registerSecret(s: string | undefined): void {
  if (s && s.length >= 3) secrets.add(s);
}
/** Forget the secrets of an earlier run (the CLI may run several times in one process: tests). */
export function forgetSecrets(): void {
  secrets.clear();
}
function redactString(s: string): string {
  let out = s;
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}
export function redact<T>(v: T): T {
  if (typeof v === 'string') return redactString(v) as T;
  if (Array.isArray(v)) return v.map((x) => redact(x)) as T;
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redact(x)])) as T;
  }
  return v;
}

export class Output {
  private printed = false;
  constructor(readonly json: boolean) {}

  /** Print the command's result: `value` as the one JSON document, or `human()` as text. */
  result(value: unknown, human: () => string | undefined): void {
    if (this.json) {
      this.writeJson(value);
    } else {
      const text = human();
      if (text !== undefined && text !== '') proc().stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    }
  }

  /** A line for the human on stderr (never stdout, so it cannot corrupt JSON output). */
  log(line: string): void {
    proc().stderr.write(`${redactString(line)}\n`);
  }

  /** A progress line on stderr, redrawn in place when stderr is a terminal; silent otherwise. */
  progress(text: string | null): void {
    if (!proc().stderr.isTTY) return;
    proc().stderr.write(text === null ? '\r\x1b[K' : `\r\x1b[K${text}`);
  }

  /** Report an error and return the exit code for it. */
  error(err: unknown): ExitCode {
    if (err instanceof Exit) return err.exit;
    const e = toCliError(err);
    const shape = redact({
      code: e.code,
      message: e.message,
      ...(e.details === undefined ? {} : { details: e.details }),
    });
    if (this.json) {
      this.writeJson({ error: shape });
    } else {
      proc().stderr.write(`${t('err.prefix')}: ${humanMessage(shape.code, shape.message)}\n`);
      for (const line of issueLines(shape.message, shape.details)) proc().stderr.write(`  - ${line}\n`);
      if (e.code === USAGE_CODE) proc().stderr.write(`${t('err.seeHelp')}\n`);
    }
    return e.exit;
  }

  private writeJson(value: unknown): void {
    if (this.printed) {
      // A second document would break consumers; keep the first and note the bug on stderr.
      proc().stderr.write('uniondesk: internal: second JSON document suppressed\n');
      return;
    }
    this.printed = true;
    proc().stdout.write(`${JSON.stringify(value)}\n`);
  }
}

/**
 * A validation error's issues, one "field: message" line each (details are `[{path, message}]`, or
 * `{issues: [...]}`); nothing when the only issue is already the error's message.
 */
function issueLines(message: string, details: unknown): string[] {
  const named = details as { missing?: unknown; unknown?: unknown } | undefined;
  if (named && !Array.isArray(named) && (Array.isArray(named.missing) || Array.isArray(named.unknown))) {
    // Template problems: the names that are missing and the {{variables}} nobody knows.
    const lines: string[] = [];
    if (Array.isArray(named.missing) && named.missing.length) lines.push(`missing: ${named.missing.join(', ')}`);
    if (Array.isArray(named.unknown) && named.unknown.length)
      lines.push(`unknown: ${named.unknown.map((n) => `{{${n}}}`).join(', ')}`);
    return lines;
  }
  const list = Array.isArray(details) ? details : (details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(list)) return [];
  const lines = list
    .filter(
      (i): i is { path: unknown; message: string } =>
        typeof i === 'object' && i !== null && typeof i.message === 'string',
    )
    .map((i) => {
      const p = Array.isArray(i.path) ? i.path.join('.') : typeof i.path === 'string' ? i.path : '';
      return p ? `${p}: ${i.message}` : i.message;
    });
  return lines.length === 1 && message.includes(lines[0]) ? [] : lines;
}

/** The core's messages are Vietnamese; in English mode show the English sentence for the code, then the original. */
function humanMessage(code: string, message: string): string {
  const key = `err.code.${code}`;
  if (getLang() === 'en' && has(key)) {
    const english = t(key);
    return message && message !== english ? `${english} (${message})` : english;
  }
  return message;
}

let current = new Output(false);
/** The output of this run (set once the command line is parsed; before that, from a scan for --json). */
export function output(): Output {
  return current;
}
export function setOutput(o: Output): Output {
  current = o;
  return o;
}

export function toCliError(err: unknown): CliError {
  if (err instanceof CliError) return err;
  if (isAppErrorShape(err)) return CliError.from(err);
  const message = err instanceof Error ? err.message : String(err);
  return new CliError('INTERNAL', message || t('err.code.INTERNAL'));
}
