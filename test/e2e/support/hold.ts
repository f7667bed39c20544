import type { Page, Route } from 'playwright-core';

/** Holds the page's calls of one channel (browser door) until `release`, to see the UI while it waits. */
export async function holdChannel(page: Page, channel: string): Promise<{ release: () => Promise<void> }> {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const held: Promise<void>[] = [];
  const handler = (route: Route) => {
    const body: unknown = route.request().postDataJSON();
    const hold = typeof body === 'object' && body !== null && 'channel' in body && body.channel === channel;
    if (!hold) return route.continue();
    const passed = opened.then(() => route.continue());
    held.push(passed);
    return passed;
  };
  await page.route('**/api/invoke', handler);
  return {
    release: async () => {
      open();
      // Let the held calls through before the route goes, or Playwright would continue them twice.
      await Promise.all(held);
      await page.unroute('**/api/invoke', handler);
    },
  };
}
