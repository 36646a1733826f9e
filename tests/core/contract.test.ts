import { describe, expect, it } from 'vitest';
import { commands, events } from '../../src/shared/contract';
import { call, callErr, initCore, newCore } from '../helpers/core';

describe('the contract and the dispatcher', () => {
  it('every command parses its input: wrong types and unknown keys are VALIDATION errors with field paths, in Vietnamese', async () => {
    const { core } = await initCore();
    const bad = await callErr(core, 'org.update', { name: 42 });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.details).toEqual([expect.objectContaining({ path: ['name'] })]);
    const extra = await callErr(core, 'org.update', { name: 'x', secretField: 1 });
    expect(extra.code).toBe('VALIDATION');
    expect(extra.message).toMatch(/Khóa không được nhận dạng|không/);
    expect((await callErr(core, 'org.update', { upperLevelType: 'district' })).code).toBe('VALIDATION');
    expect((await callErr(core, 'org.update', { name: '   ' })).details).toEqual([expect.objectContaining({ path: ['name'] })]);
    expect((await callErr(core, 'members.nuke', {})).code).toBe('UNKNOWN_COMMAND');
    expect((await callErr(core, 'jobs.get', { jobId: 'nope' })).code).toBe('NOT_FOUND');
    await core.close();
  });

  it('before setup, data commands answer NOT_INITIALIZED; org text is stored NFC with collapsed spaces', async () => {
    const fresh = await newCore();
    expect((await callErr(fresh, 'org.get')).code).toBe('NOT_INITIALIZED');
    await fresh.close();
    const { core } = await initCore();
    const nfd = '  Công   đoàn  Hoà Bình '.normalize('NFD');
    const saved = await call(core, 'org.update', { shortName: nfd });
    expect(saved.shortName).toBe('Công đoàn Hoà Bình');
    expect(saved.shortName.normalize('NFC')).toBe(saved.shortName);
    await core.close();
  });

  it('commands and events all have zod schemas', () => {
    for (const [name, spec] of Object.entries(commands)) {
      expect(typeof spec.input.safeParse, name).toBe('function');
      expect(typeof spec.output.safeParse, name).toBe('function');
    }
    expect(Object.keys(events).sort()).toEqual(['job.progress', 'vault.locked']);
  });
});
