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
    // Any other page path gets index.html (Vite's SPA fallback): the sign-in providers' callback,
    // /sign-in/callback, opens the app as the gateway's route does.
  },
  optimizeDeps: {
    // Its `?worker` imports are Vite's to build; the dependency optimizer cannot load them and the dev
    // server stopped at its first page.
    exclude: ['graphiql/setup-workers/vite'],
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Two pages: the app, and the GraphQL explorer (GraphiQL), which the app never loads.
    rollupOptions: { input: { app: 'index.html', explorer: 'explorer.html' } },
  },
});
