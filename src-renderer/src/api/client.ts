import type { z } from 'zod';
import {
  type Channel,
  type EventName,
  type EventPayload,
  type RequestOf,
  type ResponseOf,
  contract,
  events,
} from '../../../src-shared/contract';
import { EditOutcome } from '../../../src-shared/contract-outcome';
import type { AppErrorData } from '../../../src-shared/errors';
import { browserTransport } from './browser-transport';
import { takeToken } from './token';
import { type Transport, preloadTransport } from './transport';

// The contract seen through mapped types, so that indexing by a generic channel yields that
// channel's own schema type (indexing the literal object would give a union of all of them).
const responseSchemas: { [C in Channel]: { response: z.ZodType<ResponseOf<C>> } } = contract;
const eventSchemas: { [E in EventName]: z.ZodType<EventPayload<E>> } = events;

/** Thrown by `invoke` for every `ok:false` answer; carries the error exactly as the service sent it. */
export class ApiError extends Error {
  readonly data: AppErrorData;
  constructor(data: AppErrorData) {
    super(data.message.en);
    this.name = 'ApiError';
    this.data = data;
  }
}

export interface ApiClient {
  readonly door: Transport['door'];
  invoke<C extends Channel>(channel: C, args: RequestOf<C>): Promise<ResponseOf<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Told of every edit's outcome as its response arrives, before `invoke` resolves: the
   * workspace store applies it there, so no caller refreshes after an edit.
   */
  onOutcome(listener: (outcome: EditOutcome) => void): () => void;
}

export function createClient(transport: Transport): ApiClient {
  const outcomeListeners = new Set<(outcome: EditOutcome) => void>();
  return {
    door: transport.door,
    async invoke(channel, args) {
      const result = await transport.invoke(channel, args);
      if (!result.ok) throw new ApiError(result.error);
      // Parsing the answer against the contract is the type guard that turns `unknown` into the
      // channel's response type; a service that breaks the contract shows up here, not deep in a view.
      const schema = responseSchemas[channel].response;
      const parsed = schema.safeParse(result.value);
      if (!parsed.success) {
        throw new ApiError({
          code: 'INTERNAL',
          message: { 'zh-CN': `服务应答不符合约定（${channel}）`, en: `The answer to ${channel} breaks the contract` },
          details: { issues: parsed.error.issues.slice(0, 5) },
        });
      }
      if (result.outcome) {
        const outcome = EditOutcome.safeParse(result.outcome);
        // An outcome that breaks the contract is not applied: the change event then refreshes instead.
        if (outcome.success) for (const listener of outcomeListeners) listener(outcome.data);
      }
      return parsed.data;
    },
    onOutcome(listener) {
      outcomeListeners.add(listener);
      return () => outcomeListeners.delete(listener);
    },
    on(event, listener) {
      const schema = eventSchemas[event];
      return transport.on(event, (payload) => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      });
    },
  };
}

/** Picks the door once, at start-up: the Electron preload when present, else the browser host. */
export function pickClient(win: Window = window): ApiClient {
  if (win.dangqi) return createClient(preloadTransport(win.dangqi));
  const token = takeToken(win.location, win.history, win.sessionStorage);
  return createClient(browserTransport(token));
}
