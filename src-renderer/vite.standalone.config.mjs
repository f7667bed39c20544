// Builds only the renderer (out/renderer), the same way electron-vite's renderer section does,
// for iterating on the UI while the main-process entries are being written:
//   npx vite build --config src-renderer/vite.standalone.config.mjs
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  build: { outDir: here('../out/renderer'), emptyOutDir: true },
});
