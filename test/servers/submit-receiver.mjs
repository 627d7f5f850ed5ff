// A real receiver for submitted assessments, mounted in the test runner's dev server, so the
// submit flow is tested over HTTP on 127.0.0.1 exactly as it runs against a kommune's server.

/** Longest body the receiver reads; more is answered with 413. */
const MAX_BODY = 4 * 1024 * 1024;

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Test-only routes under `/__test__/submit/<token>/`, one token per test so that tests
 * running side by side never see each other's requests:
 * - `POST …/ok`: 201 with `{ "id": "MV-<token>-<n>" }`;
 * - `POST …/receipt`: 200 with `{ "receipt": <the query's `text`> }` (hostile receipts);
 * - `POST …/bad`: 400; `POST …/fail`: 500;
 * - `POST …/slow`: 201 after the query's `ms` (default 5000, at most 30 s);
 * - `GET …/count`: `{ "count": n }`, how many POSTs arrived for the token;
 * - `GET …/last`: `{ "contentType", "body" }` of the token's last POST.
 * Everything else passes through untouched.
 */
export function submitReceiver() {
  const received = new Map();
  return async (context, next) => {
    const match = /^\/__test__\/submit\/([\w-]+)\/(ok|receipt|bad|fail|slow|count|last)$/.exec(context.path);
    if (!match) return next();
    const [, token, action] = match;
    const log = received.get(token) ?? { count: 0, last: undefined };
    received.set(token, log);
    context.type = 'application/json';
    if (action === 'count') {
      context.body = JSON.stringify({ count: log.count });
      return undefined;
    }
    if (action === 'last') {
      context.body = JSON.stringify(log.last ?? null);
      return undefined;
    }
    if (context.method !== 'POST') {
      context.status = 405;
      context.body = JSON.stringify({ error: 'POST only' });
      return undefined;
    }
    let body;
    try {
      body = await readBody(context.req);
    } catch {
      context.status = 413;
      context.body = JSON.stringify({ error: 'too large' });
      return undefined;
    }
    log.count += 1;
    log.last = { contentType: context.get('content-type'), body };
    switch (action) {
      case 'ok':
        context.status = 201;
        context.body = JSON.stringify({ id: `MV-${token}-${log.count}` });
        return undefined;
      case 'receipt':
        context.status = 200;
        context.body = JSON.stringify({ receipt: String(context.query.text ?? '') });
        return undefined;
      case 'bad':
        context.status = 400;
        context.body = JSON.stringify({ error: 'bad request' });
        return undefined;
      case 'fail':
        context.status = 500;
        context.body = JSON.stringify({ error: 'server error' });
        return undefined;
      default: {
        const ms = Math.min(Number(context.query.ms ?? 5000) || 0, 30_000);
        await new Promise((resolve) => setTimeout(resolve, ms));
        context.status = 201;
        context.body = JSON.stringify({ id: `MV-${token}-${log.count}` });
        return undefined;
      }
    }
  };
}
