import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger, RouteHandler } from '@nexora/kit';

const execFileAsync = promisify(execFile);

export const WEB_DIRECTORY = path.resolve(__dirname, '../../../web');
export const WEB_DIST = path.join(WEB_DIRECTORY, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
};

/** Runs `vite build` for the web client into `outDir` (a child process: vite is ESM-only). */
export async function buildWeb(outDir: string): Promise<void> {
  const vite = path.resolve(WEB_DIRECTORY, '../node_modules/vite/bin/vite.js');
  await execFileAsync(
    process.execPath,
    // Each build has its own outDir, so builds may run side by side (test files in parallel):
    // vite's one-build-per-project lock does not apply.
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', '--bypass-lock'],
    {
      cwd: WEB_DIRECTORY,
      timeout: 120_000,
    },
  );
}

/** The newest modification time among the client's sources (pages, src/, public/, configs). */
async function newestSource(directory = WEB_DIRECTORY): Promise<number> {
  let newest = 0;
  const visit = async (entry: string): Promise<void> => {
    const info = await stat(entry).catch(() => null);
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of await readdir(entry)) await visit(path.join(entry, name));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  for (const name of ['index.html', 'explorer.html', 'vite.config.ts', 'package.json', 'src', 'public']) {
    await visit(path.join(directory, name));
  }
  return newest;
}

/**
 * Builds the web client into web/dist when it is missing (the first `npm start`) or older than its
 * sources (after a pull or an edit), so `npm start` never serves a stale app.
 */
export async function ensureWebBuild(logger: Logger, dist = WEB_DIST): Promise<boolean> {
  const built = await stat(path.join(dist, 'index.html')).catch(() => null);
  if (built && built.mtimeMs >= (await newestSource())) return true;
  try {
    logger.info(
      built ? 'rebuilding the web client (its sources changed)…' : 'building the web client (first start)…',
    );
    await buildWeb(dist);
    return true;
  } catch (error) {
    logger.warn({ err: error }, 'the web client could not be built; the API still runs');
    return false;
  }
}

/**
 * Where sign-in providers send the browser back (`?code=…&state=…`): the app's page, since an OAuth
 * redirect URI cannot carry the `#` of the app's hash routes. The app completes the sign-in there.
 */
export const SIGN_IN_CALLBACK_PATH = '/sign-in/callback';

/**
 * The gateway's routes for the built web client: `GET /` the app (also at the sign-in callback),
 * `/explorer` the GraphQL explorer, `/assets/*` their files (immutable, hashed names), the PWA
 * manifest and icon. The gateway keeps GraphQL posted to `/` for itself.
 */
export function webAppRoutes(dist: string): Record<string, RouteHandler> {
  const send = async (res: Parameters<RouteHandler>[1], file: string, cache: string) => {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': cache,
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
  };
  const assets = path.join(dist, 'assets');
  return {
    '/': async (_req, res) => send(res, path.join(dist, 'index.html'), 'no-cache'),
    // The page the provider returns to; its one-time code must not be cached or sent on as a referrer.
    [SIGN_IN_CALLBACK_PATH]: async (_req, res) => {
      res.setHeader('referrer-policy', 'no-referrer');
      await send(res, path.join(dist, 'index.html'), 'no-store');
    },
    // The GraphQL explorer (GraphiQL, bundled): where a browser opening /graphql is sent.
    '/explorer': async (_req, res) => send(res, path.join(dist, 'explorer.html'), 'no-cache'),
    // The installable-app manifest and its icon (from web/public).
    '/manifest.webmanifest': async (_req, res) =>
      send(res, path.join(dist, 'manifest.webmanifest'), 'no-cache'),
    '/icon.svg': async (_req, res) => send(res, path.join(dist, 'icon.svg'), 'public, max-age=86400'),
    '/assets/*': async (req, res) => {
      const name = decodeURIComponent((req.url ?? '').split('?')[0].slice('/assets/'.length));
      const file = path.join(assets, name);
      // Only files inside assets/: no "..", no directories.
      if (!file.startsWith(assets + path.sep) || !(await stat(file).catch(() => null))?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      await send(res, file, 'public, max-age=31536000, immutable');
    },
  };
}
