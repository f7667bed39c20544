import { tmpdir } from 'node:os';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

const CHROMIUM = process.env.DANGQI_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged, so a test can assert the UI stayed healthy. */
  pageErrors: string[];
  close: () => Promise<void>;
}

/** Debian's Chromium, headless, one context per test with a fixed locale and viewport. */
export async function openBrowser(
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  const locale = options.locale ?? 'zh-CN';
  // Only navigator.language follows `locale`: Debian's Chromium ships no locale packs by default,
  // so native date inputs keep the en-US segment order (mm/dd/yyyy); support/keyboard.ts copes.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const context = await browser.newContext({
    locale,
    viewport: options.viewport ?? { width: 1366, height: 860 },
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  return {
    browser,
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/** Keeps a picture of the page when a test fails (in the OS temp folder), which says more than a timeout. */
export async function captureFailure(session: Session, name: string): Promise<string> {
  const path = `${tmpdir()}/dangqi-e2e-${name}-${Date.now()}.png`;
  await session.page.screenshot({ path }).catch(() => undefined);
  return path;
}
