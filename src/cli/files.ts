/**
 * The files the CLI reads and writes for the user. The core takes and returns bytes only (a renderer or a web page
 * must never name a path on this computer), so the disk work happens here, as the user running the command:
 * reads are bounded; outputs are created readable by this user only, through a temporary file in the same folder
 * and a rename, and never replace an existing file without --force.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import { fsyncDir } from '../core/fsutil';
import { CliError, usageError } from './io';
import { t } from './i18n';
import { formatSize } from './format';
import { proc } from './proc';

export const MB = 1024 * 1024;
const CHUNK = MB;

export const forceOption = () => new Option('--force', t('files.opt.force'));

const tooBig = (file: string, max: number) =>
  new CliError('VALIDATION', t('files.err.tooBig', { file, max: formatSize(max) }), { file, maxBytes: max });

/** The bytes of `file`, at most `max` of them: a huge or endless file (a device, a FIFO) is refused, not read. */
export function readBounded(file: string, max: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(path.resolve(file), 'r');
  } catch {
    throw new CliError('NOT_FOUND', t('files.err.read', { file }), { file });
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new CliError('VALIDATION', t('files.err.notFile', { file }), { file });
    if (st.size > max) throw tooBig(file, max);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = fs.readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > max) throw tooBig(file, max);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError('NOT_FOUND', t('files.err.read', { file }), { file });
  } finally {
    fs.closeSync(fd);
  }
}

/** Standard input, at most `max` bytes. */
export async function readStdinBounded(max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of proc().stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += b.length;
    if (total > max) throw tooBig('-', max);
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

const exists = (file: string) => usageError(t('files.err.exists', { file }), { file, exists: true });

/** An output file the command line named: absolute, and whether --force allows replacing an existing one. */
export interface OutputFile {
  path: string;
  force: boolean;
}

/**
 * Where an output goes: in an existing folder, not over an existing file unless `force`. Checked before the work
 * (a refused name costs nothing) and again, atomically, when the file is put in place.
 */
export function outputFile(file: string, force = false): OutputFile {
  const target = path.resolve(file);
  if (!force && fs.lstatSync(target, { throwIfNoEntry: false })) throw exists(file);
  if (!fs.statSync(path.dirname(target), { throwIfNoEntry: false })?.isDirectory()) {
    throw usageError(t('files.err.noFolder', { file }), { file });
  }
  return { path: target, force };
}

/**
 * Put `tmp` at `target`. Without --force a hard link does it only if `target` is still free, atomically; where
 * links are not supported (FAT/exFAT USB sticks) a check and a rename do it, with a moment's race.
 */
function place(tmp: string, { path: target, force }: OutputFile): void {
  if (force) return fs.renameSync(tmp, target);
  try {
    fs.linkSync(tmp, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' || fs.lstatSync(target, { throwIfNoEntry: false }))
      throw exists(target);
    return fs.renameSync(tmp, target);
  }
  fs.rmSync(tmp);
}

/** Create `out` through a temporary file in its folder that `fill` writes (mode 0600); returns its path. */
function create(out: OutputFile, fill: (tmp: string) => void): string {
  const dir = path.dirname(out.path);
  const tmp = path.join(dir, `.${path.basename(out.path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    fill(tmp);
    place(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if (e instanceof CliError) throw e;
    throw new CliError('INTERNAL', t('files.err.write', { file: out.path, error: (e as Error).message }), {
      file: out.path,
    });
  }
  fsyncDir(dir);
  return out.path;
}

function syncAndClose(fd: number): void {
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Write `bytes` as the new file `out` (0600); returns its path. */
export function writeOutput(out: OutputFile, bytes: Uint8Array): string {
  return create(out, (tmp) => {
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, bytes);
    } finally {
      syncAndClose(fd);
    }
  });
}

/** Save a file the core handed out (base64) as `out`: where it went and its size, for the command's result. */
export function saveDelivered(out: OutputFile, file: { base64: string }): { path: string; bytes: number } {
  const bytes = Buffer.from(file.base64, 'base64');
  return { path: writeOutput(out, bytes), bytes: bytes.length };
}

/** Copy `source` as the new file `out` (0600), in chunks (a backup may be large); returns its path. */
export function copyOutput(source: string, out: OutputFile): string {
  return create(out, (tmp) => {
    fs.copyFileSync(source, tmp, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(tmp, 0o600);
    syncAndClose(fs.openSync(tmp, 'r+'));
  });
}

/** A regular file to copy in (a backup to restore): it must exist and be a file; its size is not read into memory. */
export function requireFile(file: string): string {
  const abs = path.resolve(file);
  const st = fs.statSync(abs, { throwIfNoEntry: false });
  if (!st) throw new CliError('NOT_FOUND', t('files.err.read', { file }), { file });
  if (!st.isFile()) throw new CliError('VALIDATION', t('files.err.notFile', { file }), { file });
  return abs;
}
