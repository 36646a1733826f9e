/**
 * The member register in Debian chromium against the real web host and core: a vault made with the CLI, unlocked in
 * the page; a messy CSV (BOM, title rows, an unknown "Số hiệu thẻ ĐV" column fixed in the mapping step, a TCVN3
 * name, an impossible date, a totals row) imported through the wizard; searches without diacritics; a member page
 * with its timeline; a status change. The steps share one page and run in order.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { tcvn3ToUnicode } from '../../src/core/members/import/legacy/tcvn3';
import { cli, id, launch, screenshot } from './helpers';
import { startHost, type RunningHost } from './host';

const PASS = 'Đoàn kết - Dân chủ 2026';
const ORG = 'Công đoàn cơ sở Công ty TNHH May Hà Đông';

/** Unicode → TCVN3 as a UTF-8 file carries it (the bytes shown through code page 1252), for a legacy row. */
function toTcvn3(s: string): string {
  const back = new Map<string, string>();
  for (let b = 0xa1; b <= 0xff; b++) back.set(tcvn3ToUnicode(String.fromCharCode(b)), String.fromCharCode(b));
  return [...s.normalize('NFC')].map((ch) => back.get(ch) ?? ch).join('');
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
];
const MIDDLE_M = ['Văn', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Đức', 'Công'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Mỹ'];
const GIVEN_M = ['Hùng', 'Dũng', 'Tuấn', 'Long', 'Nam', 'Phong', 'Quang', 'Sơn', 'Thắng', 'Tú', 'Việt', 'Khoa'];
const GIVEN_F = ['Hoa', 'Lan', 'Hương', 'Mai', 'Linh', 'Trang', 'Hằng', 'Nga', 'Yến', 'Thảo', 'Ánh', 'Oanh'];
const UNITS = ['Tổ May 1', 'Tổ May 2', 'Tổ Cắt', 'Tổ Hoàn thiện', 'Văn phòng'];
const TOTAL = 200;
const BAD_DATE_ROW = 5 + 17; // spreadsheet row of data line 17 (four rows above the data)
const TCVN3_ROW = 5 + 3;

/** ~200 members as a union's Excel export really looks, written as CSV. */
function registerCsv(): string {
  const q = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    [`${ORG.toUpperCase()}`],
    ['DANH SÁCH ĐOÀN VIÊN NĂM 2026'],
    [],
    [
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Số CCCD',
      'Điện thoại',
      'Email',
      'Tổ công đoàn',
      'Chức vụ công đoàn', // a bare "Chức vụ" would be asked about (job title or union position?): tests/e2e/import
      'Số hiệu thẻ ĐV',
      'Ngày vào Công đoàn',
    ],
  ];
  const special = ['Nguyễn Văn An', 'Nguyễn Văn Bình', 'Trần Minh Đức', 'Nguyễn Văn Cường'];
  for (let i = 0; i < TOTAL + 1; i++) {
    const female = i % 3 === 1;
    let name =
      special[i] ??
      `${FAMILY[(i * 7) % FAMILY.length]} ${(female ? MIDDLE_F : MIDDLE_M)[(i * 5) % (female ? MIDDLE_F.length : MIDDLE_M.length)]} ${(female ? GIVEN_F : GIVEN_M)[(i * 11) % 12]}`;
    if (name.startsWith('Nguyễn Văn') && !special.includes(name)) name = name.replace('Văn', 'Hữu'); // keep "nguyen van" exact
    if (i === 3) name = toTcvn3('Nguyễn Văn Cường');
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const dob = i === 17 ? '31/02/1990' : `${day}/${month}/${1966 + (i % 38)}`;
    lines.push([
      String(i + 1),
      name,
      dob,
      female ? 'Nữ' : 'nam',
      `0790${String(90000000 + i)}`,
      `09${String(12000000 + i * 37).padStart(8, '0')}`,
      i % 4 === 0 ? `dv${i}@maydong.vn` : '',
      UNITS[i % UNITS.length],
      i === 0 ? 'Chủ tịch' : i % 40 === 7 ? 'Tổ trưởng' : '',
      `CD${String(1000 + i)}`,
      `${day}/${month}/${2010 + (i % 15)}`,
    ]);
  }
  lines.push(['', `Tổng cộng: ${TOTAL + 1} người`]);
  return '\uFEFF' + lines.map((l) => l.map(q).join(',')).join('\r\n') + '\r\n';
}

let host: RunningHost;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  host = await startHost(90_000, {
    env: { UNIONDESK_TEST_KDF: 'fast' },
    prepare: async (dataDir) => {
      await cli(['init', '--data-dir', dataDir, '--org-name', ORG, '--json'], { UNIONDESK_PASSPHRASE: PASS });
    },
  });
  ({ browser, page, errors } = await launch());
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail' && page)
    console.error(`screenshot: ${await screenshot(page, `e2e-members-${ctx.task.name}`)}\n${host?.output() ?? ''}`);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const rowNames = () => page.locator(`${id('member-row')} .ud-member-name`).allInnerTexts();
const count = () => page.locator(id('members-count')).innerText();

/** Types into the search box and waits until the list shown answers exactly that text. */
async function search(text: string) {
  await page.locator(id('members-search')).fill(text);
  await page.locator(`${id('members-count')}[data-query="${text}"]`).waitFor();
}

