/**
 * What the renderer (and any other face) sees of the core: `invoke` and `onEvent`, typed by the contract.
 * Electron's preload, the web host's WebSocket and in-process tests all provide this shape.
 */
import type { InvokeResult } from './errors';
import type { CommandInput, CommandName, CommandOutput, EventName, EventPayload } from './contract';

export interface RawApi {
  invoke(name: string, input: unknown): Promise<InvokeResult<unknown>>;
  onEvent(name: string, cb: (payload: unknown) => void): () => void;
}

export interface TypedApi {
  invoke<N extends CommandName>(name: N, input: CommandInput<N>): Promise<InvokeResult<CommandOutput<N>>>;
  onEvent<N extends EventName>(name: N, cb: (payload: EventPayload<N>) => void): () => void;
}

export function typed(raw: RawApi): TypedApi {
  return raw as TypedApi;
}

/** Wire messages used by the message-port and WebSocket transports. */
export type WireRequest = { type: 'invoke'; id: number; name: string; input: unknown };
export type WireResponse = { type: 'result'; id: number; result: InvokeResult<unknown> };
export type WireEvent = { type: 'event'; name: string; payload: unknown };
export type WireMessage = WireRequest | WireResponse | WireEvent;
