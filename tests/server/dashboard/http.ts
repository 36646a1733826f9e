/** Plain HTTP calls for the dashboard tests: a cookie jar of one cookie, forms, no redirects followed. */
import ExcelJS from 'exceljs';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: Buffer;
}

export class Browser {
  cookie: string | null = null;
  constructor(readonly base: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Answer> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    const res = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair!.endsWith('=') ? null : pair!;
    }
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, text: body.toString('utf8'), body };
  }

  get = (path: string) => this.request(path);

  post(path: string, form: Record<string, string>, headers: Record<string, string> = {}) {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.base, ...headers },
      body: new URLSearchParams(form).toString(),
    });
  }

  login(login: string, password: string) {
    return this.post('/login', { login, password });
  }
}

/** The .xlsx read back: each sheet's rows as arrays of cell values (index 0 = column A). */
export async function readXlsx(body: Buffer): Promise<Map<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const out = new Map<string, unknown[][]>();
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    out.set(ws.name, rows);
  });
  return out;
}

/** The cells of one table row of the page (by its id), as text without tags. */
export function rowCells(page: string, rowId: string): string[] {
  const m = new RegExp(`<tr id="${rowId}"[^>]*>([\\s\\S]*?)</tr>`).exec(page);
  if (!m) return [];
  return [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim());
}
