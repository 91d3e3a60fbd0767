/**
 * The Firefox harness's CONNECT proxy on its own (no browser): mapped hosts on 443 reach the fixture
 * server, everything else is refused and recorded.
 */
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTunnelAllowed, parseAuthority, startConnectProxy, type ConnectProxy } from './proxy';
import { SITE_ROUTES } from './routes';
import { startFixtureServer, type FixtureServer } from './server';

/** Sends CONNECT and resolves with the proxy's status code and the socket (for a tunnel). */
function connectVia(proxyPort: number, authority: string) {
  return new Promise<{ status: number; socket: Socket }>((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: proxyPort, method: 'CONNECT', path: authority });
    req.once('connect', (res, socket) => ok({ status: res.statusCode ?? 0, socket }));
    req.once('error', fail);
    req.end();
  });
}

describe('CONNECT proxy', () => {
  let server: FixtureServer;
  let proxy: ConnectProxy;
  beforeAll(async () => {
    server = await startFixtureServer(SITE_ROUTES);
    proxy = await startConnectProxy({ hosts: new Set(['hh.ru']), targetPort: server.port });
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.close();
  });

  it('parses authorities and allows only mapped hosts on 443 and the fixture port on loopback', () => {
    expect(parseAuthority('HH.ru:443')).toEqual({ host: 'hh.ru', port: 443 });
    expect(parseAuthority('[::1]:8443')).toEqual({ host: '[::1]', port: 8443 });
    expect(parseAuthority('hh.ru')).toBeUndefined();
    const hosts = new Set(['hh.ru']);
    expect(isTunnelAllowed('hh.ru', 443, hosts, 1234)).toBe(true);
    expect(isTunnelAllowed('spb.hh.ru', 443, hosts, 1234)).toBe(true);
    expect(isTunnelAllowed('nothh.ru', 443, hosts, 1234)).toBe(false);
    expect(isTunnelAllowed('hh.ru', 80, hosts, 1234)).toBe(false);
    expect(isTunnelAllowed('localhost', 1234, hosts, 1234)).toBe(true);
    expect(isTunnelAllowed('127.0.0.1', 22, hosts, 1234)).toBe(false);
  });

  it('tunnels a mapped host to the fixture server', async () => {
    const { status, socket } = await connectVia(proxy.port, 'spb.hh.ru:443');
    expect(status).toBe(200);
    const body = await new Promise<string>((ok, fail) => {
      const tls = connect({ socket, servername: 'spb.hh.ru', rejectUnauthorized: false }, () => {
        tls.write('GET /search/vacancy HTTP/1.1\r\nHost: hh.ru\r\nConnection: close\r\n\r\n');
      });
      let text = '';
      tls.on('data', (d: Buffer) => (text += d.toString()));
      tls.on('end', () => ok(text));
      tls.on('error', fail);
    });
    expect(body).toMatch(/^HTTP\/1\.1 200/);
    expect(server.served).toContain('https://hh.ru/search/vacancy');
    expect(proxy.tunnelled).toContain('spb.hh.ru:443');
  });

  it('refuses and records other hosts, other ports and plain requests', async () => {
    expect((await connectVia(proxy.port, 'example.com:443')).status).toBe(403);
    expect((await connectVia(proxy.port, 'hh.ru:80')).status).toBe(403);
    const plain = await new Promise<number>((ok, fail) => {
      const req = request({ host: '127.0.0.1', port: proxy.port, path: 'http://example.org/x' }, (res) => {
        res.resume();
        ok(res.statusCode ?? 0);
      });
      req.once('error', fail);
      req.end();
    });
    expect(plain).toBe(403);
    expect(proxy.refused).toEqual(['example.com:443', 'hh.ru:80', 'http://example.org/x']);
  });
});
