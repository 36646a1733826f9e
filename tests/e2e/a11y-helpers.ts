/**
 * Shared by the accessibility e2e files (axe pass, keyboard-only flows, 200% zoom): a vault with enough in it that
 * every page shows real rows, unlocking, and axe-core run inside the page with the WCAG 2.1 A/AA rules.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { cli, id, ROOT } from './helpers';

export const PASS = 'Đoàn kết - Dân chủ 2026';
export const ORG = 'Công đoàn cơ sở Công ty TNHH May Hà Đông';
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const NAMES = [
  'Nguyễn Thị Lan',
  'Trần Văn Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Minh Đức',
  'Vũ Thị Hoa',
  'Đặng Quốc Hùng',
  'Bùi Thị Mai',
  'Đỗ Văn Nam',
  'Ngô Thị Oanh',
  'Dương Văn Phong',
  'Phan Thị Quỳnh',
];

/** A vault as a union that has started using the app has it: profile, a dozen members in two groups, a meeting. */
export async function seedVault(dataDir: string): Promise<void> {
  const env = { UNIONDESK_PASSPHRASE: PASS };
  const at = ['--data-dir', dataDir, '--json'];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ud-e2e-a11y-'));
  await cli(['init', ...at, '--org-name', ORG, '--upper-level', 'Công đoàn phường Hà Đông'], env);
  await cli(['org', 'set', ...at, 'place=Hà Nội', 'chairName=Nguyễn Thị Lan'], env);
  const csv = [
    'Họ và tên,Ngày sinh,Giới tính,Điện thoại,Email,Tổ công đoàn',
    ...NAMES.map(
      (name, i) =>
        `${name},${String(i + 1).padStart(2, '0')}/05/19${70 + i},${name.includes(' Thị ') ? 'Nữ' : 'Nam'},` +
        `09${String(12345600 + i)},dv${i}@maydong.vn,${i % 2 ? 'Tổ May 1' : 'Tổ Cắt'}`,
    ),
  ].join('\r\n');
  const csvFile = path.join(dir, 'members.csv');
  await writeFile(csvFile, csv);
  await cli(['members', 'import', csvFile, ...at], env);
  const meeting = path.join(dir, 'meeting.json');
  await writeFile(
    meeting,
    JSON.stringify({ kind: 'group', title: 'Họp tổ May 1 tháng 12', startsAt: '2026-12-15T08:00', place: 'Xưởng may' }),
  );
  await cli(['meetings', 'create', '--file', meeting, ...at], env);
}

export async function unlock(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(id('unlock-passphrase')).fill(PASS);
  await page.locator(id('unlock-submit')).click();
  await page.locator(id('app-shell')).waitFor();
}

interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

let source: string | undefined;
const axeSource = async () => (source ??= `${await readFile(AXE, 'utf8')}\n;true`);

/** The serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not added as a <script>: the app's CSP (script-src 'self') rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource());
  const all = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe;
    const res = (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })) as {
      violations: AxeViolation[];
    };
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, TAGS);
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One screen's violations as a reader wants them: rule, impact, what to do, then each element with why. */
export function describeViolations(screen: string, violations: AxeViolation[]): string {
  const lines = [`${screen}: ${violations.length} serious/critical rule(s)`];
  for (const v of violations) {
    lines.push(`  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))`);
    for (const n of v.nodes.slice(0, 8)) {
      lines.push(`    ${n.target.join(' ')}  ${n.html.slice(0, 140).replace(/\s+/g, ' ')}`);
      const why = (n.failureSummary ?? '').split('\n').slice(1, 3).join(' / ').trim();
      if (why) lines.push(`      ${why.slice(0, 220)}`);
    }
    if (v.nodes.length > 8) lines.push(`    … ${v.nodes.length - 8} more`);
  }
  return lines.join('\n');
}
