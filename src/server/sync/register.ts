/** `POST /v1/register`: a one-time code (single use, 24 h) becomes a device with a long random token. */
import { ERROR_CODES, PROTOCOL_VERSION, type registerRequest, type registerResponse } from '../../shared/sync-protocol';
import type { z } from 'zod';
import type { ServerContext } from '../context';
import { HttpError } from '../http/errors';
import { newToken, normalizeCode, sha256Hex, uuidv7 } from '../ids';
import { serverHasData } from './rows';

const badCode = () =>
  new HttpError(
    401,
    ERROR_CODES.badCode,
    'Mã đăng ký không đúng, đã được dùng hoặc đã hết hạn (24 giờ): hãy xin công đoàn cấp trên một mã mới.',
  );

export function checkProtocol(version: number) {
  if (version !== PROTOCOL_VERSION)
    throw new HttpError(
      400,
      ERROR_CODES.protocol,
      `Phiên bản giao thức ${version} không được hỗ trợ (máy chủ dùng phiên bản ${PROTOCOL_VERSION}): hãy cập nhật UnionDesk.`,
    );
}

export async function register(
  ctx: ServerContext,
  req: z.infer<typeof registerRequest>,
): Promise<z.infer<typeof registerResponse>> {
  checkProtocol(req.protocolVersion);
  const codeHash = sha256Hex(normalizeCode(req.code));
  const now = ctx.now();
  const token = newToken();
  const deviceId = uuidv7(now.getTime());
  const org = await ctx.knex.transaction(async (trx) => {
    const code = (await trx('registration_codes').where({ code_hash: codeHash }).first()) as
      { org_id: string; expires_at: string; used_at: string | null } | undefined;
    if (!code || code.used_at || Date.parse(code.expires_at) <= now.getTime()) throw badCode();
    // Conditional on used_at still null: two PCs racing with one code, only one wins.
    const taken = await trx('registration_codes')
      .where({ code_hash: codeHash })
      .whereNull('used_at')
      .update({ used_at: now.toISOString(), device_id: deviceId });
    if (taken !== 1) throw badCode();
    const org = (await trx('orgs').where({ id: code.org_id }).first('id', 'name')) as { id: string; name: string };
    await trx('devices').insert({
      id: deviceId,
      org_id: org.id,
      name: req.deviceName.normalize('NFC'),
      token_hash: sha256Hex(token),
      registered_at: now.toISOString(),
      last_mutation_id: 0,
    });
    return org;
  });
  ctx.log('device registered', { org: org.id, device: deviceId });
  return { deviceId, token, org, serverHasData: await serverHasData(ctx.knex, org.id) };
}
