import type { Channel, RequestOf, ResponseOf } from '../../../src-shared/contract';
import type { Result } from '../../../src-shared/errors';
import type { RunningHost } from './host';

/** A raw call through the browser door, for setting up data and for probing the door itself. */
export async function rawInvoke(
  host: Pick<RunningHost, 'origin' | 'token'>,
  body: unknown,
  token: string | null = host.token,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${host.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/** A typed call that must succeed; the test fails with the service's message otherwise. */
export async function invoke<C extends Channel>(
  host: Pick<RunningHost, 'origin' | 'token'>,
  channel: C,
  args: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const { body } = await rawInvoke(host, { channel, args });
  if (!isResult(body)) throw new Error(`${channel}: not a Result: ${JSON.stringify(body)}`);
  if (!body.ok) throw new Error(`${channel} failed: ${body.error.code} ${body.error.message.en}`);
  // The test trusts its own server's answer shape here; the renderer validates it with the contract.
  return body.value as ResponseOf<C>;
}
