/**
 * A throwaway PostgreSQL for tests. With `UNIONDESK_TEST_PG_URL` set (a server you run), each call creates a fresh
 * database there and drops it at `stop()`. Otherwise it starts its own cluster: `initdb` + `pg_ctl` from
 * /usr/lib/postgresql/<version>/bin in a temp dir, trust auth, listening on 127.0.0.1 and a free port only. As root
 * (CI, containers) the cluster runs as the `postgres` user through `runuser`, since PostgreSQL refuses root.
 *
 *   const pg = await startTestPg();   // pg.url = postgres://postgres@127.0.0.1:PORT/ud_test_…
 *   …
 *   await pg.stop();
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface TestPg {
  url: string;
  stop(): Promise<void>;
}

function pgBinDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base)
    ? fs
        .readdirSync(base)
        .filter((v) => fs.existsSync(path.join(base, v, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length)
    throw new Error('PostgreSQL is not installed (apt-get install postgresql), or set UNIONDESK_TEST_PG_URL');
  return path.join(base, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL tool, as `postgres` when we are root. */
async function pgTool(bin: string, args: string[]) {
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return run(cmd, argv, { timeout: 120_000 });
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(serverUrl: string): Promise<TestPg> {
  const name = `ud_test_${crypto.randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function startTestPg(): Promise<TestPg> {
  const external = process.env.UNIONDESK_TEST_PG_URL;
  if (external) return freshDatabase(external);

  const bin = pgBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-pg-'));
  const dataDir = path.join(dir, 'data');
  if (isRoot()) await run('chown', ['postgres', dir]);
  await pgTool(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
  await pgTool(path.join(bin, 'pg_ctl'), [
    '-D',
    dataDir,
    '-o',
    options,
    '-l',
    path.join(dir, 'log'),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  const serverUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const db = await freshDatabase(serverUrl);
  return {
    url: db.url,
    async stop() {
      await pgTool(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
