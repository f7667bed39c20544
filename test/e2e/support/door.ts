import { basename } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Session, captureFailure, openBrowser } from './browser';
import { type RunningHost, makeDataDir, startHost } from './host';

type DataDir = Awaited<ReturnType<typeof makeDataDir>>;

/** What one e2e file drives: a data folder, the browser door on it, and one Chromium page. */
export interface Door {
  readonly data: DataDir;
  /** The running door. A test that restarts it mid-test assigns the new one here, so it is stopped at the end. */
  host: RunningHost;
  readonly session: Session;
}

/**
 * The setup every e2e file shares, registered on the enclosing `describe`: a fresh data folder,
 * the browser door on it and a headless Chromium (beforeAll); a screenshot of the page when a
 * test fails; the page left, the browser closed, the door stopped and the folder removed
 * (afterAll). The fields are filled in by the beforeAll, so read them inside hooks and tests.
 *
 * Hooks run in the order they are registered and afterAll in reverse, so a file's own beforeAll
 * (seeding, opening a view) comes after this one and its afterAll before this one's.
 */
export function useDoor(options: Parameters<typeof openBrowser>[0] = {}): Door {
  let data: DataDir | undefined;
  let host: RunningHost | undefined;
  let session: Session | undefined;
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useDoor: ${name} is read before its beforeAll ran`);
    return value;
  };

  beforeAll(async () => {
    data = await makeDataDir();
    host = await startHost(data.dir);
    session = await openBrowser(options);
  });

  beforeEach(({ task, onTestFailed }) => {
    const file = basename(task.file.name).replace(/\.e2e\.ts$/, '');
    const test = task.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40);
    onTestFailed(async () => {
      if (session) console.error('screenshot:', await captureFailure(session, `${file}-${test}`));
    });
  });

  afterAll(async () => {
    // Leave the door's page before stopping the door: its event stream's refused reconnect
    // (net::ERR_CONNECTION_REFUSED) would otherwise be logged as a page error.
    await session?.page.goto('about:blank').catch(() => undefined);
    await session?.close();
    await host?.stop();
    await data?.remove();
  });

  return {
    get data() {
      return ready(data, 'data');
    },
    get host() {
      return ready(host, 'host');
    },
    set host(next: RunningHost) {
      host = next;
    },
    get session() {
      return ready(session, 'session');
    },
  };
}
