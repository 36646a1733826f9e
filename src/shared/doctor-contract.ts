/** The doctor's part of the contract: what can be checked about the data folder. */
import { z } from 'zod';
import { emptyInput, type ContractPart } from './contract-part';

export const doctorCheck = z.object({ name: z.string(), ok: z.boolean(), detail: z.string() });
export const doctorReport = z.object({ ok: z.boolean(), checks: z.array(doctorCheck) });
export type DoctorReport = z.infer<typeof doctorReport>;

export const doctorContract = {
  commands: {
    'doctor.run': { input: emptyInput, output: doctorReport },
  },
} as const satisfies ContractPart;
