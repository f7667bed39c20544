import { describe, expect, it } from 'vitest';
import { createAppUrlCheck, createSenderCheck } from '../../../src-main/electron/sender-policy';
import { APP_URL, frame } from './fakes';

describe('which URLs are our app', () => {
  const isApp = createAppUrlCheck({});

  it.each([APP_URL, `${APP_URL}#/plans/abc`, `${APP_URL}?lang=en`])('accepts our own page %s', (url) => {
    expect(isApp(url)).toBe(true);
  });

  it.each([
    'file:///opt/dangqi/out/renderer/index.html',
    'file:///opt/dangqi/out/renderer/other.html',
    'app://dangqi/other.html',
    'app://evil/index.html',
    'app://dangqi/../index.html/..',
    'file:///etc/passwd',
    'file://evil-host/opt/dangqi/out/renderer/index.html',
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'devtools://devtools/bundled/inspector.html',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isApp(url)).toBe(false);
  });

  it('accepts the dev server origin only when one is configured', () => {
    const dev = createAppUrlCheck({ devServerUrl: 'http://localhost:5173/' });
    expect(dev('http://localhost:5173/index.html')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('https://localhost:5173/')).toBe(false);
    expect(isApp('http://localhost:5173/')).toBe(false);
  });
});

describe('the IPC sender check', () => {
  const top = frame(APP_URL);
  const check = createSenderCheck(() => top, createAppUrlCheck({}));

  it('trusts only the main window top frame on our page', () => {
    expect(check({ senderFrame: frame(APP_URL) })).toBe(true);
    expect(check({ senderFrame: frame(APP_URL, {}, top) })).toBe(false);
    expect(check({ senderFrame: frame(APP_URL, { routingId: 2 }) })).toBe(false);
    expect(check({ senderFrame: frame('https://example.com/') })).toBe(false);
    expect(check({ senderFrame: null })).toBe(false);
  });

  it('trusts nothing while there is no main window', () => {
    const noWindow = createSenderCheck(
      () => undefined,
      () => true,
    );
    expect(noWindow({ senderFrame: frame(APP_URL) })).toBe(false);
  });
});
