/**
 * Serving the built renderer safely: the CSP and other security headers, content types, and the path guard.
 * Plain Node (no `electron`): used by the web host and by Electron main's `app://` protocol handler.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The one Content-Security-Policy for the renderer, in Electron and in the browser. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every renderer response (HTML, assets and error pages alike). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
});

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** index.html (and any non-hashed file) is asked for again each time: it names the current hashed assets. */
export const NO_STORE = 'no-store';
/** A content-hashed asset never changes under its name: a new build gives a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Vite writes every built asset as `assets/<name>-<hash>.<ext>` (the hash: 8 base64url characters); only those
 * may be cached for good. Anything else (index.html, the single-page fallback, files outside assets/) is no-store.
 */
const HASHED_ASSET = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
export function cacheControlFor(segments: readonly string[], servesIndex: boolean): string {
  if (servesIndex || segments.length !== 2 || segments[0] !== 'assets') return NO_STORE;
  return HASHED_ASSET.test(segments[1]) ? IMMUTABLE : NO_STORE;
}

export type StaticResolution =
  | { kind: 'file'; filePath: string; contentType: string; cacheControl: string }
  | { kind: 'bad-request' }
  | { kind: 'not-found' }
  | { kind: 'not-built' };

/**
 * Splits a raw URL path (as sent, still percent-encoded, without the query) into safe segments,
 * or returns null when it tries to leave the root: `..`/`.` segments (also percent-encoded), backslashes,
 * NUL bytes, drive letters, or undecodable escapes.
 */
export function safeSegments(rawPath: string): string[] | null {
  if (!rawPath.startsWith('/')) return null;
  const out: string[] = [];
  for (const rawSeg of rawPath.split('/')) {
    if (rawSeg === '') continue;
    let seg: string;
    try {
      seg = decodeURIComponent(rawSeg);
    } catch {
      return null;
    }
    if (
      seg === '.' ||
      seg === '..' ||
      seg.includes('/') ||
      seg.includes('\\') ||
      seg.includes('\0') ||
      seg.includes(':')
    ) {
      return null;
    }
    out.push(seg);
  }
  return out;
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function realFile(root: string, candidate: string): Promise<string | null> {
  try {
    const real = await fs.realpath(candidate);
    if (!isInside(root, real)) return null;
    const st = await fs.stat(real);
    return st.isFile() ? real : null;
  } catch {
    return null;
  }
}

/**
 * Maps a request path onto a file of `rootDir`: `/` is index.html; a missing path without a file extension
 * falls back to index.html (single-page app); a missing asset is not-found; anything that tries to leave
 * the root (including through symlinks) is refused.
 */
export async function resolveStaticFile(rootDir: string, rawPath: string): Promise<StaticResolution> {
  let root: string;
  try {
    root = await fs.realpath(rootDir);
  } catch {
    return { kind: 'not-built' };
  }
  const index = await realFile(root, path.join(root, 'index.html'));
  if (!index) return { kind: 'not-built' };

  const segments = safeSegments(rawPath);
  if (!segments) return { kind: 'bad-request' };
  const indexFile = {
    kind: 'file',
    filePath: index,
    contentType: contentTypeFor(index),
    cacheControl: NO_STORE,
  } as const;
  if (segments.length === 0) return indexFile;

  const candidate = path.resolve(root, ...segments);
  if (!isInside(root, candidate)) return { kind: 'bad-request' };
  const file = await realFile(root, candidate);
  if (file) {
    const cacheControl = cacheControlFor(segments, file === index);
    return { kind: 'file', filePath: file, contentType: contentTypeFor(file), cacheControl };
  }
  const last = segments[segments.length - 1];
  if (path.extname(last) === '') return indexFile;
  return { kind: 'not-found' };
}
