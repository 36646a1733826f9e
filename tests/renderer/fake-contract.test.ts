// The fake core is held to the contract: a wrong answer, a wrong event or a wrong input cannot pass unnoticed.
import { describe, expect, it } from 'vitest';
import { commands, type CommandName } from '../../src/shared/contract';
import { contractViolations } from './fakeContract';
import { createFakeCore } from './fakeCore';
import { installFakeDocs } from './fakeDocs';

const open = () => createFakeCore({ vault: 'unlocked', passphrase: 'mật khẩu 12345' });

describe('fake core against the contract', () => {
  it('answers a good call with a value the contract accepts', async () => {
    const core = open();
    const res = await core.raw.invoke('units.save', { name: 'Tổ May 1' });
    expect(res.ok).toBe(true);
    expect(commands['units.save'].output.safeParse(res.ok && res.value).success).toBe(true);
    expect(contractViolations).toEqual([]);
  });

  it('records an answer outside the contract and refuses it as INTERNAL', async () => {
    const core = open();
    // A drifted fake: the core's units.save answers a whole Unit (memberCount included).
    core.handlers['units.save'] = (i) => ({ id: 'u-1', name: i.name, parentId: null }) as never;
    const res = await core.raw.invoke('units.save', { name: 'Tổ May 1' });
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(contractViolations.splice(0)).toEqual([
      expect.stringContaining('units.save answered outside the contract: memberCount'),
    ]);
  });

  it('refuses an input the real dispatcher refuses, before the handler runs', async () => {
    const core = open();
    const res = await core.raw.invoke('members.add', { fullName: 'An', idNumber: '123' });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: ['idNumber'] }] } });
    expect(core.state.members).toHaveLength(0);
    const extra = await core.raw.invoke('vault.lock', { now: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('does not deliver an event payload outside the contract', () => {
    const core = open();
    const seen: unknown[] = [];
    core.raw.onEvent('vault.locked', (p) => seen.push(p));
    core.emit('vault.locked', { reason: 'bored' } as never);
    expect(seen).toEqual([]);
    expect(contractViolations.splice(0)).toEqual([expect.stringContaining('event vault.locked outside the contract')]);
  });

  it('answers every command it fakes (members and documents included) without a violation', async () => {
    const core = open();
    installFakeDocs(core);
    const names = Object.keys(core.handlers) as CommandName[];
    expect(names).toEqual(expect.arrayContaining(['members.list', 'units.list', 'docs.list', 'docs.templates']));
    for (const name of [
      'members.list',
      'units.list',
      'docs.list',
      'docs.templates',
      'org.get',
      'backup.list',
    ] as const) {
      expect((await core.raw.invoke(name, {})).ok, name).toBe(true);
    }
    expect(contractViolations).toEqual([]);
  });
});
