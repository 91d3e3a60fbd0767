/**
 * Reading the badges the way a page cannot. A badge's shadow root is closed (src/ui/badge/badge.ts), so
 * `host.shadowRoot` is null in the page's world, and there is no test hook in the extension: what the
 * tests read comes through the browser's own channels, which no page script can reach.
 *
 * - Chromium: the test evaluates in the content script's own isolated world (found through the DevTools
 *   protocol: the execution context whose origin is the extension's), where the extension API
 *   `chrome.dom.openOrClosedShadowRoot(host)` opens closed roots. The functions run there receive that
 *   as their first argument, `shadowOf`. The page's world is untouched; the content script's world only
 *   for as long as a test runs one of these functions.
 * - Firefox (WebDriver BiDi): no test can enter an extension's sandbox, but the protocol serializes DOM
 *   nodes with their shadow trees, closed ones included (`includeShadowTree: 'all'`), so the badges' text
 *   is read from the serialized tree.
 */
import type { CDPSession, Page } from 'puppeteer';

/** What a test function in the content script's world gets: the closed root of a badge host. */
export type ShadowOf = (host: Element | null | undefined) => ShadowRoot | null;

const sessions = new WeakMap<Page, Promise<{ session: CDPSession; contexts: Map<string, number> }>>();

/** A DevTools session of `page` that knows the isolated worlds of its frames, by frame id. */
function worlds(page: Page): Promise<{ session: CDPSession; contexts: Map<string, number> }> {
  let found = sessions.get(page);
  if (!found) {
    found = (async () => {
      const session = await page.createCDPSession();
      const contexts = new Map<string, number>();
      session.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { frameId?: string; type?: string } | undefined;
        if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://') && aux.frameId)
          contexts.set(aux.frameId, context.id);
      });
      session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
        for (const [frame, id] of contexts) if (id === executionContextId) contexts.delete(frame);
      });
      session.on('Runtime.executionContextsCleared', () => contexts.clear());
      await session.send('Runtime.enable');
      return { session, contexts };
    })();
    sessions.set(page, found);
  }
  return found;
}

