/**
 * The core process (built to out/main/core.js, started by Electron main with `utilityProcess.fork`).
 * It must not import `electron`: it talks to main only through `process.parentPort`.
 *
 *   main → core  { type: 'port' } + one MessagePortMain   a renderer window's connection (WireRequest/…)
 *                { type: 'keystore.response', … }         answers to keystore requests
 *                { type: 'shutdown' }                     close the core and exit
 *   core → main  { type: 'ready' } | { type: 'fatal', message } | { type: 'keystore.request', … }
 *
 * Arguments: --data-dir=DIR --app-version=V
 */
import { createCore, type Core } from '../core';
import { createWireServer, type WireServer } from '../host/wire';
import { createKeystoreClient } from './keystore-protocol';
import { readArg } from './policy';

/** The parts of Electron's MessagePortMain / ParentPort used here (declared locally: no electron import). */
interface PortLike {
  on(event: 'message', listener: (e: { data: unknown }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  postMessage(message: unknown): void;
  start(): void;
  close(): void;
}
interface ParentPortLike {
  on(event: 'message', listener: (e: { data: unknown; ports: PortLike[] }) => void): unknown;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (!parentPort) {
  console.error('core-process: must be started by Electron main (utilityProcess.fork)');
  process.exit(2);
}
const parent: ParentPortLike = parentPort;

const dataDir = readArg(process.argv, 'data-dir');
const appVersion = readArg(process.argv, 'app-version');

const keystoreClient = createKeystoreClient((req) => parent.postMessage(req));
let wire: WireServer | null = null;
let core: Core | null = null;
const waitingPorts: PortLike[] = [];
const openPorts = new Set<PortLike>();
let shuttingDown = false;

function attachPort(port: PortLike): void {
  if (!wire) {
    waitingPorts.push(port);
    return;
  }
  openPorts.add(port);
  const session = wire.attach({ send: (msg) => port.postMessage(msg) });
  port.on('message', (e) => void session.handle(e.data));
  port.on('close', () => {
    session.detach();
    openPorts.delete(port);
  });
  port.start();
}

async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  wire?.close();
  for (const p of openPorts) {
    try {
      p.close();
    } catch {
      /* already closed */
    }
  }
  try {
    await core?.close();
  } catch (err) {
    console.error('core-process: close failed', err);
  }
  keystoreClient.dispose();
  process.exit(code);
}

parent.on('message', (e) => {
  const msg = e.data as { type?: unknown } | null;
  if (keystoreClient.handleMessage(msg)) return;
  if (msg && msg.type === 'port' && e.ports?.length === 1) return attachPort(e.ports[0]);
  if (msg && msg.type === 'shutdown') void shutdown(0);
});

async function main(): Promise<void> {
  if (!dataDir) throw new Error('missing --data-dir');
  core = await createCore({ dataDir, keystore: keystoreClient.keystore, ...(appVersion ? { appVersion } : {}) });
  wire = createWireServer(core, { onError: (err) => console.error('core-process:', err) });
  for (const p of waitingPorts.splice(0)) attachPort(p);
  parent.postMessage({ type: 'ready' });
}

main().catch((err) => {
  console.error('core-process: could not start the core', err);
  parent.postMessage({ type: 'fatal', message: err instanceof Error ? err.message : String(err) });
  void shutdown(1);
});
