/** PCs (real cores on real vaults) syncing with the real `uniondesk-server` process, for the sync tests. */
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
