/**
 * Sync figures (`npm run bench sync`): 50,000 member changes pushed by one PC and pulled by another through the real
 * client (the core's `sync.now`) and the real server process (SQLite), beside a bare knex bulk insert and a paged
 * select of the same rows with the server's own SQLite driver and pragmas, in the same run. The PCs talk to the
 * server directly; each answer's Server-Timing header tells the time spent on it at the server; from those
 * per-request times, an estimate of a day's sync for one server carrying 5,000 CĐCS and 1,000,000 members.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { createCore, type Core } from '../../src/core';
import type { CoreContext } from '../../src/core/context';
import { BatchInserter } from '../../src/core/db/records';
import { defineModule } from '../../src/core/module';
import { FAST_KDF } from '../../src/core/vault/crypto';
import { openSqlite } from '../../src/server/db/sqlite-client';
import { nameSortKey, splitName } from '../../src/shared/text/names';
import { addOrg, makeCode, startServer } from '../helpers/server-process';
import { makeMembers } from './members-data';
import { median, percentile, round, timeIt, tmp, type Suite } from './util';

/** UD_BENCH_SYNC_CHANGES: a smaller run to check the suite itself (the figures are for 50,000). */
const CHANGES = Number(process.env.UD_BENCH_SYNC_CHANGES) || 50_000;
const PAGE = 1_000;
const PASSPHRASE = 'mật khẩu đo đồng bộ';

type Row = Record<string, unknown>;

async function probedCore(): Promise<{ core: Core; ctx: () => CoreContext }> {
  const box: { ctx?: CoreContext } = {};
  const probe = defineModule({
    name: 'benchprobe',
    contract: { commands: {} },
    commands: {},
    onUnlock: (ctx) => void (box.ctx = ctx),
  });
  const core = await createCore({ dataDir: tmp(), kdf: FAST_KDF, modules: [probe] });
  await invoke(core, 'vault.create', { passphrase: PASSPHRASE });
  await invoke(core, 'org.update', { name: 'CĐCS Đo Đồng Bộ' });
  return { core, ctx: () => box.ctx! };
}

