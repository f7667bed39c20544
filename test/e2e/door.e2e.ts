import { beforeAll, describe, expect, it } from 'vitest';
import { PlansPage } from './pages/plans';
import { useDoor } from './support/door';
import { seedPlan } from './support/seed';

/**
 * The renderer picks its door once, at start-up: `window.dangqi` (the Electron preload) when it
 * exists, else the browser host with the token from the URL. The preload is stood in for here by
 * an init script exposing the same two functions, so the choice is tested without Electron.
 */
describe('door selection', () => {
  const door = useDoor({ locale: 'zh-CN' });

  beforeAll(async () => {
    await seedPlan(door.host, '桥接方案', '2027-01-01', '2027-03-31');
  });

  it('without a token or a bridge the plan list says it is not authorised', async () => {
    const { page } = door.session;
    await page.goto(`${door.host.origin}/`);
    await page.getByTestId('error-panel').waitFor();
    expect(await page.getByTestId('error-panel').innerText()).toContain('访问令牌');
    expect(await page.locator('.app').getAttribute('data-door')).toBe('browser');
  });

  it('uses window.dangqi when the preload put it there', async () => {
    const context = await door.session.browser.newContext({ locale: 'zh-CN' });
    try {
      // Runs before the page's own scripts, as a preload does; forwards to the host so the data is real.
      await context.addInitScript((token: string) => {
        // Kept off the Window type on purpose: this test must not widen the renderer's globals.
        const calls: string[] = [];
        Reflect.set(window, 'bridgeCalls', calls);
        const bridge = {
          invoke: async (channel: string, args: unknown) => {
            calls.push(channel);
            const r = await fetch('/api/invoke', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
              body: JSON.stringify({ channel, args }),
            });
            return r.json();
          },
          on: () => () => undefined,
        };
        Object.defineProperty(window, 'dangqi', { value: Object.freeze(bridge) });
      }, door.host.token);
      const page = await context.newPage();
      await page.goto(`${door.host.origin}/`);
      const plans = new PlansPage(page);
      await plans.row('桥接方案').waitFor();
      expect(await page.locator('.app').getAttribute('data-door')).toBe('electron');
      const calls: unknown = await page.evaluate(() => Reflect.get(window, 'bridgeCalls'));
      expect(calls).toContain('plan/list');
      expect(calls).toContain('history/state');
    } finally {
      await context.close();
    }
  });
});
