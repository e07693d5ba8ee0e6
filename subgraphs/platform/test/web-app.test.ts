import { mkdtempSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveHttp, createLogger, type HttpService } from '@nexora/kit';
import { ensureWebBuild, webAppRoutes } from '../src/web-app';

let http: HttpService;
beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'nexora-web-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(dist, 'assets', 'app-1234.js'), 'console.log("app")');
  writeFileSync(path.join(dist, 'secret.txt'), 'not an asset');
  writeFileSync(path.join(dist, 'manifest.webmanifest'), '{"name":"NEXORA"}');
  http = await serveHttp({
    port: 0,
    host: '127.0.0.1',
    routes: webAppRoutes(dist),
    logger: createLogger('web', 'silent'),
  });
});
afterAll(async () => {
  await http?.close();
});

describe('the web app routes', () => {
  it('serve the page, its hashed assets for a year, and nothing outside assets/', async () => {
    const page = await fetch(`${http.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('id="root"');
    const asset = await fetch(`${http.url}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const manifest = await fetch(`${http.url}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    expect(await manifest.json()).toEqual({ name: 'NEXORA' });
    for (const probe of [
      '/assets/../secret.txt',
      '/assets/%2e%2e%2fsecret.txt',
      '/assets/missing.js',
      '/assets/',
    ])
      expect({ probe, status: (await fetch(`${http.url}${probe}`)).status }).toEqual({ probe, status: 404 });
  });

  it('serve the page at the sign-in callback too, never cached and never sent on as a referrer', async () => {
    const callback = await fetch(`${http.url}/sign-in/callback?code=one-time&state=s`);
    expect(callback.status).toBe(200);
    expect(callback.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(callback.headers.get('cache-control')).toBe('no-store');
    expect(callback.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await callback.text()).toContain('id="root"');
  });
});

describe("npm start's web build", () => {
  it('builds the client when missing, keeps a build newer than its sources, rebuilds an older one', async () => {
    const dist = path.join(mkdtempSync(path.join(tmpdir(), 'nexora-web-build-')), 'dist');
    const logger = createLogger('web', 'silent');
    const index = path.join(dist, 'index.html');
    expect(await ensureWebBuild(logger, dist)).toBe(true);
    const first = statSync(index).mtimeMs;

    expect(await ensureWebBuild(logger, dist)).toBe(true);
    expect(statSync(index).mtimeMs).toBe(first);

    // A build from before the sources last changed (as after a pull) is replaced.
    utimesSync(index, new Date(1_000), new Date(1_000));
    expect(await ensureWebBuild(logger, dist)).toBe(true);
    expect(statSync(index).mtimeMs).toBeGreaterThan(1_000_000);
  }, 60_000);
});
