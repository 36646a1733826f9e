/**
 * A new domain's CLI is its own files plus one line: the toy face (tests/fixtures/toy/cli.ts) joins the built-in
 * program with one entry, next to the toy core module, and runs against a real vault in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliFace } from '../../src/cli/face';
import { CLI_FACES } from '../../src/cli/faces';
import { buildProgram, type ProgramOptions } from '../../src/cli/main';
import { toyCli } from '../fixtures/toy/cli';
import { toyModule } from '../fixtures/toy/module';
import { PASS, cleanup, json, run, tempDir, type Env } from './helpers';

const withToy: ProgramOptions = { extraFaces: [toyCli], extraModules: [toyModule] };
const env: Env = { UNIONDESK_PASSPHRASE: PASS };
let dataDir = '';
const toy = (...args: string[]) => run(['--data-dir', dataDir, ...args], env, '', withToy);

beforeAll(async () => {
  dataDir = tempDir();
  const init = await toy('--json', 'init', '--org-name', 'Công đoàn cơ sở Thử Nghiệm');
  expect(init.code, init.stderr).toBe(0);
});
afterAll(cleanup);

describe('a toy face plugged in with one entry', () => {
  it('runs its command on the vault, in Vietnamese by default and in English', async () => {
    const vi = await toy('toy', 'note', 'Họp tổ');
    expect(vi, vi.stderr).toMatchObject({ code: 0, stdout: 'Đã lưu ghi chú: "Họp tổ" (tổng cộng 1).\n' });
    const en = await toy('--lang', 'en', 'toy', 'note', '  Nộp đoàn phí  ');
    expect(en).toMatchObject({ code: 0, stdout: 'Note saved: "Nộp đoàn phí" (2 in all).\n' });
    const asJson = await toy('--json', 'toy', 'note', 'Sinh hoạt');
    expect(asJson.code).toBe(0);
    expect(json(asJson)).toMatchObject({ text: 'Sinh hoạt', count: 3 });
  });

  it("answers the toy contract's refusal like any core error (exit 4)", async () => {
    const r = await toy('--json', 'toy', 'note', ' ');
    expect(r.code).toBe(4);
    expect(json(r).error.code).toBe('VALIDATION');
  });

  it('shows its help in both languages, untranslated strings in English, after the built-in commands', async () => {
    const vi = await toy('toy', 'note', '--help');
    expect(vi.stdout).toContain('Cách dùng: uniondesk toy note [options] <text>');
    expect(vi.stdout).toContain('ghi một ghi chú và đếm số ghi chú');
    expect(vi.stdout).toContain('text of the note'); // no Vietnamese for this key: the English base
    const en = await toy('--lang', 'en', 'toy', 'note', '--help');
    expect(en.stdout).toContain('write a note and count the notes');
    const top = (await toy('--lang', 'en', '--help')).stdout;
    expect(top).toMatch(/web \[options\][^]*toy\s+toy notes \(a domain for tests\)[^]*help \[command\]/);
  });

  it('leaves the built-in program as it was: no toy command, no toy strings', async () => {
    const top = await run(['--lang', 'en', '--help']);
    expect(top.stdout).not.toContain('toy');
    const r = await run(['--data-dir', dataDir, 'toy', 'note', 'x'], env);
    expect(r.code).toBe(2); // unknown command
  });

  it('refuses, at startup, a face that claims a string key another face or the program already has', () => {
    const copycat = (key: string): CliFace => ({
      name: 'copycat',
      strings: { en: { [key]: 'x' }, vi: {} },
      register() {},
    });
    expect(() => buildProgram([...CLI_FACES, copycat('members.description')])).toThrow(
      'CLI string "members.description" is claimed by both members and copycat',
    );
    expect(() => buildProgram([...CLI_FACES, copycat('err.prefix')])).toThrow(
      'CLI string "err.prefix" is claimed by both the program and copycat',
    );
    const orphan: CliFace = { name: 'orphan', strings: { en: {}, vi: { 'orphan.x': 'y' } }, register() {} };
    expect(() => buildProgram([...CLI_FACES, orphan])).toThrow('"orphan.x" of orphan has Vietnamese but no English');
  });
});
