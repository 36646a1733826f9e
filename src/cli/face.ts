/**
 * One domain's command-line face: its strings and its commands. The program is the ordered list in faces.ts, so a
 * new domain is its files under commands/ plus one line there.
 */
import type { Command } from 'commander';
import type { FaceStrings } from './i18n';

export interface CliFace {
  /** Named in the startup error when two faces claim the same string key. */
  readonly name: string;
  readonly strings: FaceStrings;
  /** Add the face's commands to the program; `--help` lists them in the order the faces are registered. */
  register(program: Command): void;
}
