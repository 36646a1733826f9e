/** The organisation's part of the contract: its profile and the history of its upper-level union. */
import { z } from 'zod';
import { isoDate } from './iso-date';
import { emptyInput, type ContractPart } from './contract-part';

export const UPPER_LEVEL_TYPES = ['commune', 'ward', 'special-zone', 'industrial-zone', 'sector', 'province'] as const;
export const upperLevelType = z.enum(UPPER_LEVEL_TYPES);
export type UpperLevelType = z.infer<typeof upperLevelType>;

const text = (max: number) => z.string().trim().max(max);

export const orgProfile = z.object({
  name: text(300),
  shortName: text(100),
  enterprise: text(300),
  address: text(500),
  place: text(100),
  upperLevelName: text(300),
  upperLevelType: upperLevelType.nullable(),
  chairName: text(200),
  term: text(50),
  email: text(200),
  phone: text(50),
  /** Workers employed by the enterprise (Mẫu 1-HĐCĐ's first row); null when not filled in. */
  workerCount: z.number().int().min(0).max(10_000_000).nullable(),
});
export type OrgProfile = z.infer<typeof orgProfile>;
export const ORG_KEYS = Object.keys(orgProfile.shape) as (keyof OrgProfile)[];

export const upperLevelRecord = z.object({
  name: z.string(),
  type: upperLevelType.nullable(),
  validFrom: isoDate,
});
export type UpperLevelRecord = z.infer<typeof upperLevelRecord>;

export const orgContract = {
  commands: {
    'org.get': {
      input: emptyInput,
      output: z.object({ profile: orgProfile.nullable(), upperLevels: z.array(upperLevelRecord) }),
    },
    'org.update': { input: orgProfile.partial().strict(), output: orgProfile },
  },
} as const satisfies ContractPart;
