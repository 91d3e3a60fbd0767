/**
 * The fixture server: HTTPS on 127.0.0.1 with a certificate generated for this run only. Chromium's
 * --host-resolver-rules send every mapped hostname here, so one server answers for hh.ru, example.org…
 * by the request's Host header (see routes.ts).
 */
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { resolveRequest, routeKey, type Route } from './routes';

export interface FixtureServer {
  port: number;
  /** Adds or replaces a route while the server runs. */
  route(route: Route): void;
  /** Every request the server answered, as `https://host/path` (for tests that check what was fetched). */
  served: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(routes: readonly Route[] = []): Promise<FixtureServer> {
  // An EC key is generated in a few milliseconds; RSA 2048 takes far longer on these machines.
  const pems = await generate([{ name: 'commonName', value: 'jobsafe-e2e.invalid' }], {
    keyType: 'ec',
    algorithm: 'sha256',
  });
  const table = new Map<string, Route>(routes.map((r) => [routeKey(r.host, r.path), r]));
  const served: string[] = [];

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    served.push(`https://${host}${path}`);
    const found = resolveRequest(table, host, path);
    if (!found) {
      res
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`no fixture for ${host}${path}\n`);
      return;
    }
    res.writeHead(200, { 'content-type': found.contentType, 'cache-control': 'no-store' });
    if ('body' in found) res.end(found.body);
    else createReadStream(found.file).pipe(res);
  });
  // Keep-alive sockets would hold close() open until Chromium lets go of them.
  server.keepAliveTimeout = 1_000;

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });

  return {
    port: (server.address() as AddressInfo).port,
    route: (r) => void table.set(routeKey(r.host, r.path), r),
    served,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
