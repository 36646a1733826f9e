import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assembleModules, forwardChange } from '../../src/core/assemble';
import type { CoreContext } from '../../src/core/context';
import { openDatabase } from '../../src/core/db/connection';
import { SCHEMA_VERSION } from '../../src/core/db/migrate';
import { COMMAND_MODES, type DomainModule } from '../../src/core/module';
import { BUILTIN_MODULES } from '../../src/core/modules';
import { FAST_KDF } from '../../src/core/vault/crypto';
import { Vault } from '../../src/core/vault/vault';
import { commands, events, isCommandName } from '../../src/shared/contract';
import { toyModule } from '../fixtures/toy/module';
import { call, callErr, initCore, newCore, PASS } from '../helpers/core';

const okOut = z.object({ ok: z.literal(true) });
/** A module built by hand, as a careless new domain might be (bypassing defineModule's compile-time check). */
function rawModule(name: string, contract: string[], handlers: string[], extra: Partial<DomainModule> = {}) {
  return {
    name,
    contract: { commands: Object.fromEntries(contract.map((c) => [c, { input: z.object({}), output: okOut }])) },
    commands: Object.fromEntries(handlers.map((c) => [c, { mode: 'read', handler: async () => ({ ok: true }) }])),
    ...extra,
  } as DomainModule;
}

/** The tables in a data folder's database, read with the vault's own key after the core has closed. */
async function tablesIn(dataDir: string): Promise<string[]> {
  const key = await new Vault(path.join(dataDir, 'vault.json'), FAST_KDF).unlockWithPassphrase(PASS);
  const db = await openDatabase({ file: path.join(dataDir, 'uniondesk.db'), key });
  try {
    const rows = (await db.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) as {
      name: string;
    }[];
    return rows.map((r) => r.name).sort();
  } finally {
    await db.destroy();
  }
}

describe('assembling the domain modules', () => {
  it('refuses a command name two modules declare, at startup', async () => {
    const dup = rawModule('copycat', ['org.get'], ['org.get']);
    await expect(newCore({ modules: [dup] })).rejects.toThrow(/Command "org.get" is declared by both org and copycat/);
  });

  it('refuses a handler without a contract entry, and a contract entry without a handler', async () => {
    await expect(newCore({ modules: [rawModule('x', ['x.a'], ['x.a', 'x.b'])] })).rejects.toThrow(
      /handler "x.b" has no contract entry/,
    );
    await expect(newCore({ modules: [rawModule('x', ['x.a', 'x.b'], ['x.a'])] })).rejects.toThrow(
      /contract entry "x.b" has no handler/,
    );
  });

  it('refuses a migration version used twice or leaving a gap, a table declared twice, a module without modes', () => {
    const up = async () => undefined;
    const twice = rawModule('x', [], [], { migrations: [{ version: 2, name: 'again', up }] });
    expect(() => assembleModules([...BUILTIN_MODULES, twice])).toThrow(/version 2 is used twice \(members and x\)/);
    const gap = rawModule('x', [], [], { migrations: [{ version: SCHEMA_VERSION + 2, name: 'far', up }] });
    expect(() => assembleModules([...BUILTIN_MODULES, gap])).toThrow(/gap: expected \d+, found/);
    const table = rawModule('x', [], [], { tables: { members: 'local' } });
    const tableTwice = /Table "members" is declared by both members and x/;
    expect(() => assembleModules([...BUILTIN_MODULES, table])).toThrow(tableTwice);
    const modeless = rawModule('x', ['x.a'], ['x.a']);
    (modeless.commands['x.a'] as { mode: unknown }).mode = 'sometimes';
    expect(() => assembleModules([modeless])).toThrow(/"x.a" has no valid mode/);
    expect(() => assembleModules([...BUILTIN_MODULES, rawModule('org', [], [])])).toThrow(/Module "org"/);
  });

  it('every command of the shared contract has exactly one built-in module and a mode; every event one module', () => {
    const built = assembleModules(BUILTIN_MODULES);
    expect([...built.commands.keys()].sort()).toEqual(Object.keys(commands).sort());
    for (const [name, entry] of built.commands) expect(COMMAND_MODES, name).toContain(entry.mode);
    expect([...built.events].sort()).toEqual(Object.keys(events).sort());
    // The modes that matter most, spelled out: waiting on a job must never queue behind the job's own writes.
    expect(built.commands.get('jobs.wait')?.mode).toBe('read');
    expect(built.commands.get('members.list')?.mode).toBe('read');
    expect(built.commands.get('members.importData')?.mode).toBe('job');
    expect(built.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('every table the migrations create is declared (sync or local) by exactly one module, and no other', async () => {
    const { core, dataDir } = await initCore();
    await core.close();
    const declared = [...assembleModules(BUILTIN_MODULES).tables.keys()].sort();
    expect(await tablesIn(dataDir)).toEqual(declared);
  });
});

describe('a toy domain added from outside the source tree', () => {
  it('migrates its table, answers its command through invoke, and keeps its rows across lock and unlock', async () => {
    expect(isCommandName('toy.note')).toBe(false); // the faces' static contract knows nothing of it
    const { core, dataDir } = await initCore({ modules: [toyModule] });
    expect(await call(core, 'toy.note', { text: '  Họp tổ  ' })).toMatchObject({ text: 'Họp tổ', count: 1 });
    expect(await call(core, 'toy.note', { text: 'Nộp đoàn phí' })).toMatchObject({ count: 2 });
    // Validated against the toy's own contract part.
    const bad = await callErr(core, 'toy.note', { text: '' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.details).toEqual([expect.objectContaining({ path: ['text'] })]);
    expect((await callErr(core, 'toy.note', { text: 'x', extra: 1 })).code).toBe('VALIDATION');
    await call(core, 'vault.lock');
    await call(core, 'vault.unlock', { passphrase: PASS });
    expect(await call(core, 'toy.note', { text: 'Sau khi mở khoá' })).toMatchObject({ count: 3 });
    expect((await call(core, 'app.status')).schemaVersion).toBe(SCHEMA_VERSION + 1);
    const doctor = await call(core, 'doctor.run');
    expect(doctor.checks.find((c: { name: string }) => c.name === 'schema')).toMatchObject({ ok: true });
    await core.close();
    expect(await tablesIn(dataDir)).toContain('toy_notes');

    // One global version sequence: a core that lacks the toy sees a newer database and leaves it alone.
    const without = await newCore({ dataDir });
    expect((await callErr(without, 'vault.unlock', { passphrase: PASS })).code).toBe('NEWER_DATABASE');
    await without.close();
  });
});

describe('the change feed reaching the modules', () => {
  it('every module with onChange gets each ChangeSet; one that throws does not stop the others', () => {
    const seen: string[] = [];
    const errors: string[] = [];
    const listener = (name: string, fail = false) =>
      rawModule(name, [], [], {
        onChange(change) {
          if (fail) throw new Error('hỏng');
          seen.push(`${name}:${[...change.tables.keys()].join(',')}`);
        },
      });
    const ctx = { log: { error: (event: string) => errors.push(event) } } as unknown as CoreContext;
    const change = { tables: new Map<string, Set<string> | 'all'>([['members', new Set(['m1'])]]) };
    forwardChange([listener('a'), listener('broken', true), rawModule('quiet', [], []), listener('b')], change, ctx);
    expect(seen).toEqual(['a:members', 'b:members']);
    expect(errors).toEqual(['module.onChange']);
  });
});
