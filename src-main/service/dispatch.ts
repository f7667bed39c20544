import { type Channel, type Handlers, contract, isChannel } from '../../src-shared/contract';
import { AppError, type AppErrorData, type Result } from '../../src-shared/errors';
import { inCallScope } from './call-scope';
import { validationError } from './validation-error';

/**
 * The one door-independent entry point: looks the channel up in the contract, validates the
 * raw arguments against its schema, and only then calls the handler. Errors come back as data.
 * Both the Electron IPC door and the browser host call this; so do the tests.
 */
export type Dispatch = (channel: string, rawArgs: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Check responses against the contract too (tests turn this on; production trusts its own output). */
  checkResponses?: boolean;
  /** Told of unexpected errors (INTERNAL) so the door can log them; the caller sees only a generic message. */
  onInternalError?: (channel: string, error: unknown) => void;
}

export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (channel, rawArgs) => {
    if (!isChannel(channel)) {
      return fail({
        code: 'UNKNOWN_CHANNEL',
        message: { 'zh-CN': `未知的请求通道：${channel.slice(0, 80)}`, en: `Unknown channel: ${channel.slice(0, 80)}` },
      });
    }
    const spec = contract[channel];
    const parsed = spec.request.safeParse(rawArgs ?? {});
    if (!parsed.success) return fail(validationError(parsed.error).toData());
    try {
      const handler = handlers[channel] as (args: unknown) => unknown;
      const call = inCallScope(() => handler(parsed.data));
      const value = await call.value;
      if (options.checkResponses) checkResponse(channel, value);
      // An edit's outcome rides along with its response (the same object the change event carries).
      const { outcome } = call.scope;
      return outcome ? { ok: true, value, outcome } : { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return fail(error.toData());
      options.onInternalError?.(channel, error);
      return fail({
        code: 'INTERNAL',
        message: {
          'zh-CN': '内部错误，操作未完成，数据未更改。',
          en: 'Internal error: the operation did not complete and nothing was changed.',
        },
      });
    }
  };
}

function checkResponse(channel: Channel, value: unknown): void {
  const r = contract[channel].response.safeParse(value);
  if (!r.success) throw new Error(`response of ${channel} breaks the contract: ${r.error.message}`);
}

const fail = (error: AppErrorData): Result<never> => ({ ok: false, error });
