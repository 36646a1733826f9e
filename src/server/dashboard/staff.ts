/**
 * The upper level's staff who read the dashboard: passwords as scrypt hashes with a random salt, sessions as a
 * random token in a cookie of which the server keeps only the sha256 (a copy of the database opens no session).
 */
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { ServerContext } from '../context';

/** scrypt cost: 2^15 × 8 × 1 takes tens of milliseconds and 32 MiB, per login only. */
const N = 32768;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const MAX_MEM = 64 * 1024 * 1024;
export const SESSION_HOURS = 12;

export class StaffError extends Error {}

export const newStaff = z.object({
  login: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._@-]{3,100}$/, 'Tên đăng nhập gồm 3–100 ký tự: chữ không dấu, số, dấu chấm, gạch, @.'),
  password: z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự.').max(200, 'Mật khẩu dài tối đa 200 ký tự.'),
  name: z
    .string()
    .trim()
    .max(200, 'Họ tên dài tối đa 200 ký tự.')
    .transform((s) => s.normalize('NFC')),
});

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((res, rej) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { N: n, r, p, maxmem: MAX_MEM }, (e, key) =>
      e ? rej(e) : res(key),
    ),
  );
}

/** "scrypt$N$r$p$salt$hash" (base64): the parameters travel with the hash, so they can grow later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** For the admin CLI (`uniondesk-server staff add`): refuses a login already taken, with a Vietnamese reason. */
export async function addStaff(
  ctx: ServerContext,
  input: { login: string; password: string; name: string },
): Promise<{ id: string; login: string }> {
  const parsed = newStaff.safeParse(input);
  if (!parsed.success) throw new StaffError(parsed.error.issues.map((i) => i.message).join(' '));
  const { login, password, name } = parsed.data;
  if (await ctx.knex('staff').where({ login }).first('id'))
    throw new StaffError(`Tên đăng nhập "${login}" đã có người dùng.`);
  const id = randomUUID();
  const password_hash = await hashPassword(password);
  await ctx.knex('staff').insert({ id, login, password_hash, name, created_at: ctx.now().toISOString() });
  ctx.log('staff added', { login });
  return { id, login };
}

export interface StaffMember {
  id: string;
  login: string;
  name: string;
}

/** A hash to compare against when the login is unknown: the answer takes as long as for a known one. */
let decoy: Promise<string> | null = null;

/** The staff member whose password this is, or null (unknown login and wrong password alike). */
export async function checkLogin(ctx: ServerContext, login: string, password: string): Promise<StaffMember | null> {
  const row = (await ctx.knex('staff').where({ login: login.trim().toLowerCase() }).first()) as
    { id: string; login: string; name: string; password_hash: string } | undefined;
  if (!row) {
    decoy ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(password, await decoy);
    return null;
  }
  return (await verifyPassword(password, row.password_hash)) ? { id: row.id, login: row.login, name: row.name } : null;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new session for 12 hours; the token goes into the cookie, its hash into staff_sessions. */
export async function startSession(ctx: ServerContext, staffId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await ctx.knex('staff_sessions').where('expires_at', '<=', now.toISOString()).delete();
  await ctx.knex('staff_sessions').insert({
    token_hash: tokenHash(token),
    staff_id: staffId,
    expires_at: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}

/** The staff member of a live session, or null (unknown or expired token). */
export async function sessionStaff(ctx: ServerContext, token: string | undefined): Promise<StaffMember | null> {
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = (await ctx
    .knex('staff_sessions as s')
    .join('staff as st', 'st.id', 's.staff_id')
    .where('s.token_hash', tokenHash(token))
    .where('s.expires_at', '>', ctx.now().toISOString())
    .first('st.id', 'st.login', 'st.name')) as StaffMember | undefined;
  return row ?? null;
}

export async function endSession(ctx: ServerContext, token: string | undefined): Promise<void> {
  if (token)
    await ctx
      .knex('staff_sessions')
      .where({ token_hash: tokenHash(token) })
      .delete();
}
