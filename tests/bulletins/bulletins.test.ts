import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../meetings/helpers';
import { bulletinCore, call, callErr, SAMPLE_MD } from './helpers';

let reg: Register;
beforeAll(async () => {
  reg = await bulletinCore();
}, 60_000);
afterAll(async () => reg.core.close());

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('bulletins CRUD', () => {
  it('creates from Markdown with front matter: title, issue, date and the body through the documents engine', async () => {
    const { id } = await call(reg.core, 'bulletins.create', { markdown: SAMPLE_MD });
    const b = await call(reg.core, 'bulletins.get', { id });
    expect(b).toMatchObject({ issueNumber: 5, title: 'Chăm lo Tết Nguyên đán 2027 cho đoàn viên', date: '2026-12-07' });
    expect(b.body.content.map((n: { type: string }) => n.type)).toEqual([
      'heading',
      'paragraph',
      'bulletList',
      'table',
    ]);
    await call(reg.core, 'bulletins.delete', { id });
  });

  it('numbers issues per year (the next free one) and refuses a number already used that year', async () => {
    const a = await call(reg.core, 'bulletins.create', { title: 'Số đầu năm', date: '2025-01-10' });
    const b = await call(reg.core, 'bulletins.create', { title: 'Số thứ hai', date: '2025-02-10' });
    const c = await call(reg.core, 'bulletins.create', { title: 'Năm mới', date: '2024-03-01' });
    const got = await Promise.all([a, b, c].map(({ id }) => call(reg.core, 'bulletins.get', { id })));
    expect(got.map((x) => x.issueNumber)).toEqual([1, 2, 1]);
    const err = await callErr(reg.core, 'bulletins.create', { title: 'Trùng số', date: '2025-06-01', issueNumber: 2 });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('Năm 2025 đã có bản tin số 02');
    // The same number in another year is fine; moving an issue onto a used number is refused too.
    await call(reg.core, 'bulletins.create', { title: 'Số 2 năm 2024', date: '2024-05-01', issueNumber: 2 });
    const moved = await callErr(reg.core, 'bulletins.update', { id: c.id, issueNumber: 2 });
    expect(moved.code).toBe('CONFLICT');
    // A deleted issue frees its number.
    await call(reg.core, 'bulletins.delete', { id: b.id });
    const again = await call(reg.core, 'bulletins.create', { title: 'Số 2 lại', date: '2025-07-01', issueNumber: 2 });
    expect((await call(reg.core, 'bulletins.get', { id: again.id })).issueNumber).toBe(2);
  });

  it('updates, lists by year (newest first) and deletes', async () => {
    const { id } = await call(reg.core, 'bulletins.create', {
      title: 'Bản tin tháng 3',
      date: '2023-03-31',
      body: { type: 'doc', content: [para('Nội dung')] },
    });
    const updated = await call(reg.core, 'bulletins.update', { id, title: '  Bản tin   tháng 3/2023 ' });
    expect(updated.title).toBe('Bản tin tháng 3/2023');
    await call(reg.core, 'bulletins.create', { title: 'Bản tin tháng 4', date: '2023-04-30' });
    const list = await call(reg.core, 'bulletins.list', { year: 2023 });
    expect(list.items.map((x: { title: string }) => x.title)).toEqual(['Bản tin tháng 4', 'Bản tin tháng 3/2023']);
    expect(list.items[0]).not.toHaveProperty('body');
    await call(reg.core, 'bulletins.delete', { id });
    expect((await callErr(reg.core, 'bulletins.get', { id })).code).toBe('NOT_FOUND');
    expect((await callErr(reg.core, 'bulletins.delete', { id })).code).toBe('NOT_FOUND');
  });

  it('refuses a bulletin without a title, a bad front-matter date or issue, in Vietnamese', async () => {
    const noTitle = await callErr(reg.core, 'bulletins.create', { markdown: '---\nissue: 3\n---\nNội dung' });
    expect(noTitle).toMatchObject({ code: 'VALIDATION' });
    expect(noTitle.message).toContain('tiêu đề');
    const badDate = await callErr(reg.core, 'bulletins.create', { markdown: '---\ntitle: A\ndate: 31/02/2026\n---\n' });
    expect(badDate.code).toBe('VALIDATION');
    const badIssue = await callErr(reg.core, 'bulletins.create', { markdown: '---\ntitle: A\nissue: năm\n---\n' });
    expect(badIssue.message).toContain('Số bản tin');
    // A Vietnamese date as officers write it is read.
    const ok = await call(reg.core, 'bulletins.create', { markdown: '---\ntitle: B\ndate: 07/12/2022\n---\nX' });
    expect((await call(reg.core, 'bulletins.get', { id: ok.id })).date).toBe('2022-12-07');
  });

  it('stores titles and body text in NFC', async () => {
    const nfd = 'Tiếng Việt'.normalize('NFD');
    const { id } = await call(reg.core, 'bulletins.create', {
      markdown: `---\ntitle: ${nfd}\ndate: 2021-01-01\n---\n${nfd} trong thân bài`,
    });
    const b = await call(reg.core, 'bulletins.get', { id });
    expect(b.title).toBe('Tiếng Việt'.normalize('NFC'));
    expect(JSON.stringify(b.body)).toContain('Tiếng Việt trong thân bài'.normalize('NFC'));
  });
});