async function invoke<T = any>(core: Core, name: string, input: unknown = {}): Promise<T> {
  const r = await core.invoke(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function syncNow(core: Core): Promise<{ pushed: number; pulled: number; conflicts: number }> {
  const job = await invoke<{ jobId: string }>(core, 'sync.now');
  const done = await invoke<{ state: string; result: any; error?: unknown }>(core, 'jobs.wait', job);
  if (done.state !== 'done') throw new Error(`sync.now: ${JSON.stringify(done.error)}`);
  return done.result;
}

/** 50,000 members as the register stores them, written with their outbox rows (one insert change each). */
function memberRows(): Row[] {
  return makeMembers(CHANGES, 11).map((m, i) => {
    const parts = splitName(m.fullName);
    return {
      full_name: m.fullName,
      family_name: parts.familyName,
      middle_name: parts.middleName,
      given_name: parts.givenName,
      sort_key: nameSortKey(parts),
      gender: m.gender,
      date_of_birth: m.dateOfBirth,
      id_number: m.idNumber,
      phone: m.phone,
      card_number: m.cardNumber,
      joined_on: m.joinedOn,
      job_title: i % 3 ? 'Công nhân may' : 'Kỹ thuật viên',
      status: 'active',
    };
  });
}

async function writeMembers(ctx: CoreContext, rows: Row[]): Promise<void> {
  const s = ctx.session();
  const batch = new BatchInserter(s.record);
  await s.db.transaction(async (trx) => {
    for (const r of rows) {
      batch.add('members', r);
      if (batch.pending >= 5_000) await batch.flush(trx);
    }
    await batch.finish(trx);
  });
}

/** The bare work: the same rows, knex bulk inserts of 1,000 per transaction, then read back in pages of 1,000. */
async function bare(rows: Row[]): Promise<{ insertMs: number; selectMs: number }> {
  const db: Knex = openSqlite(path.join(tmp(), 'bare.sqlite'));
  const cols = Object.keys(rows[0]);
  await db.schema.createTable('members', (t) => {
    t.string('id', 36).primary();
    for (const c of cols) if (c !== 'id') t.text(c).nullable();
  });
  const insertMs = await timeIt(async () => {
    for (let i = 0; i < rows.length; i += PAGE)
      await db.transaction((trx) => trx.batchInsert('members', rows.slice(i, i + PAGE), 200));
  });
  let read = 0;
  const selectMs = await timeIt(async () => {
    let after = '';
    for (;;) {
      const page = (await db('members').where('id', '>', after).orderBy('id').limit(PAGE)) as Row[];
      read += page.length;
      if (page.length < PAGE) break;
      after = String(page[page.length - 1].id);
    }
  });
  await db.destroy();
  if (read !== rows.length) throw new Error(`bare select read ${read} of ${rows.length}`);
  return { insertMs, selectMs };
}

interface Exchange {
  route: string;
  status: number;
  /** The server's own time for the request (its Server-Timing header). */
  ms: number;
}

/**
 * Notes every sync request the PCs make (this process's fetch): its route, status and the server's time. A proxy in
 * between would add its own copying of every body to the client's side of the figures.
 */
function recordExchanges(log: Exchange[]): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const res = await original(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    const route = url.pathname.replace(/^.*\/v1\/(sync\/)?/, '');
    const timing = /app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
    log.push({ route, status: res.status, ms: timing ? Number(timing[1]) : 0 });
    return res;
  };
  return () => void (globalThis.fetch = original);
}

/** CPU time (ms) of a process from /proc (Linux; null elsewhere). */
function cpuOfPid(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/**
 * The CPU time spent from now until the returned function is called, by this process (the PC's core, its SQLite
 * threads) and by the server: with two cores, whether a phase waits or computes, and on which side.
 */
function cpuMeter(serverPid: number | undefined): () => { pc_cpu_ms: number; server_cpu_ms: number | null } {
  const pc = process.cpuUsage();
  const server = cpuOfPid(serverPid);
  return () => {
    const used = process.cpuUsage(pc);
    const now = cpuOfPid(serverPid);
    return {
      pc_cpu_ms: round((used.user + used.system) / 1000),
      server_cpu_ms: now === null || server === null ? null : round(now - server),
    };
  };
}

const serverMs = (log: Exchange[], route: string) =>
  log.filter((e) => e.route === route && e.status === 200).map((e) => e.ms);

function stats(xs: number[]) {
  return {
    requests: xs.length,
    median_ms: round(median(xs)),
    p95_ms: round(percentile(xs, 95)),
    total_ms: round(xs.reduce((a, b) => a + b, 0)),
  };
}

export const syncBench: Suite = async () => {
  const server = await startServer();
  const log: Exchange[] = [];
  const restoreFetch = recordExchanges(log);
  try {
    const orgId = await addOrg(server.dataDir, 'CĐCS Công ty May Đo Đồng Bộ');
    const a = await probedCore();
    const b = await probedCore();
    // Both registered while empty, so the 50,000 go through push and pull (not the first-sync snapshot).
    await invoke(a.core, 'sync.register', { server: server.url, code: await makeCode(server.dataDir, orgId) });
    await invoke(b.core, 'sync.register', { server: server.url, code: await makeCode(server.dataDir, orgId) });
    await writeMembers(a.ctx(), memberRows());
    // The bare work runs on the same rows before the sync and after it (on what B received), and its median is the
    // reference: these machines drift during a run, and one side measured only at its end would carry the drift.
    const before = (await a.ctx().session().db('members').select()) as Row[];
    const bareRuns = [await bare(before), await bare(before)];
    log.length = 0;

    let pushed = 0;
    const pushCpu = cpuMeter(server.child.pid);
    const pushMs = await timeIt(async () => void (pushed = (await syncNow(a.core)).pushed));
    const pushCpuMs = pushCpu();
    const pushLog = [...log];
    log.length = 0;
    let pulled = 0;
    const pullCpu = cpuMeter(server.child.pid);
    const pullMs = await timeIt(async () => void (pulled = (await syncNow(b.core)).pulled));
    const pullCpuMs = pullCpu();
    const pullLog = [...log];
    if (pushed !== CHANGES || pulled !== CHANGES) throw new Error(`pushed ${pushed}, pulled ${pulled}`);

    // An idle sync (nothing to send or fetch): what most of a day's requests are.
    log.length = 0;
    const idle: number[] = [];
    for (let i = 0; i < 30; i++) idle.push(await timeIt(() => syncNow(b.core)));
    const idleLog = [...log];

    const rows = (await b.ctx().session().db('members').select()) as Row[];
    bareRuns.push(await bare(rows), await bare(rows), await bare(rows));
    const bareInsert = median(bareRuns.map((r) => r.insertMs));
    const bareSelect = median(bareRuns.map((r) => r.selectMs));
    await a.core.close();
    await b.core.close();

    const push = stats(serverMs(pushLog, 'push'));
    const pull = stats(serverMs(pullLog, 'pull'));
    const idleSync = { median_ms: round(median(idle)), requests_per_sync: round(idleLog.length / idle.length, 1) };
    return {
      push_50k: {
        changes: CHANGES,
        uniondesk_push_ms: round(pushMs),
        bare_knex_bulk_insert_ms: round(bareInsert),
        bare_runs_ms: bareRuns.map((r) => round(r.insertMs)),
        ratio: round(pushMs / bareInsert),
        target_ratio: 3,
        ...pushCpuMs,
        per_request_at_server: push,
        note: 'ours = sync.now on the PC: read the outbox and rows from SQLCipher, HTTP, zod, per-column merge, sync_rows + sync_changes on the server, mark sent',
      },
      pull_50k: {
        changes: CHANGES,
        uniondesk_pull_ms: round(pullMs),
        bare_knex_paged_select_ms: round(bareSelect),
        bare_runs_ms: bareRuns.map((r) => round(r.selectMs)),
        ratio: round(pullMs / bareSelect),
        target_ratio: 3,
        ...pullCpuMs,
        per_request_at_server: pull,
        note: 'ours = sync.now on the other PC: pages of the change log over HTTP, zod, applied with upserts per page in one transaction each',
      },
      idle_sync: { ...idleSync, per_request_at_server: stats(idleLog.map((e) => e.ms)) },
      estimate: estimate(
        push.median_ms / PAGE,
        pull.median_ms / PAGE,
        median(idleLog.map((e) => e.ms)),
        idleSync.requests_per_sync,
      ),
    };
  } finally {
    restoreFetch();
    await server.stop();
  }
};

/**
 * One server, 5,000 CĐCS, 1,000,000 members (200 per CĐCS), 2 PCs per CĐCS syncing every 15 minutes over a
 * 10-hour day. From the measured server time per change pushed, per change pulled, and per idle request.
 */
export function estimate(
  pushMsPerChange: number,
  pullMsPerChange: number,
  idleRequestMs: number,
  idleRequests: number,
) {
  const cdcs = 5_000;
  const members = 1_000_000;
  const pcs = 2;
  const syncsPerPcDay = (10 * 60) / 15;
  const idleSyncs = cdcs * pcs * syncsPerPcDay;
  const idleServerS = (idleSyncs * idleRequests * idleRequestMs) / 1000;
  // A busy day: every member touched once (the month's dues recorded, or a yearly salary update): 1,000,000 changes
  // pushed once and pulled by the other PC of each CĐCS.
  const busyServerS = (members * (pushMsPerChange + (pcs - 1) * pullMsPerChange)) / 1000;
  // An ordinary day: 2% of members changed.
  const ordinaryServerS = (0.02 * members * (pushMsPerChange + (pcs - 1) * pullMsPerChange)) / 1000;
  return {
    assumptions: { cdcs, members, pcs_per_cdcs: pcs, syncs_per_pc_per_day: syncsPerPcDay, office_hours: 10 },
    idle_requests_per_day: Math.round(idleSyncs * idleRequests),
    idle_server_seconds: round(idleServerS, 0),
    ordinary_day_server_seconds: round(idleServerS + ordinaryServerS, 0),
    busy_day_server_seconds: round(idleServerS + busyServerS, 0),
    busy_day_share_of_10h: round((idleServerS + busyServerS) / 36_000, 3),
    first_upload_all_members_seconds: round((members * pushMsPerChange) / 1000, 0),
  };
}
