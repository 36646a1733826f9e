/**
 * One CĐCS's world for a sync proof: the real server (SQLite or PostgreSQL) behind the fault proxy, the CĐCS
 * registered on it, and its PCs. The PCs know only the proxy's address, so the server can be killed and started
 * again (on another port) without the PCs noticing anything but the failures a real outage gives.
 */
import { expect } from 'vitest';
import { diffAgainstServer, diffStates, vaultState, type State } from './compare';
import { Device } from './devices';
import { SyncProxy } from './proxy';
import { SyncServer } from './server';
import { WireDevice } from './wire';

export interface World {
  server: SyncServer;
  proxy: SyncProxy;
  orgId: string;
  /** The address the PCs use: the proxy's. */
  url: string;
  close(): Promise<void>;
  /** The server killed with SIGKILL, then started again on the same data; the proxy follows it. */
  crashAndRestart(): Promise<void>;
  /** Stopped cleanly and started again; `clockOffsetMs`: its clock that far ahead, as if that much time passed. */
  restart(clockOffsetMs?: number): Promise<void>;
  /** A PC registered to the CĐCS. The first one uploads and adds one member (`foundingMember`); the next download. */
  device(name: string, choice?: 'upload' | 'download' | 'merge'): Promise<Device>;
  /** A device registered by hand to the CĐCS (default: the world's), to read what the server holds. */
  witness(orgId?: string): Promise<WireDevice>;
}

export async function makeWorld(databaseUrl?: string, orgName = 'CĐCS Công ty May Sông Hồng'): Promise<World> {
  const server = await SyncServer.create(databaseUrl);
  const proxy = await SyncProxy.start(server.url);
  const orgId = await server.addOrg(orgName);
  proxy.onKill = () => void server.kill();
  const witnesses = new Map<string, WireDevice>();
  let founded = false;
  const world: World = {
    server,
    proxy,
    orgId,
    url: proxy.url,
    async close() {
      await proxy.close();
      await server.stop();
    },
    async crashAndRestart() {
      await server.kill();
      proxy.target = await server.start();
    },
    async restart(clockOffsetMs = 0) {
      await server.stop();
      proxy.target = await server.start(clockOffsetMs);
    },
    async device(name, choice) {
      const d = await Device.create(name);
      const r = await d.register(proxy.url, await server.code(orgId), choice);
      if (r.code !== 0) throw new Error(`${name}: sync register → exit ${r.code}\n${r.stdout}\n${r.stderr}`);
      if (!founded) await foundingMember(d);
      founded = true;
      return d;
    },
    async witness(org = orgId) {
      // Through the proxy (it follows a restarted server); registered once per CĐCS.
      if (!witnesses.has(org)) witnesses.set(org, await WireDevice.register(proxy.url, await server.code(org)));
      return witnesses.get(org)!;
    },
  };
  return world;
}

/**
 * The CĐCS's first member, synced: the proofs start from a CĐCS that has data, as a real one does (a CĐCS with only
 * its profile and settings is first-sync.test.ts's own case).
 */
export async function foundingMember(d: Device): Promise<void> {
  await d.addMember({ fullName: 'Nguyễn Thị Sáng Lập', gender: 'female' });
  await d.sync();
}

/**
 * The proof's conclusion: every PC holds the same synced data as every other and as the server, and no PC has an
 * outbox row still waiting (nothing lost on the way, nothing left to send).
 */
export async function expectConverged(world: World, devices: Device[], orgId = world.orgId): Promise<State> {
  const states = await Promise.all(devices.map((d) => d.withDb(vaultState)));
  for (let i = 1; i < devices.length; i++)
    expect(diffStates(states[0], states[i], [devices[0].name, devices[i].name])).toEqual([]);
  const server = await (await world.witness(orgId)).snapshot();
  for (const [i, d] of devices.entries()) {
    expect(diffAgainstServer(states[i], server), `${d.name} against the server`).toEqual([]);
    expect((await d.outbox()).pending, `${d.name}: outbox rows still pending`).toBe(0);
  }
  return states[0];
}
