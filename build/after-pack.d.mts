/** Types of build/after-pack.mjs (plain JS so that electron-builder can load it without a TypeScript loader). */
import type { FuseV1Config } from '@electron/fuses';

export type ElectronPlatformName = 'darwin' | 'mas' | 'win32' | 'linux';

/** The part of electron-builder's AfterPackContext the hook reads. */
export interface AfterPackContextLike {
  appOutDir: string;
  electronPlatformName: ElectronPlatformName | string;
  packager: { executableName?: string; appInfo: { productFilename: string } };
}

export function fuseConfig(platform: string): FuseV1Config;
export function electronBinaryPath(context: AfterPackContextLike): string;
export function applyFuses(binaryPath: string, platform: string): Promise<number>;
export function afterPack(context: AfterPackContextLike): Promise<void>;
export default afterPack;
