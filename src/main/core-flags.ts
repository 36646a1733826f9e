/**
 * V8 flags of the core process (Electron main forks it with these; `npm run bench mail` runs its sending child with
 * them too, so the bench measures the process the app runs).
 *
 * Why a smaller young generation: a sending run allocates about 220 KB of short-lived objects per message (almost
 * all inside nodemailer's MIME streams) and V8, seeing that rate, grows its semi-spaces to 16 MB and the old space
 * after them; the peak RSS of a 5,000-message run was about 150 MB with a retained heap of 31 MB. Semi-spaces of
 * 8 MB keep it near 135 MB for the same throughput (scavenges are cheap when almost nothing survives them).
 */
export const CORE_V8_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
