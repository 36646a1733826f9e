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
  /** A PC registered to the CĐCS (the first one uploads or downloads as the server's state says). */
  device(name: string, choice?: 'upload' | 'download' | 'merge'): Promise<Device>;
  /** A device registered by hand, to read what the server holds. */
  witness(): Promise<WireDevice>;
}

export async function makeWorld(databaseUrl?: string, orgName = 'CĐCS Công ty May Sông Hồng'): Promise<World> {
  const server = await SyncServer.create(databaseUrl);
  const proxy = await SyncProxy.start(server.url);
  const orgId = await server.addOrg(orgName);
  proxy.onKill = () => void server.kill();
  let witness: WireDevice | undefined;
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
    async device(name, choice) {
      const d = await Device.create(name);
      const r = await d.register(proxy.url, await server.code(orgId), choice);
      if (r.code !== 0) throw new Error(`${name}: sync register → exit ${r.code}\n${r.stdout}\n${r.stderr}`);
      return d;
    },
    async witness() {
      // Through the proxy (it follows a restarted server); registered once per world.
      witness ??= await WireDevice.register(proxy.url, await server.code(orgId));
      return witness;
    },
  };
  return world;
}

/**
 * The proof's conclusion: every PC holds the same synced data as every other and as the server, and no PC has an
 * outbox row still waiting (nothing lost on the way, nothing left to send).
 */
export async function expectConverged(world: World, devices: Device[]): Promise<State> {
  const states = await Promise.all(devices.map((d) => d.withDb(vaultState)));
  for (let i = 1; i < devices.length; i++)
    expect(diffStates(states[0], states[i], [devices[0].name, devices[i].name])).toEqual([]);
  const server = await (await world.witness()).snapshot();
  for (const [i, d] of devices.entries()) {
    expect(diffAgainstServer(states[i], server), `${d.name} against the server`).toEqual([]);
    expect((await d.outbox()).pending, `${d.name}: outbox rows still pending`).toBe(0);
  }
  return states[0];
}
