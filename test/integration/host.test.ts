import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningHost, startHost } from '../../src-main/host/server';
import { type OpenedWorkspace, openWorkspace } from '../../src-main/service/open-workspace';

let dir: string;
let core: OpenedWorkspace;
let host: RunningHost;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dangqi-host-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>档期</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
  core = await openWorkspace({ dataDir: join(dir, 'data'), door: 'browser', version: 'test' });
  host = await startHost({ core, rendererDir });
});
afterEach(async () => {
  await host.close();
  await core.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw request, so tests can send what a browser would not (bad Host headers, odd paths). */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const invoke = (channel: string, args: unknown, token = host.token) =>
  send('/api/invoke', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ channel, args }),
  });

/** Resolves with the event stream's text once an event of that name arrives. */
function nextEvent(name: string): Promise<string> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: `/api/events?token=${host.token}`,
        headers: { host: `127.0.0.1:${host.port}` },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString('utf8');
          if (text.includes(`event: ${name}`)) {
            req.destroy();
            resolve(text);
          }
        });
      },
    );
    req.on('error', () => undefined); // the stream is cut on purpose once the event is seen
    req.end();
  });
}

const planCount = () =>
  core.workspace.db
    .selectFrom('plans')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();

describe('the browser door', () => {
  it('binds to 127.0.0.1 and serves the renderer with a CSP', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('档期');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await send('/assets/app.js')).headers['content-type']).toContain('javascript');
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const r = await send(path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('outside');
    }
  });

  it('runs a channel for the right token and refuses a missing or wrong one without writing', async () => {
    const ok = await invoke('plan/create', { name: '浏览器方案', startDate: '2026-01-01', endDate: '2026-12-31' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { name: '浏览器方案' } });

    const wrong = await invoke(
      'plan/create',
      { name: '入侵', startDate: '2026-01-01', endDate: '2026-12-31' },
      'x'.repeat(32),
    );
    const missing = await send('/api/invoke', {
      method: 'POST',
      body: JSON.stringify({ channel: 'plan/list', args: {} }),
    });
    expect([wrong.status, missing.status]).toEqual([401, 401]);
    expect(JSON.parse(wrong.body).error.code).toBe('UNAUTHORIZED');
    expect((await planCount()).n).toBe(1);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await send('/api/invoke', {
      method: 'POST',
      headers: { host: 'evil.example:80', authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ channel: 'plan/list', args: {} }),
    });
    expect(r.status).toBe(421);
  });

  it('answers bad JSON and bad arguments with typed errors and writes nothing', async () => {
    const badJson = await send('/api/invoke', {
      method: 'POST',
      headers: { authorization: `Bearer ${host.token}` },
      body: '{"channel": ',
    });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.code).toBe('VALIDATION');
    const badArgs = await invoke('plan/create', { name: '', startDate: '2026-12-31', endDate: '2026-01-01' });
    expect(JSON.parse(badArgs.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await planCount()).n).toBe(0);
  });

  it('pushes solver/progress events of a running solve', async () => {
    const plan = JSON.parse(
      (await invoke('plan/create', { name: '求解', startDate: '2026-03-01', endDate: '2026-03-31' })).body,
    ).value;
    const vr = JSON.parse(
      (await invoke('resource/create', { name: 'VR', kind: 'equipment', quantity: 20 })).body,
    ).value;
    for (const title of ['甲', '乙']) {
      await invoke('activity/create', {
        planId: plan.id,
        title,
        type: 'salon',
        start: '2026-03-14',
        end: '2026-03-14',
        claims: [{ resourceId: vr.id, quantity: 12 }],
      });
    }
    const received = nextEvent('solver/progress');
    await new Promise((r) => setTimeout(r, 50));
    const proposal = await invoke('solver/propose', { planId: plan.id, runId: 'sse-run', timeLimitMs: 500 });
    expect(JSON.parse(proposal.body).ok).toBe(true);
    expect(await received).toContain('"runId":"sse-run"');
  });

  it('pushes workspace/changed events to a subscriber with the token', async () => {
    const received = nextEvent('workspace/changed');
    await new Promise((r) => setTimeout(r, 50));
    await invoke('plan/create', { name: '事件', startDate: '2026-01-01', endDate: '2026-12-31' });
    expect(await received).toContain('"canUndo":true');
    expect((await send('/api/events?token=wrong')).status).toBe(401);
  });
});
