/**
 * The packaged app (electron-builder.yml + build/after-pack.mjs) without Electron's binary, which cannot be
 * downloaded here: the configuration is loaded and validated by electron-builder's own code, and the afterPack hook
 * flips the fuses of a fake Electron binary built byte for byte as @electron/fuses 1.8 reads one (its dist/index.js:
 * the 32-byte sentinel, then the wire's version byte, its length byte, and one ASCII '0'/'1' per fuse).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { resolveFunction } from 'app-builder-lib/out/util/resolve';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as hook from '../../build/after-pack.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const [OFF, ON] = ['0'.charCodeAt(0), '1'.charCodeAt(0)];
/** An unflipped Electron's wire (RunAsNode, cookie encryption, NODE_OPTIONS, inspect, asar integrity, only asar,
 * browser V8 snapshot, file:// privileges), and one fuse @electron/fuses 1.8 does not know yet. */
const ELECTRON_DEFAULTS = [ON, OFF, ON, ON, OFF, OFF, OFF, ON, ON];

/** What the hook must leave in the wire, by @electron/fuses' option index. */
const EXPECTED: Record<number, number> = {
  [FuseV1Options.RunAsNode]: OFF,
  [FuseV1Options.EnableCookieEncryption]: ON,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: OFF,
  [FuseV1Options.EnableNodeCliInspectArguments]: OFF,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ON,
  [FuseV1Options.OnlyLoadAppFromAsar]: ON,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: OFF, // not set: stays as Electron ships it
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: OFF,
  8: ON, // unknown to this @electron/fuses: left alone
};

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'ud-pack-'))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Random bytes around one fuse wire, like a real executable; returns the file's bytes. */
function writeFakeElectron(file: string): Buffer {
  const bytes = Buffer.concat([
    randomBytes(4096),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, ELECTRON_DEFAULTS.length, ...ELECTRON_DEFAULTS]),
    randomBytes(4096),
  ]);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return bytes;
}

describe('electron-builder.yml', () => {
  let config: Configuration;
  beforeAll(async () => {
    config = await getConfig(ROOT, null, null);
  });

  it('is valid for electron-builder 26 (its own schema check)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('packs only the built app into an asar, with native modules unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    const files = (config.files as { filter: string[] }[]).flatMap((f) => f.filter);
    expect(files.filter((f) => !f.startsWith('!'))).toEqual(['out/**/*']);
    expect(config.npmRebuild).toBe(false);
    expect(config.afterPack).toBe('./build/after-pack.mjs');
    expect(config.electronFuses ?? null).toBeNull();
  });

  it('Windows: a per-user NSIS installer in Vietnamese', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      installerLanguages: ['vi_VN'],
      language: '1066',
      multiLanguageInstaller: false,
      deleteAppDataOnUninstall: false,
    });
  });

  it('macOS: dmg; Linux: AppImage and deb', () => {
    expect((config.mac?.target as { target: string }[]).map((t) => t.target)).toEqual(['dmg']);
    expect((config.linux?.target as { target: string }[]).map((t) => t.target)).toEqual(['AppImage', 'deb']);
  });
});

type AfterPack = typeof hook.afterPack;

/** The hook as electron-builder loads it (its own resolver and a native import(), outside vitest's transform). */
async function hookAsElectronBuilderLoadsIt(): Promise<AfterPack> {
  const config = await getConfig(ROOT, null, null);
  return resolveFunction<AfterPack>(undefined, config.afterPack as string, 'afterPack', ROOT);
}

describe('afterPack hook', () => {
  it('is what electron-builder will call (named export afterPack)', async () => {
    expect(hook.default).toBe(hook.afterPack);
    const loaded = await hookAsElectronBuilderLoadsIt();
    expect(loaded).toBeTypeOf('function');
    expect(loaded.name).toBe('afterPack');
  });

  it('finds the Electron binary where electron-builder put it', () => {
    const packager = { executableName: 'uniondesk', appInfo: { productFilename: 'UnionDesk' } };
    const at = (electronPlatformName: string) =>
      hook.electronBinaryPath({ appOutDir: '/o', electronPlatformName, packager });
    expect(at('win32')).toBe(path.join('/o', 'UnionDesk.exe'));
    expect(at('darwin')).toBe(path.join('/o', 'UnionDesk.app'));
    expect(at('linux')).toBe(path.join('/o', 'uniondesk'));
  });

  it('resets the ad-hoc signature on macOS only', () => {
    expect(hook.fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(hook.fuseConfig('mas').resetAdHocDarwinSignature).toBe(true);
    expect(hook.fuseConfig('win32').resetAdHocDarwinSignature).toBe(false);
    expect(hook.fuseConfig('linux').resetAdHocDarwinSignature).toBe(false);
  });

  for (const [platform, binary] of [
    ['win32', 'UnionDesk.exe'],
    ['linux', 'uniondesk'],
  ]) {
    it(`flips the fuses of a packed ${platform} app, and nothing else in the file`, async () => {
      const appOutDir = path.join(tmp, platform);
      const file = path.join(appOutDir, binary);
      const before = writeFakeElectron(file);
      const packager = { executableName: 'uniondesk', appInfo: { productFilename: 'UnionDesk' } };
      const afterPack = await hookAsElectronBuilderLoadsIt();
      await afterPack({ appOutDir, electronPlatformName: platform, packager });

      const wire = await getCurrentFuseWire(file);
      expect(wire.version).toBe('1');
      for (const [index, state] of Object.entries(EXPECTED))
        expect(wire[index as unknown as FuseV1Options], FuseV1Options[Number(index)] ?? `fuse ${index}`).toBe(state);
      const after = readFileSync(file);
      const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
      expect(after.length).toBe(before.length);
      expect(after.subarray(0, wireStart).equals(before.subarray(0, wireStart))).toBe(true);
      const wireEnd = wireStart + ELECTRON_DEFAULTS.length;
      expect(after.subarray(wireEnd).equals(before.subarray(wireEnd))).toBe(true);
    });
  }

  it('flips both wires of a universal macOS binary', async () => {
    const framework = path.join(tmp, 'mac', 'Electron Framework');
    const one = writeFakeElectron(framework);
    writeFileSync(framework, Buffer.concat([one, one]));
    // Applied to the framework file directly: the ad-hoc re-signing needs macOS's codesign.
    expect(await hook.applyFuses(framework, 'linux')).toBe(2);
    const after = readFileSync(framework);
    for (const at of [after.indexOf(SENTINEL), after.lastIndexOf(SENTINEL)]) {
      const states = [...after.subarray(at + SENTINEL.length + 2, at + SENTINEL.length + 2 + ELECTRON_DEFAULTS.length)];
      expect(states).toEqual(Object.values(EXPECTED));
    }
  });

  it('refuses a file that is not Electron (no fuse sentinel)', async () => {
    const file = path.join(tmp, 'not-electron.exe');
    writeFileSync(file, randomBytes(1024));
    await expect(hook.applyFuses(file, 'win32')).rejects.toThrow(/sentinel/);
  });
});