/** Evaluates a script's source in the content script's world (no function wrapper, no arguments). */
export async function evaluateInContentScript(page: Page, expression: string): Promise<unknown> {
  const { session, contextId } = await contentWorld(page);
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    contextId,
    expression,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails)
    throw new Error(
      `in the content script's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
    );
  return result.value;
}

async function contentWorld(page: Page): Promise<{ session: CDPSession; contextId: number }> {
  const { session, contexts } = await worlds(page);
  const frameId = (page.mainFrame() as unknown as { _id: string })._id;
  const deadline = Date.now() + 10_000;
  while (!contexts.has(frameId)) {
    if (Date.now() > deadline) throw new Error('no content script world in this page');
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return { session, contextId: contexts.get(frameId) as number };
}

/**
 * Runs `fn(shadowOf, ...args)` in the content script's world of `page`'s main frame (Chromium) and
 * returns its result (JSON values only). Waits up to 10 s for the content script to be there.
 */
export async function inContentScript<A extends unknown[], R>(
  page: Page,
  fn: (shadowOf: ShadowOf, ...args: A) => R | Promise<R>,
  ...args: A
): Promise<R> {
  const expression = `(${fn.toString()})((h) => (h ? chrome.dom.openOrClosedShadowRoot(h) : null), ...${JSON.stringify(args)})`;
  return (await evaluateInContentScript(page, expression)) as R;
}

export interface BadgeView {
  /** The marked ad root the badge sits in. */
  key: string | null;
  risk: string | null;
  /** The badge button's words (icon included). */
  button: string;
  /** Everything the badge shows, the panel too once it was opened. */
  text: string;
  /** The root's mode as the browser reports it. */
  mode: string | null;
}

/** Every badge on the page, in page order, read through its closed root (Chromium). */
export function readBadges(page: Page): Promise<BadgeView[]> {
  return inContentScript(page, (shadowOf) =>
    [...document.querySelectorAll('div[data-jobsafe-badge]')].map((host) => {
      const shadow = shadowOf(host);
      const root = host.closest('[data-jobsafe-risk]');
      return {
        key: root?.getAttribute('data-jobsafe-key') ?? null,
        risk: root?.getAttribute('data-jobsafe-risk') ?? null,
        button: shadow?.querySelector('button')?.textContent ?? '',
        text: shadow?.textContent ?? '',
        mode: shadow?.mode ?? null,
      };
    }),
  );
}

/** Opens every closed badge panel (a click on its button, as a user would). */
export function openAllBadges(page: Page): Promise<number> {
  return inContentScript(page, (shadowOf) => {
    let opened = 0;
    for (const host of document.querySelectorAll('div[data-jobsafe-badge]')) {
      const button = shadowOf(host)?.querySelector('button');
      if (button?.getAttribute('aria-expanded') === 'false') {
        button.click();
        opened++;
      }
    }
    return opened;
  });
}

interface BidiValue {
  type: string;
  value?: unknown;
}

interface BidiNode {
  type: string;
  value?: {
    nodeType?: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
    mode?: string;
  };
}

function bidiText(node: BidiNode | null | undefined): string {
  if (!node?.value) return '';
  if (node.value.nodeType === 3) return node.value.nodeValue ?? '';
  if (node.value.localName === 'style') return '';
  return (node.value.children ?? []).map(bidiText).join('');
}

/** The first element of a serialized tree (itself included) that `match` accepts, in document order. */
function bidiFind(
  node: BidiNode | null | undefined,
  match: (n: NonNullable<BidiNode['value']>) => boolean,
): BidiNode | undefined {
  if (!node?.value) return undefined;
  if (node.value.nodeType === 1 && match(node.value)) return node;
  for (const child of node.value.children ?? []) {
    const hit = bidiFind(child, match);
    if (hit) return hit;
  }
  return undefined;
}

const byName = (localName: string) => (n: NonNullable<BidiNode['value']>) => n.localName === localName;
const byClass = (name: string) => (n: NonNullable<BidiNode['value']>) =>
  (n.attributes?.class ?? '').split(/\s+/).includes(name);

/**
 * The badge hosts matching `selector` (a page selector, `div[data-jobsafe-badge]` by default), each with
 * its marked root's key and level and its shadow tree, from WebDriver BiDi's serialization (Firefox).
 */
async function serializedBadges(
  page: Page,
  selector = 'div[data-jobsafe-badge]',
): Promise<{ key: string | null; risk: string | null; shadow: BidiNode | null }[]> {
  const browser = page.browser() as unknown as {
    connection: { send(m: string, p: object): Promise<unknown> };
  };
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const answer = (await browser.connection.send('script.callFunction', {
    functionDeclaration: `() => [...document.querySelectorAll(${JSON.stringify(selector)})].map((h) => {
      const root = h.closest('[data-jobsafe-risk]');
      return [root ? root.getAttribute('data-jobsafe-key') : null, root ? root.getAttribute('data-jobsafe-risk') : null, h];
    })`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 20 },
  })) as { result: { result: { value?: { value: [BidiValue, BidiValue, BidiNode] }[] } } };
  const str = (v: BidiValue) => (v.type === 'string' ? (v.value as string) : null);
  return (answer.result.result.value ?? []).map(({ value: [key, risk, host] }) => ({
    key: str(key),
    risk: str(risk),
    shadow: host.value?.shadowRoot ?? null,
  }));
}

/**
 * Every badge on the page, in page order, from WebDriver BiDi's serialization of the hosts with their
 * shadow trees (Firefox). `page` must be a BiDi page.
 */
export async function readBadgesBidi(page: Page): Promise<BadgeView[]> {
  return (await serializedBadges(page)).map(({ key, risk, shadow }) => ({
    key,
    risk,
    button: bidiText(bidiFind(shadow, byName('button'))),
    text: bidiText(shadow),
    mode: shadow?.value?.mode ?? null,
  }));
}

/** What a badge's panel shows, read through the closed root (Firefox, BiDi). */
export interface PanelView {
  /** The button's aria-expanded: 'true' while the panel is open. */
  expanded: string | null;
  verdict: string;
  /** The class of the first item under "what to do". */
  first: string | null;
  tel: string;
}

/** The panel of the first badge host matching `selector` (Firefox, BiDi); null when there is none. */
export async function readPanelBidi(page: Page, selector: string): Promise<PanelView | null> {
  const [badge] = await serializedBadges(page, selector);
  if (!badge) return null;
  const panel = bidiFind(badge.shadow, byClass('panel'));
  const todo = bidiFind(panel, byClass('todo'));
  const firstChild = todo?.value?.children?.find((c) => c.value?.nodeType === 1);
  return {
    expanded: bidiFind(badge.shadow, byName('button'))?.value?.attributes?.['aria-expanded'] ?? null,
    verdict: bidiText(bidiFind(panel, byClass('verdict'))),
    first: firstChild?.value?.attributes?.class ?? null,
    tel: bidiText(bidiFind(panel, (n) => (n.attributes?.href ?? '').startsWith('tel:'))),
  };
}

/**
 * axe-core on the badges only (their closed shadow trees included), run in the content script's world
 * with `Element.prototype.shadowRoot` answering closed roots there for the time of the run: axe walks
 * shadow trees through that getter. The page's world never sees either.
 */
export async function axeOnBadgesInContentScript(
  page: Page,
  axeSource: string,
): Promise<{ id: string; nodes: number }[]> {
  await evaluateInContentScript(page, axeSource);
  return inContentScript(page, async () => {
    interface Axe {
      run(ctx: object, opts: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
    }
    const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot') as PropertyDescriptor;
    const api = (
      globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot } } }
    ).chrome;
    Object.defineProperty(Element.prototype, 'shadowRoot', {
      configurable: true,
      get(this: Element) {
        try {
          return api.dom.openOrClosedShadowRoot(this);
        } catch {
          return own.get?.call(this) ?? null;
        }
      },
    });
    try {
      const axe = (globalThis as unknown as { axe: Axe }).axe;
      const results = await axe.run(
        { include: [['div[data-jobsafe-badge]']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      );
      return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
    } finally {
      Object.defineProperty(Element.prototype, 'shadowRoot', own);
    }
  });
}
