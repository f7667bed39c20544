/**
 * The team's sync server: a small automerge-repo host that stores every plan document it is sent
 * (NodeFS storage) and relays changes between the planners' laptops over WebSocket. It holds no
 * SQLite and decides nothing: merging is Automerge's, conflicts are judged on each laptop.
 *
 * One token per team. A connection without it is refused before the WebSocket upgrade, so a
 * stranger on the network can neither read nor write a plan. The token is a shared secret, not a
 * permission system: anyone holding it may change anything (the README says so).
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { Repo, type PeerId } from '@automerge/automerge-repo';
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket';
import { NodeFSStorageAdapter } from '@automerge/automerge-repo-storage-nodefs';
import { WebSocketServer } from 'ws';

const SAVE_THROTTLE_MS = 100;

export interface SyncServerOptions {
  /** Folder of the stored documents; created when missing. */
  dataDir: string;
  token: string;
  /** 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 unless the team's laptops reach it over the network. */
  host?: string;
}

export interface SyncServer {
  url: string;
  port: number;
  repo: Repo;
  close(): Promise<void>;
}

/** The adapter tells us when the repo has connected it: only then are connections accepted (a
 * connection that arrives earlier would be dropped by the adapter without a word). */
class ReadyServerAdapter extends WebSocketServerAdapter {
  private resolveConnected!: () => void;
  readonly connected = new Promise<void>((resolve) => (this.resolveConnected = resolve));
  override connect(...args: Parameters<WebSocketServerAdapter['connect']>): void {
    super.connect(...args);
    this.resolveConnected();
  }
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  if (options.token.length < 8) throw new Error('The team token must be at least 8 characters.');
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 * 1024 });
  // The adapter's declared type comes from isomorphic-ws's re-export of the same `ws` class; the
  // two declarations differ only in how TypeScript sees the CommonJS default.
  const adapter = new ReadyServerAdapter(wss as unknown as ConstructorParameters<typeof WebSocketServerAdapter>[0]);
  const repo = new Repo({
    network: [adapter],
    storage: new NodeFSStorageAdapter(options.dataDir),
    saveDebounceRate: SAVE_THROTTLE_MS,
    peerId: 'dangqi-sync-server' as PeerId,
    // Relays every document to every member holding the token; never announces on its own.
    sharePolicy: async () => false,
  });
  await adapter.connected;

  const expected = Buffer.from(options.token, 'utf8');
  const server: Server = createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, peers: repo.peers.length }));
      return;
    }
    res.writeHead(404).end();
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!tokenMatches(req, expected)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';

  return {
    url: `ws://${host}:${port}`,
    port,
    repo,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await repo.shutdown();
      // automerge-repo throttles saves (100 ms by default) and a save already scheduled fires after
      // shutdown's flush; waiting it out means nothing is written after close resolves.
      await new Promise((resolve) => setTimeout(resolve, SAVE_THROTTLE_MS + 50));
    },
  };
}

/** The token travels as `?token=` (automerge's client adapter takes a URL only); compared in constant time. */
function tokenMatches(req: IncomingMessage, expected: Buffer): boolean {
  const given = new URL(req.url ?? '/', 'http://sync').searchParams.get('token') ?? '';
  const bytes = Buffer.from(given, 'utf8');
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}
