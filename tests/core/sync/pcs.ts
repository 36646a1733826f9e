/** PCs (real cores on real vaults) syncing with the real `uniondesk-server` process, for the sync tests. */
import { afterAll, beforeAll } from 'vitest';
import type { Core } from '../../../src/core';
import { addOrg, makeCode, startServer, type ServerProcess } from '../../helpers/server-process';
import { call, callErr, initCore } from '../../helpers/core';

export interface Pc {
  core: Core;
  dataDir: string;
}

export async function newPc(): Promise<Pc> {
  const { core, dataDir } = await initCore();
  return { core, dataDir };
}

export async function serverWithOrg(name = 'CĐCS Công ty Thử Nghiệm') {
  const srv: ServerProcess = await startServer();
  const orgId = await addOrg(srv.dataDir, name);
  return { srv, orgId, code: () => makeCode(srv.dataDir, orgId) };
}

/**
 * A test file's server with one CĐCS, started before its tests and stopped after them together with every PC the
 * file made through it: `const world = serverForFile('CĐCS Phục Hồi'); … const a = await world.pc(true);`
 */
export function serverForFile(name?: string) {
  const made: Pc[] = [];
  let started: Awaited<ReturnType<typeof serverWithOrg>> | undefined;
  const world = {
    get srv(): ServerProcess {
      return started!.srv;
    },
    get orgId(): string {
      return started!.orgId;
    },
    code: () => started!.code(),
    /** A new PC (closed after the file's tests), registered with this server when asked. */
    async pc(registered = false): Promise<Pc> {
      const p = await newPc();
      made.push(p);
      if (registered) await register(p, world.srv.url, await world.code());
      return p;
    },
  };
  beforeAll(async () => {
    started = await serverWithOrg(name);
  }, 120_000);
  afterAll(async () => {
    for (const p of made) await p.core.close();
    await started?.srv.stop();
  });
  return world;
}

export async function register(pc: Pc, server: string, code: string, choice?: 'upload' | 'download' | 'merge') {
  return call<{ orgName: string; deviceId: string; result: Result }>(pc.core, 'sync.register', {
    server,
    code,
    ...(choice ? { choice } : {}),
  });
}

export interface Result {
  pushed: number;
  pulled: number;
  conflicts: number;
}

/** `sync.now` to its end: the job's result, or its error. */
export async function syncNow(pc: Pc): Promise<Result> {
  const { jobId } = await call<{ jobId: string }>(pc.core, 'sync.now');
  const job = await call(pc.core, 'jobs.wait', { jobId });
  if (job.state !== 'done') throw Object.assign(new Error(job.error?.message), { code: job.error?.code });
  return job.result as Result;
}

export async function syncFails(pc: Pc): Promise<{ code: string; message: string }> {
  const { jobId } = await call<{ jobId: string }>(pc.core, 'sync.now');
  const job = await call(pc.core, 'jobs.wait', { jobId });
  if (job.state === 'done') throw new Error('sync unexpectedly succeeded');
  return job.error;
}

export async function addMember(pc: Pc, fullName: string, extra: Record<string, unknown> = {}) {
  return call<{ id: string }>(pc.core, 'members.add', { fullName, ...extra });
}

export const member = async (pc: Pc, id: string) => (await call(pc.core, 'members.get', { id })).member;
export const status = (pc: Pc) => call(pc.core, 'sync.status');
export { call, callErr };
