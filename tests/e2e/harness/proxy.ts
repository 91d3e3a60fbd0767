/**
 * The Firefox tests' stand-in for Chromium's --host-resolver-rules: an HTTP proxy on 127.0.0.1 that
 * Firefox sends every request through (see firefox.ts for the prefs).
 *
 * - `CONNECT <mapped host or its subdomain>:443` → a tunnel to the fixture server, which answers by the
 *   Host header (and SNI) as it does for Chromium. `CONNECT localhost:<fixture port>` too.
 * - Any other CONNECT (another host, another port) → 403, recorded in `refused`.
 * - Any plain request (`GET http://…`, a WebSocket upgrade) → 403, recorded in `refused`.
 *
 * So nothing Firefox asks for leaves the machine, and `refused` lists what would have.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ConnectProxy {
  port: number;
  /** What was refused: `host:port` for a CONNECT, the URL for a plain request. */
  refused: string[];
  /** `host:port` of every tunnel opened to the fixture server. */
  tunnelled: string[];
  close(): Promise<void>;
}

export interface ProxyOptions {
  /** Hostnames sent to the fixture server (their subdomains too). */
  hosts: ReadonlySet<string>;
  /** The fixture server's port on 127.0.0.1. */
  targetPort: number;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `hh.ru:443` → { host: 'hh.ru', port: 443 }; `[::1]:8443` keeps its brackets. */
export function parseAuthority(authority: string): { host: string; port: number } | undefined {
  const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(authority);
  if (!m?.[1] || !m[2]) return undefined;
  return { host: m[1].toLowerCase(), port: Number(m[2]) };
}

/** Whether a CONNECT to `host:port` may go to the fixture server. */
export function isTunnelAllowed(
  host: string,
  port: number,
  hosts: ReadonlySet<string>,
  targetPort: number,
): boolean {
  if (LOOPBACK.has(host)) return port === targetPort;
  if (port !== 443) return false;
  for (const mapped of hosts) if (host === mapped || host.endsWith(`.${mapped}`)) return true;
  return false;
}

export async function startConnectProxy(opts: ProxyOptions): Promise<ConnectProxy> {
  const refused: string[] = [];
  const tunnelled: string[] = [];
  const sockets = new Set<Socket>();
  const keep = (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  };

  const server: Server = createServer((req, res) => {
    refused.push(req.url ?? '');
    res.writeHead(403, { connection: 'close' }).end();
  });

  server.on('connection', keep);

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = parseAuthority(req.url ?? '');
    if (!target || !isTunnelAllowed(target.host, target.port, opts.hosts, opts.targetPort)) {
      refused.push(req.url ?? '');
      client.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    tunnelled.push(req.url ?? '');
    const upstream = connect(opts.targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    keep(upstream);
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
    upstream.on('close', drop);
    client.on('close', drop);
  });

  // A WebSocket (ws://) through an HTTP proxy arrives as an upgrade request: refuse it like any other.
  server.on('upgrade', (req: IncomingMessage, client: Socket) => {
    refused.push(req.url ?? '');
    client.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });

  return {
    port: (server.address() as AddressInfo).port,
    refused,
    tunnelled,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
