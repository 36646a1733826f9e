import type { HandlerMap } from '../context';
import { getOrg } from '../org/org';

export const appHandlers: HandlerMap<'app.status'> = {
  'app.status': async (_input, ctx) => {
    const keystoreAvailable = await ctx.vault.keystoreAvailable();
    const session = ctx.maybeSession();
    const state = !ctx.vault.exists() ? 'new' : session ? 'unlocked' : 'locked';
    let keystoreEnrolled = false;
    try {
      keystoreEnrolled = state !== 'new' && Boolean(ctx.vault.read().keystore);
    } catch {
      /* a broken vault.json is reported by doctor */
    }
    const orgName = session ? ((await getOrg(session.db)).profile?.name ?? null) : null;
    const { version, schemaVersion } = ctx;
    return { state, version, schemaVersion, keystoreAvailable, keystoreEnrolled, orgName };
  },
};
