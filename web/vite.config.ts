// Vite build of the ParkLens web app: `web/` is the root, the bundle lands in `web/dist`, which
// `parklens serve` hands out statically at `/` (so `base` is '/').
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts and the province outlines make one large chunk; that is expected for a local tool.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `npx vite web` during development talks to a `parklens serve` on the default port.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
