// A static file server on 127.0.0.1 for the benchmark pages: bench/dist/ at the root and the
// product's CDN build (dist/cdn/) under /cdn/. No compression and no caching, so that every
// run in a fresh browser context downloads and compiles everything anew.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Maps a URL path to a file under one of the roots, or null when it is outside them. */
export function fileForPath(roots, urlPath) {
  const path = decodeURIComponent(urlPath);
  for (const [prefix, dir] of roots) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (file === dir || file.startsWith(dir + sep)) return file;
  }
  return null;
}

/** Starts the server on a free port; resolves with its origin and a close function. */
export async function serve(roots) {
  const server = createServer(async (request, response) => {
    const file = fileForPath(roots, new URL(request.url, 'http://127.0.0.1').pathname);
    try {
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
