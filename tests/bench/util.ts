import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tmp(prefix = 'ud-bench-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function timeIt(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export type Suite = () => Promise<Record<string, unknown>>;
