/**
 * Copying a secret (the recovery key): it leaves the clipboard after a minute, so that a paste days later, or
 * another program reading the clipboard, does not find it. Cleared only if the clipboard still holds it, where
 * the page may read the clipboard; where it may not (Electron grants this page writing only), cleared anyway:
 * losing whatever was copied since is the smaller harm.
 */
export const CLEAR_SECRET_AFTER_MS = 60_000;

type ClipboardLike = Pick<Clipboard, 'writeText' | 'readText'>;

let pending: ReturnType<typeof setTimeout> | null = null;

async function clearIfStill(secret: string, clipboard: ClipboardLike): Promise<void> {
  let current: string | null;
  try {
    current = await clipboard.readText();
  } catch {
    current = null; // not readable here
  }
  if (current === null || current === secret) await clipboard.writeText('').catch(() => undefined);
}

export async function copySecret(
  secret: string,
  clipboard: ClipboardLike = navigator.clipboard,
  clearAfterMs = CLEAR_SECRET_AFTER_MS,
): Promise<void> {
  await clipboard.writeText(secret);
  if (pending) clearTimeout(pending);
  // Not tied to the component: the wizard moves on long before the minute is up.
  pending = setTimeout(() => {
    pending = null;
    void clearIfStill(secret, clipboard);
  }, clearAfterMs);
}
