/**
 * Electron smoke test (Playwright `_electron`), run by scripts/test-electron.mjs where the
 * Electron binary exists: the window opens on a fresh data folder, a plan created through the
 * bridge survives a restart and shows in the UI, a second instance hands over to the first, and
 * the window refuses what a hostile page would try (Node globals, new windows, navigation,
 * foreign channels, bad arguments).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ElectronApplication, type Page, _electron as electron } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const executablePath = process.env.DANGQI_ELECTRON_PATH;
if (!executablePath) throw new Error('DANGQI_ELECTRON_PATH is not set; run this through scripts/test-electron.mjs');

const dataDir = mkdtempSync(join(tmpdir(), 'dangqi-electron-'));
const PLAN_NAME = `冒烟测试方案 ${Date.now()}`;

interface BridgeResult {
  ok: boolean;
  value?: unknown;
  error?: { code: string };
}

async function launch(): Promise<{ app: ElectronApplication; win: Page }> {
  const app = await electron.launch({
    executablePath,
    args: ['.', '--data-dir', dataDir],
    cwd: ROOT,
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } as Record<string, string>,
    timeout: 60_000,
  });
  const win = await app.firstWindow();
  await win.waitForLoadState('domcontentloaded');
  return { app, win };
}

const invoke = (win: Page, channel: string, args: unknown): Promise<BridgeResult> =>
  win.evaluate(([c, a]) => window.dangqi!.invoke(c as string, a) as Promise<BridgeResult>, [channel, args] as const);

async function step(name: string, body: () => Promise<void>): Promise<void> {
  process.stdout.write(`  ${name} … `);
  await body();
  console.log('ok');
}

async function main(): Promise<void> {
  console.log(`Electron smoke test (data: ${dataDir})`);
  let { app, win } = await launch();
  try {
    await step('the window opens with our title', async () => {
      assert.match(await win.title(), /档期|Dangqi/);
      assert.equal(win.url(), 'app://dangqi/index.html');
    });

    await step('the page has no Node or Electron, only window.dangqi { invoke, on }', async () => {
      const globals = await win.evaluate(() => ({
        require: typeof (globalThis as Record<string, unknown>).require,
        process: typeof (globalThis as Record<string, unknown>).process,
        module: typeof (globalThis as Record<string, unknown>).module,
        bridge: Object.keys(window.dangqi ?? {}).sort(),
      }));
      assert.deepEqual(globals, {
        require: 'undefined',
        process: 'undefined',
        module: 'undefined',
        bridge: ['invoke', 'on'],
      });
      // The renderer process must be sandboxed: Chromium was not told to switch the sandbox off.
      assert.equal(await app.evaluate(({ app: a }) => a.commandLine.hasSwitch('no-sandbox')), false);
    });

    await step('the bridge refuses foreign channels and bad arguments, writing nothing', async () => {
      assert.equal((await invoke(win, 'plan/drop-all', {})).error?.code, 'UNKNOWN_CHANNEL');
      assert.equal((await invoke(win, 'plan/create', { name: 42 })).error?.code, 'VALIDATION');
      const list = await invoke(win, 'plan/list', {});
      assert.deepEqual(list, { ok: true, value: [] });
    });

    await step('window.open is denied', async () => {
      const opened = await win.evaluate(() => window.open('https://example.com/', '_blank') === null);
      assert.equal(opened, true);
      await win.waitForTimeout(500);
      assert.equal(app.windows().length, 1);
    });

    await step('navigation away from the app is denied', async () => {
      const before = win.url();
      await win.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await win.waitForTimeout(1000);
      assert.equal(win.url(), before);
      await win.evaluate(() => {
        window.location.href = 'file:///etc/hostname';
      });
      await win.waitForTimeout(1000);
      assert.equal(win.url(), before);
    });

    await step('permission requests are denied', async () => {
      assert.equal(await win.evaluate(() => Notification.requestPermission()), 'denied');
    });

    await step('a plan can be created', async () => {
      const created = await invoke(win, 'plan/create', {
        name: PLAN_NAME,
        startDate: '2026-03-01',
        endDate: '2026-06-30',
      });
      assert.equal(created.ok, true, JSON.stringify(created.error));
    });

    await step('a second instance hands over to the first and exits', async () => {
      const second = spawn(executablePath!, ['.', '--data-dir', dataDir], { cwd: ROOT, stdio: 'ignore' });
      const code = await new Promise<number | null>((done, fail) => {
        const timer = setTimeout(() => fail(new Error('second instance did not exit within 20 s')), 20_000);
        second.on('exit', (c) => {
          clearTimeout(timer);
          done(c);
        });
      });
      assert.equal(code, 0);
      assert.equal(app.windows().length, 1);
    });
  } finally {
    await app.close();
  }

  ({ app, win } = await launch());
  try {
    await step('after a restart the plan is still there, in the data and on screen', async () => {
      const list = await invoke(win, 'plan/list', {});
      assert.equal(list.ok, true);
      assert.ok((list.value as { name: string }[]).some((p) => p.name === PLAN_NAME));
      await win.getByText(PLAN_NAME).first().waitFor({ timeout: 15_000 });
    });
  } finally {
    await app.close();
  }
}

main()
  .then(() => {
    console.log('Electron smoke test passed');
    rmSync(dataDir, { recursive: true, force: true });
  })
  .catch((error: unknown) => {
    console.error('\nElectron smoke test FAILED:', error);
    console.error(`(data folder kept for inspection: ${dataDir})`);
    process.exit(1);
  });
