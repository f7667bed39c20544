/**
 * Fetches the Electron binary the first time `npm start` needs it.
 *
 * `npm install` does not download it (package.json's `allowScripts` denies Electron's postinstall),
 * because many machines reach the npm registry but not GitHub, where the binary lives, and a failed
 * download used to fail the whole install. Here the download is tried once per start, with a
 * progress line, and a failure is one line of explanation: the caller then serves the browser door.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Gives up on a connection that does not answer, so a firewall that drops packets costs seconds, not minutes. */
const TIMEOUTS_MS = { lookup: 10_000, connect: 10_000, response: 20_000, read: 60_000 };

/** Resolves to true when the binary is installed afterwards. Never throws. */
export async function fetchElectronBinary({ log = console.log } = {}) {
  const require = createRequire(import.meta.url);
  let electronDir;
  try {
    electronDir = dirname(require.resolve('electron/package.json'));
  } catch {
    log('Electron is not in node_modules (run `npm install`).');
    return false;
  }
  const { version } = require('electron/package.json');
  const electronRequire = createRequire(join(electronDir, 'install.js'));
  let downloadArtifact;
  try {
    ({ downloadArtifact } = electronRequire('@electron/get'));
  } catch {
    log('Electron’s downloader (@electron/get) is missing; cannot fetch the Electron binary.');
    return false;
  }

  log(`Fetching the Electron ${version} binary (once; about 100 MB)…`);
  let lastShown = -1;
  try {
    // Into @electron/get's cache; Electron's own install script then finds it there and unpacks it
    // exactly as a normal install would (dist/, path.txt), so nothing of its layout is restated here.
    await downloadArtifact({
      version,
      artifactName: 'electron',
      checksums: electronRequire('./checksums.json'),
      downloadOptions: {
        quiet: true,
        timeout: TIMEOUTS_MS,
        getProgressCallback: (progress) => {
          const percent = Math.floor((progress.percent ?? 0) * 100);
          if (percent >= lastShown + 5 || (percent === 100 && lastShown !== 100)) {
            lastShown = percent;
            const mb = (progress.transferred / 1e6).toFixed(0);
            process.stdout.write(`\r  Electron binary: ${String(percent).padStart(3)}% (${mb} MB)`);
          }
        },
      },
    });
    if (lastShown >= 0) process.stdout.write('\n');
  } catch (error) {
    if (lastShown >= 0) process.stdout.write('\n');
    log(`Could not fetch the Electron binary (${oneLine(error)}).`);
    return false;
  }

  const unpack = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: withoutSkip(process.env),
    encoding: 'utf8',
  });
  if (unpack.status !== 0) {
    log(`Could not unpack the Electron binary (${oneLine(unpack.stderr || `exit ${unpack.status}`)}).`);
    return false;
  }
  return existsSync(join(electronDir, 'path.txt'));
}

function withoutSkip(env) {
  const copy = { ...env };
  delete copy.ELECTRON_SKIP_BINARY_DOWNLOAD;
  return copy;
}

function oneLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return (
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? 'unknown error'
  );
}
