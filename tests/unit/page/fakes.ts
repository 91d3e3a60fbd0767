/**
 * Test doubles for the page controller: a tiny adapter over `.card` / `.vacancy` markup and a background
 * that scores ads by a few words, recording every message so tests can count what was sent.
 */
import type { Assessment, Finding } from '../../../src/analysis/types';
import type { BackgroundClient, KeyedAd } from '../../../src/page/client';
import type { PageItem } from '../../../src/messaging/messages';
import type { FoundAd, SiteAdapter } from '../../../src/sites/types';
import type { Schedule } from '../../../src/page/observer';

export const testAdapter: SiteAdapter = {
  id: 'test',
  name: 'test.example',
  matches: ['*://test.example/*'],
  testUrls: [],
  lang: 'ru',
  find(root: ParentNode): FoundAd[] {
    const cards = [...root.querySelectorAll('.card')].map((card) => ({
      root: card,
      kind: 'card' as const,
      ad: {
        title: card.querySelector('h2')?.textContent?.trim() ?? '',
        text: card.querySelector('.text')?.textContent?.trim() ?? '',
        url: card.querySelector('a')?.href || undefined,
      },
    }));
    const details = [...root.querySelectorAll('.vacancy')].map((v) => {
      const body = v.querySelector('.description') ?? v;
      return {
        root: v,
        kind: 'detail' as const,
        body,
        ad: {
          title: v.querySelector('h1')?.textContent?.trim() ?? '',
          text: body.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        },
      };
    });
    return [...cards, ...details];
  },
};

/** Words the fake background treats as signals, with the level they give. */
const SIGNALS: {
  word: string;
  level: Assessment['level'];
  finding: Omit<Finding, 'evidence' | 'start' | 'end'>;
}[] = [
  {
    word: 'туристическая виза',
    level: 'high',
    finding: { rule: 't.visa', category: 'irregular-visa', strength: 'strong', advice: 'flag-visa' },
  },
  {
    word: 'жильё бесплатно',
    level: 'caution',
    finding: { rule: 't.paid', category: 'expenses-paid', strength: 'medium', advice: 'flag-pay-later' },
  },
];

export function assess(text: string): Assessment {
  const findings: Finding[] = [];
  let level: Assessment['level'] = 'none';
  for (const s of SIGNALS) {
    const start = text.toLowerCase().indexOf(s.word);
    if (start === -1) continue;
    findings.push({
      ...s.finding,
      evidence: text.slice(start, start + s.word.length),
      start,
      end: start + s.word.length,
    });
    if (s.level === 'high' || level === 'none') level = s.level;
  }
  return { level, score: findings.length, lang: 'ru', checked: true, partial: false, findings };
}

export class FakeBackground implements BackgroundClient {
  readonly batches: KeyedAd[][] = [];
  readonly reports: { url: string; items: PageItem[] }[] = [];
  messageRequests = 0;

  async analyze(ads: KeyedAd[]) {
    this.batches.push(ads);
    return ads.map(({ key, ad }) => ({ key, assessment: assess(ad.text) }));
  }
  async report(url: string, items: PageItem[]) {
    this.reports.push({ url, items });
  }
  async messages() {
    this.messageRequests++;
    return {
      level_high: 'Высокий риск',
      level_caution: 'Осторожно',
      level_none: 'Признаков нет',
    };
  }
  sentKeys(): string[] {
    return this.batches.flat().map((a) => a.key);
  }
}

/** A schedule the test runs by hand, to check that observer callbacks only queue work. */
export function manualSchedule(): Schedule & { pending(): number; flush(): void } {
  let queue: (() => void)[] = [];
  const schedule = ((cb: () => void) => {
    queue.push(cb);
    return () => {
      queue = queue.filter((q) => q !== cb);
    };
  }) as Schedule & { pending(): number; flush(): void };
  schedule.pending = () => queue.length;
  schedule.flush = () => {
    const run = queue;
    queue = [];
    run.forEach((cb) => cb());
  };
  return schedule;
}

/** Lets queued microtasks and MutationObserver callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}
