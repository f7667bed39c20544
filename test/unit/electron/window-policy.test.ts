import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  DENY_WINDOW,
  allowNavigation,
  secureWebPreferences,
} from '../../../src-main/electron/window-policy';
import { createAppUrlCheck } from '../../../src-main/electron/sender-policy';
import { APP_URL } from './fakes';

describe('main window security settings', () => {
  it('isolates the page from Node and Electron (security checklist)', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs', ['--x'])).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a CSP without remote origins, eval or plugins', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('allows navigation only to our own page and never opens windows', () => {
    const isApp = createAppUrlCheck({});
    expect(allowNavigation(`${APP_URL}#/plans`, isApp)).toBe(true);
    expect(allowNavigation('https://example.com/', isApp)).toBe(false);
    expect(allowNavigation('file:///home/planner/Downloads/evil.html', isApp)).toBe(false);
    expect(DENY_WINDOW).toEqual({ action: 'deny' });
  });
});
