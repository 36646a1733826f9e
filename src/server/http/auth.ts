/** Bearer-token authentication of a device: tokens are looked up by their sha256, never stored or logged. */
import type { IncomingMessage } from 'node:http';
import { ERROR_CODES } from '../../shared/sync-protocol';
import type { ServerContext } from '../context';
import { sha256Hex } from '../ids';
import { HttpError } from './errors';

export interface DeviceRow {
  id: string;
  org_id: string;
  name: string;
  token_hash: string;
  registered_at: string;
  last_sync_at: string | null;
  revoked_at: string | null;
  last_mutation_id: number;
}

export function bearerHash(req: IncomingMessage): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return m ? sha256Hex(m[1]) : null;
}

export async function authenticate(ctx: ServerContext, tokenHash: string | null): Promise<DeviceRow> {
  if (!tokenHash) throw new HttpError(401, ERROR_CODES.unauthorized, 'Thiếu mã xác thực của máy: hãy đăng ký máy này.');
  const device = (await ctx.knex('devices').where({ token_hash: tokenHash }).first()) as DeviceRow | undefined;
  if (!device)
    throw new HttpError(401, ERROR_CODES.unauthorized, 'Mã xác thực của máy không đúng: hãy đăng ký lại máy này.');
  if (device.revoked_at)
    throw new HttpError(
      401,
      ERROR_CODES.revoked,
      'Máy này đã bị công đoàn cấp trên thu hồi quyền đồng bộ: hãy xin mã đăng ký mới.',
    );
  return { ...device, last_mutation_id: Number(device.last_mutation_id) };
}

/** The body names a device: it must be the token's own. */
export function checkDevice(device: DeviceRow, bodyDeviceId: string) {
  if (bodyDeviceId !== device.id)
    throw new HttpError(403, ERROR_CODES.wrongDevice, 'Mã máy trong yêu cầu không khớp với mã xác thực của máy.');
}
