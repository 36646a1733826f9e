/**
 * The core's log: `<data>/logs/core.log`, one JSON line per event. Only event names, codes and counts go in:
 * never inputs (they may hold names or secrets), and any field whose name smells of a secret is redacted.
 */
import fs from 'node:fs';
import path from 'node:path';

const SECRET_KEY = /pass|secret|token|key|recovery|password/i;
const MAX_BYTES = 2 * 1024 * 1024;

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? '[redacted]' : redact(v, depth + 1);
  return out;
}

export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export function createLogger(logsDir: string): Logger {
  const file = path.join(logsDir, 'core.log');
  const write = (level: string, event: string, fields?: Record<string, unknown>) => {
    try {
      fs.mkdirSync(logsDir, { recursive: true, mode: 0o700 });
      try {
        if (fs.statSync(file).size > MAX_BYTES) fs.renameSync(file, `${file}.1`);
      } catch {
        /* no log yet */
      }
      const line = JSON.stringify({ t: new Date().toISOString(), level, event, ...(redact(fields ?? {}) as object) });
      fs.appendFileSync(file, line + '\n', { mode: 0o600 });
    } catch {
      /* logging must never break the core */
    }
  };
  return {
    info: (e, f) => write('info', e, f),
    warn: (e, f) => write('warn', e, f),
    error: (e, f) => write('error', e, f),
  };
}
