import { randomBytes, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventName } from '../../src-shared/contract';
import type { AppErrorData, Result } from '../../src-shared/errors';
import type { OpenedWorkspace } from '../service/open-workspace';
import { readStatic } from './static-files';

/** Requests larger than this are refused before parsing (a plan file import goes through its own channel). */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export interface HostOptions {
  core: OpenedWorkspace;
  rendererDir: string;
  port?: number;
  /** Fixed in tests; a fresh random token per run otherwise. */
  token?: string;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The browser door: serves the built renderer and the contract's channels over HTTP on
 * 127.0.0.1 only. Every API call must carry the per-run token, so another page open in the
 * same browser cannot drive the workspace; the Host header is checked against DNS rebinding.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sseClients = new Set<ServerResponse>();
  let port = 0;

  // Through the session, so the feed follows the workspace across a restore.
  const unsubscribe = options.core.subscribe((name, payload) => broadcast(sseClients, name, payload));

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', '内部错误。', 'Internal error.'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port))
      return sendJson(res, 421, fail('UNAUTHORIZED', '主机名不被允许。', 'Host not allowed.'));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST')
        return sendJson(res, 405, fail('VALIDATION', '只接受 POST 请求。', 'Only POST is accepted.'));
      if (!tokenMatches(bearer(req.headers.authorization), token)) return sendJson(res, 401, unauthorized());
      const body = await readJson(req);
      if (!body.ok) return sendJson(res, 400, { ok: false, error: body.error });
      const { channel, args } = body.value;
      if (typeof channel !== 'string')
        return sendJson(res, 400, fail('VALIDATION', '缺少 channel。', 'Missing channel.'));
      return sendJson(res, 200, await options.core.dispatch(channel, args));
    }

    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'), token)) return sendJson(res, 401, unauthorized());
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendJson(res, 405, fail('VALIDATION', '不支持的请求方法。', 'Method not allowed.'));
    const file = await readStatic(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('Not found');
    }
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': url.pathname === '/' || url.pathname.endsWith('.html') ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const c of sseClients) c.end();
      sseClients.clear();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/.exec(header ?? '');
  return m ? m[1] : null;
}

function tokenMatches(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

type Body = { ok: true; value: { channel?: unknown; args?: unknown } } | { ok: false; error: AppErrorData };

async function readJson(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      return { ok: false, error: fail('VALIDATION', '请求过大。', 'Request too large.').error };
    chunks.push(chunk as Buffer);
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    return { ok: true, value: parsed };
  } catch {
    return {
      ok: false,
      error: fail('VALIDATION', '请求不是有效的 JSON 对象。', 'The request is not a valid JSON object.').error,
    };
  }
}

/** Payloads arrive checked against the contract's event schemas (service/event-feed). */
function broadcast(clients: Set<ServerResponse>, name: EventName, payload: unknown): void {
  const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
  for (const c of clients) c.write(frame);
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function fail(code: AppErrorData['code'], zh: string, en: string): { ok: false; error: AppErrorData } {
  return { ok: false, error: { code, message: { 'zh-CN': zh, en } } };
}

const unauthorized = () => fail('UNAUTHORIZED', '缺少或错误的访问令牌。', 'Missing or wrong access token.');
