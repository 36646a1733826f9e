import type { HandlerMap } from '../context';
import { runDoctor } from './doctor';

export const doctorHandlers: HandlerMap<'doctor.run'> = {
  'doctor.run': async (_input, ctx) => runDoctor(ctx),
};
