/**
 * electron-builder's `afterPack` hook (electron-builder.yml): flips the Electron fuses of the packed app before it
 * is signed, with @electron/fuses 1.8 (the major that runs on Node 20). Fuses are bits compiled into the Electron
 * binary; flipped here, no environment variable or command-line switch on the secretary's PC can turn them back:
 *
 * - RunAsNode off: `ELECTRON_RUN_AS_NODE=1 UnionDesk.exe` cannot run arbitrary scripts as our signed binary.
 * - EnableCookieEncryption on: the profile's cookies are encrypted with the OS keystore.
 * - EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments off: no NODE_OPTIONS `--require`, no
 *   `--inspect` debugger attached to the process that holds the vault key.
 * - EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar on: the app runs only from app.asar, and only if
 *   the archive still matches the hash electron-builder embedded (Windows and macOS; Linux has no such check).
 * - GrantFileProtocolExtraPrivileges off: the renderer comes from app://, nothing needs file:// privileges.
 * On macOS the ad-hoc signature is reset (a changed arm64 binary must be re-signed before it runs at all).
 */
import path from 'node:path';
import fuses from '@electron/fuses';

const { flipFuses, FuseV1Options, FuseVersion } = fuses;

/** The fuse settings for a platform (`darwin`, `mas`, `win32`, `linux`). */
export function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/**
 * Where the packed Electron binary is, as electron-builder's own `addElectronFuses` finds it: `<name>.app` on
 * macOS (@electron/fuses then edits the Electron Framework inside), `<name>.exe` on Windows, the executable on Linux.
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'linux') return path.join(appOutDir, packager.executableName);
  const ext = electronPlatformName === 'win32' ? '.exe' : '.app';
  return path.join(appOutDir, `${packager.appInfo.productFilename}${ext}`);
}

/** Flips the fuses of one Electron binary; returns how many fuse wires were found (2 in a universal macOS app). */
export function applyFuses(binaryPath, platform) {
  return flipFuses(binaryPath, fuseConfig(platform));
}

export async function afterPack(context) {
  await applyFuses(electronBinaryPath(context), context.electronPlatformName);
}

export default afterPack;
