/** The upper level's dashboard over HTTP (everything outside /v1/). Placeholder until the dashboard lands. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerContext } from '../context';

/** Answers the request and returns true, or returns false (the server then answers 404). */
export function dashboardRoutes(_ctx: ServerContext): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  return async () => false;
}
