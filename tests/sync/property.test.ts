/**
 * The property: N PCs of one CĐCS (2–3), random edits (add, update the same or different columns, delete members)
 * on random PCs, random syncs in a random order, some of them with the answer lost or cut by the proxy, then every
 * PC syncs until quiet → every PC and the server hold the same data, no outbox row is left waiting, and each column
 * holds the value of its write with the highest HLC (no lost write, no silent overwrite by an older one), each
 * deleted member a tombstone everywhere and no other member deleted.
 *
 * Real everything: `uniondesk` vaults through the CLI, the server process on SQLite, HTTP through the fault proxy.
 * fast-check does not shrink here (each case costs seconds); a failure prints its seed and the case
 * (re-run with UD_PROOF_SEED=<seed>).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from '../cli/helpers';
import { MINUTE, withClockOffset } from './harness/clock';
import { Device, someone } from './harness/devices';
import type { Fault, Route } from './harness/proxy';
import { expectConverged, foundingMember, makeWorld, type World } from './harness/world';

const COLUMNS = ['notes', 'address', 'hometown', 'job_title'] as const;
type Column = (typeof COLUMNS)[number];
/** members.update takes camelCase; the table is snake_case. */
const FIELD: Record<Column, string> = {
  notes: 'notes',
  address: 'address',
  hometown: 'hometown',
  job_title: 'jobTitle',
};

type Action =
  | { kind: 'add'; dev: number }
  | { kind: 'update'; dev: number; pick: number; column: Column }
  | { kind: 'delete'; dev: number; pick: number }
  | { kind: 'sync'; dev: number; fault: [Route, Fault] | null };

const action = (devices: number): fc.Arbitrary<Action> => {
  const dev = fc.nat({ max: devices - 1 });
  const pick = fc.nat({ max: 50 });
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('add' as const), dev }) },
    {
      weight: 5,
      arbitrary: fc.record({ kind: fc.constant('update' as const), dev, pick, column: fc.constantFrom(...COLUMNS) }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), dev, pick }) },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('sync' as const),
        dev,
        fault: fc.option(
          fc.constantFrom<[Route, Fault]>(['push', 'drop'], ['push', 'cut'], ['pull', 'drop'], ['pull', 'cut']),
          { freq: 3 },
        ),
      }),
    },
  );
};

/** PC clocks: right, or off within what the server accepts (behind by up to 20 minutes, ahead by up to 3). */
const skew = fc.constantFrom(0, -20 * MINUTE, -5 * MINUTE, 3 * MINUTE);

const scenario = (skewed: boolean) =>
  fc.integer({ min: 2, max: 3 }).chain((n) =>
    fc.record({
      devices: fc.constant(n),
      clocks: fc.array(skewed ? skew : fc.constant(0), { minLength: n, maxLength: n }),
      actions: fc.array(action(n), { minLength: 6, maxLength: 18 }),
    }),
  );
type Scenario = { devices: number; clocks: number[]; actions: Action[] };

/** What the model remembers of each write, to find the expected winner once every HLC is known. */
interface Write {
  dev: number;
  id: string;
  column: Column;
  value: string;
}

let world: World;
let counter = 0;

beforeAll(async () => {
  world = await makeWorld(undefined, 'CĐCS dùng cho kiểm chứng ngẫu nhiên');
}, 120_000);
afterAll(async () => {
  await world?.close();
  cleanup();
});

/** A fresh CĐCS on the shared server, with `n` fresh PCs registered to it (the first uploads, the others download). */
async function freshCdcs(n: number): Promise<{ devices: Device[]; orgId: string }> {
  const orgId = await world.server.addOrg(`CĐCS ngẫu nhiên ${++counter}`);
  const devices: Device[] = [];
  for (let i = 0; i < n; i++) {
    const d = await Device.create(`Máy ${i + 1}`);
    const r = await d.register(world.url, await world.server.code(orgId));
    if (r.code !== 0) throw new Error(`register → ${r.code} ${r.stdout} ${r.stderr}`);
    if (i === 0) await foundingMember(d);
    devices.push(d);
  }
  return { devices, orgId };
}

