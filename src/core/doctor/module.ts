/** The doctor: checks files, the key, integrity and the schema; it repairs nothing, so it is a read. */
import { doctorContract } from '../../shared/doctor-contract';
import { defineModule, withModes } from '../module';
import { doctorHandlers } from './handlers';

export const doctorModule = defineModule({
  name: 'doctor',
  contract: doctorContract,
  commands: withModes(doctorHandlers, { 'doctor.run': 'read' }),
});
