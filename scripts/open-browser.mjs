/**
 * Opens a URL in the system's browser where there is one (xdg-open, open, start). Says nothing and
 * does nothing where there is none (a server, a CI machine): the caller has printed the URL.
 */
import { spawn, spawnSync } from 'node:child_process';

export function openInBrowser(url, platform = process.platform, env = process.env) {
  const command = opener(platform, env);
  if (!command) return false;
  try {
    const child = spawn(command[0], [...command.slice(1), url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}

function opener(platform, env) {
  if (platform === 'darwin') return ['open'];
  // `start` is a cmd built-in; its first quoted argument is the window title.
  if (platform === 'win32') return ['cmd', '/c', 'start', '""'];
  // Without a display there is no browser to open (ssh sessions, CI).
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return spawnSync('xdg-open', ['--version'], { stdio: 'ignore' }).status === 0 ? ['xdg-open'] : null;
}
