// @vitest-environment happy-dom
/**
 * Checking a page outside the job sites, as the background does it (check-tab.ts): inject the page
 * runtime, collect, analyze, draw. The fake `scripting` runs what the background injects in this
 * document, the functions by their source text only (as executeScript does), so a function that leans
 * on anything outside itself fails here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdInput, Assessment } from '../../../src/analysis/types';
import {
  checkSelection,
  checkTab,
  CHECK_PAGE_SCRIPT,
  type ScriptingApi,
} from '../../../src/background/check-tab';
import { CHECK_RUNTIME_KEY } from '../../../src/background/collect-page';
import {
  CHECK_SELECTION_MENU_ID,
  onMenuClick,
  type MenuClickDeps,
} from '../../../src/background/context-menu';
import { memoryArea } from '../../../src/background/tab-reports';
import { extractGeneric } from '../../../src/extract';
import { BADGE_SELECTOR } from '../../../src/ui/badge/badge';
import { createCheckRuntime, type CheckRuntime } from '../../../src/ui/badge/checked-page';

/** The runtime the fake injection installed; its handles read the badges' closed roots. */
const installed = () =>
  (globalThis as unknown as Record<symbol, CheckRuntime>)[Symbol.for(CHECK_RUNTIME_KEY)];

const LURE = 'Hostess abroad for girls 18-25. We pay the visa, you repay it later.';

function fakeScripting(opts: { reachable?: boolean } = {}) {
  const calls: string[] = [];
  const scripting: ScriptingApi = {
    async executeScript(injection) {
      if (opts.reachable === false) throw new Error('Cannot access contents of the page');
      if (injection.files) {
        calls.push(`files ${injection.files.join()}`);
        // What entrypoints/check-page.ts does in the page.
        const g = globalThis as unknown as Record<symbol, unknown>;
        g[Symbol.for(CHECK_RUNTIME_KEY)] ??= createCheckRuntime(
          document,
          () => 'https://forum.example/t/1',
          extractGeneric,
        );
        return [{ result: undefined }];
      }
      calls.push(`func ${injection.func?.name}`);
      // Only the source crosses over.
      const fn = new Function(`return (${injection.func!.toString()})`)() as (...a: unknown[]) => unknown;
      return [{ result: structuredClone(fn(...structuredClone(injection.args ?? []))) }];
    },
  };
  return { scripting, calls };
}

const analyze = async (ads: AdInput[]): Promise<Assessment[]> =>
  ads.map((ad) => {
    const evidence = 'We pay the visa';
    const start = ad.text.indexOf(evidence);
    return start < 0
      ? { level: 'none', score: 0, lang: 'en', checked: true, partial: false, findings: [] }
      : {
          level: 'high',
          score: 9,
          lang: 'en',
          checked: true,
          partial: false,
          findings: [
            {
              rule: 'r',
              category: 'irregular-visa',
              strength: 'strong',
              evidence,
              start,
              end: start + evidence.length,
            },
          ],
        };
  });
const messages = async () => ({ level_high: 'High risk', level_none: 'No risk found' });

beforeEach(() => {
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(CHECK_RUNTIME_KEY)];
  document.title = 'Forum';
  document.body.innerHTML = `<main><h1>Jobs</h1><p>${LURE}</p></main><aside>Other things</aside>`;
});

describe('checkTab', () => {
  it('injects the runtime, collects, analyzes and draws the badge on the page', async () => {
    const { scripting, calls } = fakeScripting();
    const result = await checkTab({ scripting, analyze, messages }, 3);
    expect(calls).toEqual([`files ${CHECK_PAGE_SCRIPT}`, 'func collectInPage', 'func drawInPage']);
    expect(result.items.map((i) => [i.key, i.assessment.level])).toEqual([['check-page', 'high']]);
    const main = document.querySelector('main');
    expect(main?.getAttribute('data-jobsafe-risk')).toBe('high');
    expect(main?.querySelector(BADGE_SELECTOR)).toBe(installed()?.badges().get('check-page')?.host);
    expect(installed()?.badges().get('check-page')?.shadow.textContent).toContain('High risk');
  });

  it('says the page cannot be read where the browser refuses the injection', async () => {
    const { scripting } = fakeScripting({ reachable: false });
    await expect(checkTab({ scripting, analyze, messages }, 3)).rejects.toThrow(/^cannot-access-page/);
  });
});

describe('checkSelection and the context menu', () => {
  function select(el: Element): void {
    const range = document.createRange();
    range.selectNodeContents(el);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }
  function menuDeps(scripting: ScriptingApi) {
    const openTab = vi.fn(async () => undefined);
    const report = vi.fn(async () => undefined);
    const deps: MenuClickDeps = {
      session: memoryArea(),
      getURL: (p) => `chrome-extension://id${p}`,
      openTab,
      checkOnPage: (tabId) => checkSelection({ scripting, analyze, messages }, tabId),
      report,
    };
    return { deps, openTab, report };
  }
  const click = { menuItemId: CHECK_SELECTION_MENU_ID, selectionText: LURE };

  it('checks the selection on the page: its badge opens there, and no tab is opened', async () => {
    select(document.querySelector('main p')!);
    const { deps, openTab, report } = menuDeps(fakeScripting().scripting);
    expect(await onMenuClick(deps, click, { id: 3, index: 0 })).toBe(true);
    expect(openTab).not.toHaveBeenCalled();
    expect(report).toHaveBeenCalledWith(3, expect.objectContaining({ url: 'https://forum.example/t/1' }));
    const p = document.querySelector('main p');
    expect(p?.getAttribute('data-jobsafe-risk')).toBe('high');
    const badge = installed()?.badges().get('check-selection');
    expect(p?.querySelector(BADGE_SELECTOR)).toBe(badge?.host);
    expect(badge?.shadow.querySelector('button')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('falls back to the check view where the page has no selection it can read, or cannot be reached', async () => {
    document.getSelection()?.removeAllRanges();
    const blank = menuDeps(fakeScripting().scripting);
    expect(await onMenuClick(blank.deps, click, { id: 3, index: 0 })).toBe(true);
    expect(blank.openTab).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'chrome-extension://id/popup.html#check' }),
    );
    const refused = menuDeps(fakeScripting({ reachable: false }).scripting);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await onMenuClick(refused.deps, click, { id: 3, index: 0 })).toBe(true);
    expect(refused.openTab).toHaveBeenCalledTimes(1);
    expect(refused.report).not.toHaveBeenCalled();
  });
});