/** The HLC of each of a PC's member updates, in the order it made them. */
async function updateHlcs(d: Device): Promise<string[]> {
  return d.withDb(async (db) =>
    (
      (await db('outbox').where({ entity: 'members', op: 'update' }).orderBy('hlc').select('hlc')) as { hlc: string }[]
    ).map((r) => r.hlc),
  );
}

interface Model {
  writes: Write[];
  deleted: Set<string>;
  created: Set<string>;
}

/** One action on one PC, remembered in the model. */
async function step(devices: Device[], model: Model, a: Action): Promise<void> {
  const d = devices[a.dev];
  if (a.kind === 'add') return void model.created.add(await d.addMember(someone(++counter)));
  if (a.kind === 'update' || a.kind === 'delete') {
    const ids = [...(await d.liveMembers()).keys()].sort();
    if (ids.length === 0) return;
    const id = ids[a.pick % ids.length];
    if (a.kind === 'delete') {
      await d.deleteMember(id);
      model.deleted.add(id);
    } else {
      const value = `Giá trị ${++counter} của máy ${a.dev + 1}`;
      await d.updateMember(id, { [FIELD[a.column]]: value });
      model.writes.push({ dev: a.dev, id, column: a.column, value });
    }
    return;
  }
  world.proxy.clearFaults();
  if (a.fault) world.proxy.fault(a.fault[0], a.fault[1]);
  const r = await d.syncNow();
  const faulted = a.fault !== null && world.proxy.pendingFaults() === 0;
  world.proxy.clearFaults();
  // A lost or cut answer fails the run like a network cut; without one, every sync succeeds.
  expect(r.code, `${d.name}: ${r.stdout} ${r.stderr}`).toBe(faulted ? 1 : 0);
}

async function runScenario(s: Scenario): Promise<void> {
  const { devices, orgId } = await freshCdcs(s.devices);
  const model: Model = {
    writes: [],
    deleted: new Set(),
    created: new Set([...(await devices[0].liveMembers()).keys()]),
  };
  for (const a of s.actions) await withClockOffset(s.clocks[a.dev], () => step(devices, model, a));
  const { writes, deleted, created } = model;

  // Quiet: two rounds of every PC syncing carry every change to every PC.
  for (let round = 0; round < 2; round++)
    for (const [i, d] of devices.entries()) await withClockOffset(s.clocks[i], () => d.sync());
  const state = await expectConverged(world, devices, orgId);
  const members = state.members ?? {};

  // Nothing lost, nothing extra: every member made exists (live unless deleted), and only those.
  expect(Object.keys(members).sort()).toEqual([...created].sort());
  for (const id of created) expect(members[id].deleted_at != null, id).toBe(deleted.has(id));

  // Each column holds its last write by HLC.
  const hlcs = await Promise.all(devices.map(updateHlcs));
  const seen = devices.map(() => 0);
  const winner = new Map<string, { hlc: string; value: string }>();
  for (const w of writes) {
    const hlc = hlcs[w.dev][seen[w.dev]++];
    const key = `${w.id}.${w.column}`;
    if (!winner.has(key) || winner.get(key)!.hlc < hlc) winner.set(key, { hlc, value: w.value });
  }
  expect(seen, 'one outbox row per update').toEqual(hlcs.map((h) => h.length));
  for (const [key, { value }] of winner) {
    const [id, column] = key.split('.');
    expect(members[id][column], key).toBe(value);
  }
}

const seed = process.env.UD_PROOF_SEED ? Number(process.env.UD_PROOF_SEED) : undefined;

describe('sync property', () => {
  it('random edits and syncs on 2–3 PCs, with lost answers, converge without losing or doubling a write', async () => {
    await fc.assert(fc.asyncProperty(scenario(false), runScenario), { numRuns: 5, endOnFailure: true, seed });
  }, 600_000);

  it('the same with PC clocks off (up to 20 minutes behind, 3 ahead)', async () => {
    await fc.assert(fc.asyncProperty(scenario(true), runScenario), { numRuns: 4, endOnFailure: true, seed });
  }, 600_000);
});
