/**
 * WebExtension match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns):
 * `scheme://host/path`, where scheme is `*`, `http` or `https`, host is `*`, `*.` + a host, or a host,
 * and `*` in the path matches any characters (the query string included). The registry uses this to
 * pick the adapter for a URL with the same rules the browser used to inject the content script.
 */

const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(\/.*)$/;

export interface ParsedMatchPattern {
  scheme: string;
  host: string;
  path: string;
}

/** The parts of a valid pattern, or undefined when the browser would reject it. */
export function parseMatchPattern(pattern: string): ParsedMatchPattern | undefined {
  const match = PATTERN.exec(pattern);
  if (!match) return undefined;
  const [, scheme = '', host = '', path = ''] = match;
  return { scheme, host, path };
}

const escapeRegExp = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A predicate for one pattern; throws on an invalid one (a programming error in an adapter). */
export function compileMatchPattern(pattern: string): (url: URL) => boolean {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) throw new Error(`Invalid match pattern: ${pattern}`);
  const { scheme, host, path } = parsed;
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  const bareHost = host.startsWith('*.') ? host.slice(2) : host;
  return (url) => {
    const protocol = url.protocol.slice(0, -1);
    if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
    const hostname = url.hostname.toLowerCase();
    if (host !== '*') {
      const subdomainOk = host.startsWith('*.') && hostname.endsWith(`.${bareHost}`);
      if (hostname !== bareHost && !subdomainOk) return false;
    }
    return pathRe.test(url.pathname + url.search);
  };
}
