/**
 * The `app://uniondesk/…` protocol: maps a request onto a file of the built renderer (out/renderer) and answers
 * with the strict CSP and security headers. Pure (no `electron` import): main passes it to `protocol.handle`.
 */
import { promises as fs } from 'node:fs';
import { SECURITY_HEADERS, resolveStaticFile } from '../host/static';
import { APP_HOST, APP_SCHEME } from './policy';

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export async function appProtocolResponse(
  rendererDir: string,
  request: { url: string; method?: string },
): Promise<Response> {
  let u: URL;
  try {
    u = new URL(request.url);
  } catch {
    return textResponse(400, 'Bad request');
  }
  if (
    u.protocol !== `${APP_SCHEME}:` ||
    u.hostname !== APP_HOST ||
    u.port !== '' ||
    u.username !== '' ||
    u.password !== ''
  ) {
    return textResponse(403, 'Forbidden');
  }
  const method = (request.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Method not allowed');

  const r = await resolveStaticFile(rendererDir, u.pathname);
  switch (r.kind) {
    case 'bad-request':
      return textResponse(400, 'Bad request');
    case 'not-found':
      return textResponse(404, 'Not found');
    case 'not-built':
      return textResponse(
        503,
        'Giao diện chưa được dựng: hãy chạy `npm run build`. / Renderer not built: run `npm run build`.',
      );
    case 'file': {
      const body = method === 'HEAD' ? null : new Uint8Array(await fs.readFile(r.filePath));
      return new Response(body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': r.contentType, 'Cache-Control': r.cacheControl },
      });
    }
  }
}
