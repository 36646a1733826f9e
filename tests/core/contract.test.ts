import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands, contractParts, events, isCommandName, type CommandName } from '../../src/shared/contract';
import { mergeParts } from '../../src/shared/contract-part';
import { orgContract } from '../../src/shared/org-contract';
import { vaultContract } from '../../src/shared/vault-contract';
import { call, callErr, initCore, newCore } from '../helpers/core';
import { SAMPLES } from './contract-samples';

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
    expect((await callErr(core, 'org.update', { name: '   ' })).details).toEqual([
      expect.objectContaining({ path: ['name'] }),
    ]);
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

  it('every command has a sample: a valid input its schema takes, an invalid one invoke refuses (VALIDATION)', async () => {
    // Before setup every handler would answer NOT_INITIALIZED: a VALIDATION answer proves the input was checked first.
    const core = await newCore();
    const names = Object.keys(commands) as CommandName[];
    expect(
      names.filter((n) => !(n in SAMPLES)),
      'commands without a sample',
    ).toEqual([]);
    expect(
      Object.keys(SAMPLES).filter((n) => !isCommandName(n)),
      'samples of commands that do not exist',
    ).toEqual([]);
    for (const name of names) {
      const { valid, invalid } = SAMPLES[name];
      const parsed = commands[name].input.safeParse(valid);
      expect(parsed.success, `${name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      const r = await core.invoke(name, invalid);
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error.code, `${name}: ${r.error.message}`).toBe('VALIDATION');
    }
    await core.close();
  });

  it("the merged contract holds every part's commands and events, and refuses a name used twice", () => {
    for (const part of contractParts) {
      for (const [name, spec] of Object.entries(part.commands)) expect(commands).toHaveProperty([name], spec);
    }
    expect(Object.keys(events).sort()).toEqual(['campaign.progress', 'job.progress', 'sync.changed', 'vault.locked']);
    expect(() => mergeParts([orgContract, { commands: { 'org.get': orgContract.commands['org.get'] } }])).toThrow(
      /Duplicate command name in the contract: org.get/,
    );
    expect(() => mergeParts([vaultContract, { commands: {}, events: { 'vault.locked': z.object({}) } }])).toThrow(
      /Duplicate event name/,
    );
  });
});
