/**
 * A "device" is one PC of a CĐCS: a real SQLCipher vault in its own data folder, driven through the real CLI
 * (`uniondesk … --json`, in this process: tests/cli/helpers.ts) exactly as a user's script would. Reads for the
 * assertions open the vault's database directly (a second connection, as the CLI and the app are two processes).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { openDatabase } from '../../../src/core/db/connection';
import { FAST_KDF } from '../../../src/core/vault/crypto';
import { Vault } from '../../../src/core/vault/vault';
import { isSyncedId, vaultState } from './compare';
import { initVault, json, PASS, run, tempDir, type RunResult } from '../../cli/helpers';

export interface SyncCounts {
  pushed: number;
  pulled: number;
  conflicts: number;
}

export interface MemberInput {
  fullName: string;
  [field: string]: unknown;
}

export class Device {
  private constructor(
    readonly name: string,
    readonly dataDir: string,
  ) {}

  /** A fresh vault (`uniondesk init`), its own org profile and nothing else. */
  static async create(name: string, orgName = 'Công đoàn cơ sở Công ty TNHH Thử Nghiệm Đồng Bộ'): Promise<Device> {
    return new Device(name, (await initVault(orgName)).dataDir);
  }

  /** A PC on an existing data folder (a copied vault). */
  static attach(name: string, dataDir: string): Device {
    return new Device(name, dataDir);
  }

  /** `uniondesk --json --data-dir … <args>`; `stdin` is what a command reading "-" gets. */
  cli(args: string[], stdin = ''): Promise<RunResult> {
    return run(['--json', '--data-dir', this.dataDir, ...args], { UNIONDESK_PASSPHRASE: PASS }, stdin);
  }

  /** Runs and insists on exit 0 (the failure names the device, the command and what it printed). */
  async ok<T = unknown>(args: string[], stdin = ''): Promise<T> {
    const r = await this.cli(args, stdin);
    if (r.code !== 0) throw new Error(`${this.name}: ${args.join(' ')} → exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    return json<T>(r);
  }

  async addMember(fields: MemberInput): Promise<string> {
    return (await this.ok<{ id: string }>(['members', 'add', '-'], JSON.stringify(fields))).id;
  }

  async updateMember(id: string, fields: Record<string, unknown>): Promise<void> {
    await this.ok(['members', 'update', id, '-'], JSON.stringify(fields));
  }

  /** `members import` of a CSV of `n` members named after `tag` (one command, one transaction: a big outbox fast). */
  async importMembers(n: number, tag: string): Promise<number> {
    const rows = Array.from(
      { length: n },
      (_, i) => `${i + 1},${someone(i, {}).fullName} ${tag},${i % 2 ? 'Nữ' : 'Nam'}`,
    );
    const file = path.join(tempDir('ud-csv-'), `${tag}.csv`);
    writeFileSync(file, ['STT,Họ và tên,Giới tính', ...rows].join('\n'));
    return (await this.ok<{ imported: number }>(['members', 'import', file])).imported;
  }

  async deleteMember(id: string): Promise<void> {
    await this.ok(['members', 'delete', id]);
  }

  register(server: string, code: string, choice?: 'upload' | 'download' | 'merge'): Promise<RunResult> {
    const args = ['sync', 'register', '--server', server, '--code', code];
    return this.cli(choice ? [...args, `--${choice}`] : args);
  }

  syncNow(): Promise<RunResult> {
    return this.cli(['sync', 'now']);
  }

  /** `sync now` that must succeed: its counts. */
  async sync(): Promise<SyncCounts> {
    return this.ok<SyncCounts>(['sync', 'now']);
  }

  async status(): Promise<{ server: string | null; lastSyncAt: string | null; pending: number }> {
    return this.ok(['sync', 'status']);
  }

  /** Runs `fn` on a connection of its own to the vault's database, closed afterwards. */
  async withDb<T>(fn: (db: Knex) => Promise<T>): Promise<T> {
    const key = await new Vault(path.join(this.dataDir, 'vault.json'), FAST_KDF).unlockWithPassphrase(PASS);
    const db = await openDatabase({ file: path.join(this.dataDir, 'uniondesk.db'), key, readOnly: true });
    try {
      return await fn(db);
    } finally {
      await db.destroy();
    }
  }

  /** Outbox rows the server has not accepted (the definition of `pending`), and the refused ones. */
  async outbox(): Promise<{ total: number; pending: number; rejected: number }> {
    return this.withDb(async (db) => {
      const rows = (await db('outbox').select('sent_at', 'rejected')) as { sent_at: unknown; rejected: unknown }[];
      return {
        total: rows.length,
        pending: rows.filter((r) => r.sent_at == null && r.rejected == null).length,
        rejected: rows.filter((r) => r.rejected != null).length,
      };
    });
  }

  /** The id the server gave this PC at registration (what `uniondesk-server device list/revoke` names). */
  async serverDeviceId(): Promise<string> {
    return this.withDb(async (db) => String((await db('sync_state').first())?.server_device_id));
  }

  /** The conflicts waiting for the user on this PC. */
  async conflicts(): Promise<{ kind: string; entity: string; entity_id: string; title: string }[]> {
    return this.withDb(async (db) => db('sync_conflicts').whereNull('resolved_at').select());
  }

  /** Rows with a synced (UUID) id across every synced table, tombstones included. */
  async syncedRows(): Promise<number> {
    const state = await this.withDb(vaultState);
    let n = 0;
    for (const rows of Object.values(state)) n += Object.keys(rows).filter(isSyncedId).length;
    return n;
  }

  async liveMembers(): Promise<Map<string, Record<string, unknown>>> {
    return this.withDb(async (db) => {
      const rows = (await db('members').whereNull('deleted_at').select()) as Record<string, unknown>[];
      return new Map(rows.map((r) => [r.id as string, r]));
    });
  }
}

/** A member with a name that says who made it (Vietnamese, NFC), unique per `n`. */
export function someone(n: number, extra: Record<string, unknown> = {}): MemberInput {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng'][n % 6];
  const given = ['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Lan', 'Mai', 'Ánh'][n % 8];
  return { fullName: `${family} Văn ${given} ${n}`, gender: n % 2 ? 'female' : 'male', ...extra };
}
