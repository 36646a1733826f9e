/**
 * The upper level's dashboard over HTTP (everything outside /v1/): /login, /logout, /dashboard, /dashboard.xlsx and
 * the stylesheet. Read-only: the only writes are the staff's own sessions. The session cookie is HttpOnly,
 * SameSite=Strict and Secure on https; a POST from another origin is refused; the CSP allows no script at all.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { z } from 'zod';
import type { ServerContext } from '../context';
import { readBody } from '../http/body';
import { dashboardFigures } from './figures';
import { CSS, CSS_PATH } from './html';
import { dashboardPage, errorPage, loginPage, XLSX_PATH } from './pages';
import { checkLogin, endSession, SESSION_HOURS, sessionStaff, startSession } from './staff';
import { dashboardXlsx, xlsxFileName } from './xlsx';

export const SESSION_COOKIE = 'ud_staff';
const MAX_FORM_BYTES = 8 * 1024;
/** Failed logins allowed per client address in the window, before a pause. */
const MAX_FAILURES = 10;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  // same-origin, not no-referrer: under no-referrer Chromium sends `Origin: null` with a form's POST, and the
  // same-origin check below would refuse our own login form.
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

const loginForm = z.object({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

type Res = ServerResponse;

function send(res: Res, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...headers });
  res.end(body);
}
const sendHtml = (res: Res, status: number, body: string, headers: Record<string, string> = {}) =>
  send(res, status, 'text/html; charset=utf-8', body, headers);
const redirect = (res: Res, to: string, headers: Record<string, string> = {}) =>
  send(res, 303, 'text/plain; charset=utf-8', '', { location: to, ...headers });

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** On TLS, or behind a proxy that says it terminated TLS. */
const isHttps = (req: IncomingMessage) =>
  (req.socket as TLSSocket).encrypted === true || req.headers['x-forwarded-proto'] === 'https';

function sessionCookie(req: IncomingMessage, token: string, maxAge: number): string {
  const secure = isHttps(req) ? '; Secure' : '';
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`;
}

/** A form post must come from this dashboard's own page (SameSite covers the cookie; this covers the login). */
function sameOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return null;
  const body = await readBody(req, MAX_FORM_BYTES).catch(() => null); // too large: not a form of ours
  return body && new URLSearchParams(body.toString('utf8'));
}

/** Failed logins per client address: a guessing run meets a 15-minute pause after 10 tries. */
class FailedLogins {
  private readonly seen = new Map<string, number[]>();
  constructor(private readonly now: () => Date) {}
  private recent(key: string): number[] {
    const since = this.now().getTime() - FAILURE_WINDOW_MS;
    const list = (this.seen.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.seen.set(key, list);
    else this.seen.delete(key);
    return list;
  }
  blocked = (key: string) => this.recent(key).length >= MAX_FAILURES;
  add = (key: string) => this.seen.set(key, [...this.recent(key), this.now().getTime()]);
}

/** Answers the request and returns true, or returns false (the server then answers 404). */
export function dashboardRoutes(ctx: ServerContext): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const failures = new FailedLogins(() => ctx.now());

  async function login(req: IncomingMessage, res: Res): Promise<void> {
    if (!sameOrigin(req)) return sendHtml(res, 403, loginPage('Yêu cầu không đến từ trang đăng nhập này.'));
    const client = req.socket.remoteAddress ?? '';
    if (failures.blocked(client))
      return sendHtml(res, 429, loginPage('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.'));
    const form = await readForm(req);
    const parsed = loginForm.safeParse(form ? Object.fromEntries(form) : {});
    if (!parsed.success) return sendHtml(res, 400, loginPage('Vui lòng nhập tên đăng nhập và mật khẩu.'));
    const staff = await checkLogin(ctx, parsed.data.login, parsed.data.password);
    if (!staff) {
      failures.add(client);
      ctx.log('dashboard login refused', { login: parsed.data.login });
      return sendHtml(res, 401, loginPage('Sai tên đăng nhập hoặc mật khẩu.', parsed.data.login));
    }
    const { token } = await startSession(ctx, staff.id);
    ctx.log('dashboard login', { login: staff.login });
    redirect(res, '/dashboard', { 'set-cookie': sessionCookie(req, token, SESSION_HOURS * 3600) });
  }

  async function logout(req: IncomingMessage, res: Res): Promise<void> {
    if (!sameOrigin(req)) return sendHtml(res, 403, loginPage('Yêu cầu không đến từ trang này.'));
    await endSession(ctx, cookieOf(req, SESSION_COOKIE));
    redirect(res, '/login', { 'set-cookie': sessionCookie(req, '', 0) });
  }

  async function handle(req: IncomingMessage, res: Res): Promise<boolean> {
    const path = new URL(req.url ?? '/', 'http://dashboard').pathname;
    const method = req.method ?? 'GET';
    const routes: Record<string, string[]> = {
      '/': ['GET'],
      '/login': ['GET', 'POST'],
      '/logout': ['POST'],
      '/dashboard': ['GET'],
      [XLSX_PATH]: ['GET'],
      [CSS_PATH]: ['GET'],
    };
    if (!routes[path]) return false;
    if (!routes[path].includes(method)) {
      send(res, 405, 'text/plain; charset=utf-8', 'Phương thức không được hỗ trợ.', { allow: routes[path].join(', ') });
      return true;
    }
    if (path === CSS_PATH) {
      send(res, 200, 'text/css; charset=utf-8', CSS, { 'cache-control': 'max-age=3600' });
      return true;
    }
    if (path === '/login' && method === 'POST') return login(req, res).then(() => true);
    if (path === '/logout') return logout(req, res).then(() => true);
    const staff = await sessionStaff(ctx, cookieOf(req, SESSION_COOKIE));
    if (path === '/login') {
      if (staff) redirect(res, '/dashboard');
      else sendHtml(res, 200, loginPage(null));
      return true;
    }
    if (!staff) {
      redirect(res, '/login');
      return true;
    }
    if (path === '/') redirect(res, '/dashboard');
    else if (path === '/dashboard') sendHtml(res, 200, dashboardPage(await dashboardFigures(ctx), staff));
    else {
      const figures = await dashboardFigures(ctx);
      send(
        res,
        200,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        await dashboardXlsx(figures),
        {
          'content-disposition': `attachment; filename="${xlsxFileName(figures)}"`,
        },
      );
    }
    return true;
  }

  return async (req, res) => {
    try {
      return await handle(req, res);
    } catch (e) {
      ctx.log('dashboard error', { error: e instanceof Error ? e.message : String(e) });
      if (!res.headersSent)
        sendHtml(res, 500, errorPage('Máy chủ gặp lỗi khi lập bảng theo dõi. Vui lòng thử lại sau.'));
      else res.destroy();
      return true;
    }
  };
}
