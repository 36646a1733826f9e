/**
 * Voucher attachments against a real vault: a decision from the register and files kept with the voucher (size and
 * type bounded, a closed year refused), listed, read back byte for byte, removed; the voucher PDF names them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import { VOUCHER_FILE_MAX_BYTES } from '../../src/shared/funds-files-contract';
import { pdfText, squash } from '../dues/files/read-back';
import { call, callErr, fundsCore } from './helpers';

let core: Core;
const PDF = Buffer.from('%PDF-1.4\n% hoá đơn thử\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const b64 = (b: Buffer) => b.toString('base64');
const attach = (voucherId: string, fileName: string, bytes: Buffer, mime = 'application/octet-stream') =>
  call(core, 'funds.attachFile', { voucherId, fileName, mime, base64: b64(bytes) });
const attachErr = (voucherId: string, fileName: string, bytes: Buffer) =>
  callErr(core, 'funds.attachFile', { voucherId, fileName, mime: 'application/pdf', base64: b64(bytes) });
let payment: string;
let old: string;
let decision: { id: string; numberText: string | null };

beforeAll(async () => {
  core = (await fundsCore()).core;
  await call(core, 'org.update', {
    place: 'Hà Nội',
    chairName: 'Nguyễn Văn Chủ',
    upperLevelName: 'Công đoàn KCN Bắc Thăng Long',
  });
  await call(core, 'funds.setOpening', { account: 'cash', year: 2025, amount: 5_000_000 });
  const { doc } = await call(core, 'docs.create', {
    markdown: ['---', 'type: QĐ', 'summary: Chi hỗ trợ đoàn viên ốm đau', '---', 'Điều 1.'].join('\n'),
  });
  decision = await call(core, 'docs.issue', { id: doc.id, date: '2026-03-02' });
  const v = { type: 'payment', account: 'cash', amount: 500_000, category: 'cham-lo' };
  old = (await call(core, 'funds.addVoucher', { ...v, date: '2025-12-20', description: 'Thăm ốm năm cũ' })).id;
  await call(core, 'funds.closeYear', { year: 2025 });
  payment = (
    await call(core, 'funds.addVoucher', {
      ...v,
      date: '2026-03-05',
      description: 'Thăm ốm đoàn viên',
      documentId: decision.id,
    })
  ).id;
}, 60_000);
afterAll(async () => core?.close());

describe('voucher files', () => {
  it('keeps a file with a voucher, lists it and gives the same bytes back with the type its name says', async () => {
    const made = await attach(payment, 'Hoá đơn mua quà.pdf', PDF, 'text/plain');
    expect(made).toMatchObject({ voucherId: payment, fileName: 'Hoá đơn mua quà.pdf', mime: 'application/pdf' });
    expect(made.size).toBe(PDF.length);
    await attach(payment, 'c:\\scan\\Biên nhận.PNG', PNG);
    const { files } = await call(core, 'funds.voucherFiles', { voucherId: payment });
    expect(files.map((f: { fileName: string }) => f.fileName)).toEqual(['Hoá đơn mua quà.pdf', 'Biên nhận.PNG']);
    expect(files[1].mime).toBe('image/png');
    const back = await call(core, 'funds.voucherFile', { id: made.id });
    expect(back.fileName).toBe('Hoá đơn mua quà.pdf');
    expect(Buffer.from(back.base64, 'base64').equals(PDF)).toBe(true);
  });

  it('refuses other types, a renamed file, an empty one, one over 10 MB, and an unknown voucher', async () => {
    const exe = await attachErr(payment, 'setup.exe', Buffer.from('MZ\x90\x00'));
    expect(exe.code).toBe('VALIDATION');
    expect(exe.message).toContain('PDF, JPG, PNG, DOCX hoặc XLSX');
    const renamed = await attachErr(payment, 'hoa-don.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    expect(renamed.code).toBe('VALIDATION');
    expect(renamed.message).toContain('không phải là tệp PDF');
    expect((await attachErr(payment, 'rong.pdf', Buffer.alloc(0))).message).toBe('Tệp rỗng.');
    const big = Buffer.concat([PDF, Buffer.alloc(VOUCHER_FILE_MAX_BYTES, 0x20)]);
    const tooBig = await attachErr(payment, 'lon.pdf', big);
    expect(tooBig.code).toBe('VALIDATION');
    expect(tooBig.message).toContain('tối đa 10 MB');
    expect((await attachErr('no-such-voucher', 'a.pdf', PDF)).code).toBe('NOT_FOUND');
    expect((await call(core, 'funds.voucherFiles', { voucherId: payment })).files).toHaveLength(2);
  }, 60_000);

  it('adds nothing to and removes nothing from a voucher of a closed year', async () => {
    const e = await attachErr(old, 'a.pdf', PDF);
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('Năm 2025 đã khoá sổ');
    expect((await call(core, 'funds.voucherFiles', { voucherId: old })).files).toEqual([]);
  });

  it('names the decision and the files on the voucher PDF ("Kèm theo")', async () => {
    const { text } = pdfText(Buffer.from((await call(core, 'funds.voucherPdf', { id: payment })).base64, 'base64'));
    const line = squash(text);
    expect(line).toContain(squash(`Kèm theo: Quyết định số ${decision.numberText} ngày 02/03/2026`));
    expect(line).toContain(squash('Chi hỗ trợ đoàn viên ốm đau'));
    expect(line).toContain(squash('2 tệp (Hoá đơn mua quà.pdf, Biên nhận.PNG)'));
  });

  it('removes a file (no longer listed nor readable), then refuses it twice', async () => {
    const [first] = (await call(core, 'funds.voucherFiles', { voucherId: payment })).files;
    expect(await call(core, 'funds.removeFile', { id: first.id })).toEqual({ id: first.id });
    const left = (await call(core, 'funds.voucherFiles', { voucherId: payment })).files;
    expect(left.map((f: { fileName: string }) => f.fileName)).toEqual(['Biên nhận.PNG']);
    expect((await callErr(core, 'funds.voucherFile', { id: first.id })).code).toBe('NOT_FOUND');
    expect((await callErr(core, 'funds.removeFile', { id: first.id })).code).toBe('NOT_FOUND');
  });
});
