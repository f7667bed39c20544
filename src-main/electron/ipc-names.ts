import type { Channel, EventName } from '../../src-shared/contract';

/**
 * The Electron IPC channel names, shared by main and preload. Prefixed so our handlers cannot
 * collide with anything Electron or a library registers on ipcMain.
 */
export const invokeChannel = (channel: Channel): string => `dangqi:${channel}`;
export const eventChannel = (event: EventName): string => `dangqi-event:${event}`;

const CHANNELS_SWITCH = '--dangqi-channels=';
const EVENTS_SWITCH = '--dangqi-events=';

/**
 * The preload must know the contract's names to refuse others, but a sandboxed preload cannot
 * require() zod (the contract's schemas), and a hand-kept copy would drift. So main passes the
 * names from the contract itself through webPreferences.additionalArguments (process.argv in
 * the preload). Names are `domain/verb-noun`, safe on a command line.
 */
export function bridgeArguments(channels: readonly string[], events: readonly string[]): string[] {
  return [`${CHANNELS_SWITCH}${channels.join(',')}`, `${EVENTS_SWITCH}${events.join(',')}`];
}

export interface BridgeNames {
  channels: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

/** Reads the names back in the preload; absent switches mean nothing is allowed (fail closed). */
export function parseBridgeArguments(argv: readonly string[]): BridgeNames {
  const list = (prefix: string) =>
    new Set((argv.find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? '').split(',').filter(Boolean));
  return { channels: list(CHANNELS_SWITCH), events: list(EVENTS_SWITCH) };
}
