// A static HTTP server for the end-to-end tests: serves the built demo and the CDN build
// from 127.0.0.1 on a free port, with the MIME types a browser insists on for modules,
// optional extra headers per path (a Content-Security-Policy, say) and a log of every
// request, so a test can assert what the page did and did not fetch.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types by file extension; anything else is served as bytes. */
export const mimeTypes = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
});

const repositoryRoot = resolve(import.meta.dirname, '..', '..');

/** The folders the tests serve by default: the built demo at `/`, the CDN build at `/cdn/`. */
export const defaultMounts = Object.freeze([
  { prefix: '/cdn/', dir: join(repositoryRoot, 'dist', 'cdn') },
  { prefix: '/', dir: join(repositoryRoot, 'dist-demo') },
]);

/**
 * @typedef {object} RequestRecord
 * @property {string} method
 * @property {string} path     the path without the query string
 * @property {string} url      the path with the query string, as requested
 * @property {number} status   the status the server answered with
 * @property {Record<string, string | string[] | undefined>} headers  the request headers
 */

/**
 * @typedef {object} StaticServer
 * @property {string} origin            e.g. `http://127.0.0.1:41234`
 * @property {number} port
 * @property {RequestRecord[]} requests every request so far, oldest first
 * @property {(path: string) => string} url  an absolute URL for a path on this server
 * @property {(path: string | RegExp, headers: Record<string, string>) => void} setHeaders
 *           adds response headers for an exact path or every path a RegExp matches
 * @property {(path: string, handler: RouteHandler) => void} route
 *           answers a path with code instead of a file (e.g. a submit endpoint)
 * @property {() => void} clearRequests
 * @property {() => Promise<void>} close
 */

/**
 * @callback RouteHandler
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} body  the request body, read in full
 * @returns {void | Promise<void>}
 */

/**
 * Starts the server. Port 0 lets the system choose a free port, so test files can run
 * side by side.
 * @param {{ mounts?: ReadonlyArray<{ prefix: string, dir: string }>,
 *           headers?: ReadonlyArray<[string | RegExp, Record<string, string>]> }} [options]
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer(options = {}) {
  const mounts = [...(options.mounts ?? defaultMounts)].sort((a, b) => b.prefix.length - a.prefix.length);
  /** @type {Array<[string | RegExp, Record<string, string>]>} */
  const extraHeaders = [...(options.headers ?? [])];
  /** @type {Map<string, RouteHandler>} */
  const routes = new Map();
  /** @type {RequestRecord[]} */
  const requests = [];

  const headersFor = (path) => {
    const merged = {};
    for (const [match, headers] of extraHeaders) {
      if (typeof match === 'string' ? match === path : match.test(path)) Object.assign(merged, headers);
    }
    return merged;
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const record = { method: request.method ?? 'GET', path, url: request.url ?? '/', status: 0, headers: request.headers };
    requests.push(record);
    const answer = (status, headers, body) => {
      record.status = status;
      response.writeHead(status, { 'Cache-Control': 'no-store', ...headersFor(path), ...headers });
      response.end(body);
    };

    const handler = routes.get(path);
    if (handler) {
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const end = response.end.bind(response);
      response.end = (...args) => {
        record.status = response.statusCode;
        return end(...args);
      };
      await handler(request, response, Buffer.concat(chunks).toString('utf8'));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      answer(405, { Allow: 'GET, HEAD' }, 'method not allowed');
      return;
    }

    const mount = mounts.find((candidate) => path.startsWith(candidate.prefix));
    if (!mount) {
      answer(404, { 'Content-Type': 'text/plain' }, 'not found');
      return;
    }
    const root = resolve(mount.dir);
    let file = normalize(join(root, path.slice(mount.prefix.length)));
    // Never serve anything outside the mounted folder, whatever `..` the path holds.
    if (file !== root && !file.startsWith(root + sep)) {
      answer(403, { 'Content-Type': 'text/plain' }, 'forbidden');
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      record.status = 200;
      response.writeHead(200, {
        'Content-Type': mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
        ...headersFor(path),
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      createReadStream(file).pipe(response);
    } catch {
      answer(404, { 'Content-Type': 'text/plain' }, 'not found');
    }
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    requests,
    url: (path) => new URL(path, origin).href,
    setHeaders: (path, headers) => {
      extraHeaders.push([path, headers]);
    },
    route: (path, handler) => {
      routes.set(path, handler);
    },
    clearRequests: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections?.();
        server.close(() => resolveClose());
      }),
  };
}
