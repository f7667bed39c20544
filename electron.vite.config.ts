import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Our folder names, not electron-vite's defaults (src/main, src/preload, src/renderer).
// The main build has two entries: the Electron shell and the browser door's host, which
// shares every module except src-main/electron and never imports electron.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/electron/main.ts'),
          host: resolve(__dirname, 'src-main/host/cli.ts'),
          // Worker entries (solver, file parsing) are added here by the modules that own them.
          'solver-worker': resolve(__dirname, 'src-main/solver/solver-worker.ts'),
          'file-worker': resolve(__dirname, 'src-main/files/file-worker.ts'),
          'check-worker': resolve(__dirname, 'src-main/db/safety/check-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        // A sandboxed preload cannot require() chunks; emit it as one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // Minified: the views' chunks parse faster (the entry drops from ~1.1 MB to ~0.44 MB).
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
    plugins: [react()],
  },
});