describe('member register in a browser against the real core', () => {
  it('unlocks the vault made by the CLI and opens an empty register', async () => {
    await page.goto(host.url);
    await page.locator(id('unlock-passphrase')).fill(PASS);
    await page.locator(id('unlock-submit')).click();
    await page.locator(id('app-shell')).waitFor();
    expect(await page.locator(id('org-title')).innerText()).toBe(ORG);
    await page.locator(id('nav-members')).click();
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent === 'Có 0 đoàn viên',
      id('members-count'),
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('members-search');
  });

  it('imports a messy CSV: dry run, fix the unknown column, confirm, report', async () => {
    await page.locator(id('member-import')).click();
    await page.locator(`${id('import-file')} input[type=file]`).setInputFiles({
      name: 'danh-sach-doan-vien.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(registerCsv(), 'utf8'),
    });
    const summary = page.locator(id('import-dryrun-summary'));
    await summary.waitFor();
    expect(await page.locator(id('import-header-row')).innerText()).toBe('Dòng tiêu đề: dòng 4');
    // The impossible date does not drop the member: flagged, importable without it (or left out, chosen below).
    expect(await page.locator(id('import-dryrun-summary-imported')).innerText()).toContain(String(TOTAL + 1));
    expect(await page.locator(id('import-dryrun-summary-rejected')).innerText()).toContain('0');
    expect(await page.locator(id('import-unmapped')).innerText()).toContain('«Số hiệu thẻ ĐV»');
    const flagged = page.locator(`${id('import-flagged')} tbody tr`);
    expect(await flagged.count()).toBe(1);
    const cells = await flagged.first().locator('td').allInnerTexts();
    expect(cells[0]).toBe(String(BAD_DATE_ROW));
    expect(cells[1]).toBe('Ngày sinh');
    expect(cells[2]).toMatch(/31\/02\/1990|không hợp lệ|không có thật/i);
    expect(await page.locator(id('import-converted')).innerText()).toContain(`Dòng ${TCVN3_ROW}: TCVN3`);

    // Column J ("Số hiệu thẻ ĐV") was not recognised: map it to the card number; the dry run runs again.
    const rowJ = page.locator(`${id('import-mapping')} tbody tr`, { hasText: 'Số hiệu thẻ ĐV' });
    expect(await rowJ.innerText()).toContain('chưa nhận ra');
    await page.locator(id('import-map-J')).click();
    await page.keyboard.type('so the doan vien');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Số thẻ đoàn viên' }).click();
    await page.locator(id('import-unmapped')).waitFor({ state: 'detached' });
    await screenshot(page, 'members-import-check');
    expect(await page.locator(id('import-map-J')).innerText()).toContain('Số thẻ đoàn viên');
    await page.locator(id('import-flagged-choice')).getByText('Bỏ qua các dòng này').click();
    await page.waitForFunction(([sel, n]) => document.querySelector(sel)?.textContent?.includes(n), [
      id('import-dryrun-summary-imported'),
      String(TOTAL),
    ] as const);

    await page.locator(id('import-confirm')).click();
    const report = page.locator(id('import-report'));
    await report.waitFor();
    expect(await page.locator(id('import-report-counts-imported')).innerText()).toContain(String(TOTAL));
    expect(await page.locator(id('import-report-counts-rejected')).innerText()).toContain('0');
    expect(await page.locator(id('import-flagged-skipped')).innerText()).toBe('Đã bỏ qua 1 dòng có ô sai');
    await page.locator(id('import-close')).click();
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent === 'Có 200 đoàn viên',
      id('members-count'),
    );
    expect((await rowNames()).length).toBeGreaterThan(10);
  });

  it('searches without diacritics: "nguyen van" and "duc"', async () => {
    await search('nguyen van');
    const names = await rowNames();
    expect(names).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình', 'Nguyễn Văn Cường']);
    expect(await count()).toBe('Tìm thấy 3 đoàn viên');

    await search('duc');
    const duc = await rowNames();
    expect(duc).toContain('Trần Minh Đức');
    for (const n of duc) expect(n).toMatch(/(^|\s)Đức(\s|$)/);
    // The TCVN3 row arrived as Unicode and is found by its plain spelling too.
    await search('cuong');
    expect(await rowNames()).toContain('Nguyễn Văn Cường');
  });

  it('opens a member: fields, the fixed card number, the timeline; a status change adds to it', async () => {
    await search('nguyen van an');
    await page.locator(id('member-row')).first().click();
    const memberPage = page.locator(id('member-page'));
    await memberPage.waitFor();
    expect(await page.locator(id('member-page-name')).innerText()).toBe('Nguyễn Văn An');
    expect(await page.locator(id('member-cardNumber')).inputValue()).toBe('CD1000');
    expect(await page.locator(id('member-idNumber')).inputValue()).toBe('079090000000');
    expect(
      await page
        .locator(`input${id('member-unit')}, ${id('member-unit')} input`)
        .first()
        .inputValue(),
    ).toBe('Tổ May 1');
    const timeline = page.locator(id('member-timeline'));
    expect(await timeline.innerText()).toMatch(/01\/01\/2010 — Kết nạp/);
    await screenshot(page, 'members-page');

    await page.locator(id('member-status-change')).click();
    await page.locator(id('status-to')).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Tạm dừng sinh hoạt' })
      .click();
    await page.locator(id('status-reason')).fill('Nghỉ thai sản dài ngày');
    await page.locator(id('status-ref')).fill('07/BB-CĐCS');
    await page.locator(id('status-submit')).click();
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.includes('Nghỉ thai sản dài ngày'),
      id('member-timeline'),
    );
    expect(await timeline.innerText()).toContain('Tạm dừng sinh hoạt');
    expect(await timeline.innerText()).toContain('07/BB-CĐCS');
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    await memberPage.waitFor({ state: 'detached' });
  });

  it('shows the full register as a secretary sees it', async () => {
    await search('');
    expect(await count()).toBe('Có 200 đoàn viên');
    await page.locator(id('member-row')).nth(10).waitFor();
    const file = await screenshot(page, 'members-register');
    expect(file).toMatch(/members-register\.png$/);
  });

  it('logged no page errors', () => {
    expect(errors).toEqual([]);
  });
});
