/** Runs once before the system tier: a machine without the real clients fails the whole run, loudly. */
import { requireTools } from './tools';

export default function setup(): void {
  requireTools();
}
