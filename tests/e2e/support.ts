/**
 * Browser test support: a static server for `dist/` under the test base path (what a static
 * host does, including the 404 page), and Debian's Chromium driven by playwright-core.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const BASE_PATH = process.env.TEST_BASE_PATH ?? '/regiodossiers/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

function resolveFile(urlPath: string): string | undefined {
  if (!urlPath.startsWith(BASE_PATH)) return undefined;
  const relative = normalize(decodeURIComponent(urlPath.slice(BASE_PATH.length))).replace(/^(\.\.[/\\])+/, '');
  let file = join(DIST, relative);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

export interface StaticServer {
  origin: string;
  /** Absolute URL of a site path such as `/regio/alkmaar/`. */
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function startServer(): Promise<StaticServer> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no index.html: run the build first (npm test does)');
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(path);
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(DIST, '404.html')).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no server address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}${BASE_PATH.replace(/\/$/, '')}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
