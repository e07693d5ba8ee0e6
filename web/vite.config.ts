import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web client (and, as a second page, the GraphQL explorer at /explorer). `npm run dev -w web` serves it with hot reload on :5173 and proxies the API to the
 * platform on :4000 (`npm start`); `npm run build -w web` writes web/dist, which the gateway serves.
 */
export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true }, '/files': 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Two pages: the app, and the GraphQL explorer (GraphiQL), which the app never loads.
    rollupOptions: { input: { app: 'index.html', explorer: 'explorer.html' } },
  },
});
