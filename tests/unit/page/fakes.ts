/**
 * Test doubles for the page controller: a tiny adapter over `.card` / `.vacancy` markup and a background
 * that scores ads by a few words, recording every message so tests can count what was sent.
 */
import type { Assessment, Finding } from '../../../src/analysis/types';
import type { BackgroundClient, KeyedAd, ReportAnswer } from '../../../src/page/client';
import {
  reportTitle,
  type PageReport,
  type ReportedAd,
  type SealedResult,
} from '../../../src/messaging/messages';
import { LostAnswerError } from '../../../src/page/retry';
import type { FoundAd, SiteAdapter } from '../../../src/sites/types';
import type { Schedule } from '../../../src/page/observer';

export const testAdapter: SiteAdapter = {
  id: 'test',
  name: 'test.example',
  matches: ['*://test.example/*'],
  testUrls: [],
  lang: 'ru',
  find(root: ParentNode): FoundAd[] {
    // Like src/sites/define.ts, the root itself counts when it is a card (a page may be read in pieces).
    const all = (selector: string) => [
      ...(root instanceof Element && root.matches(selector) ? [root] : []),
      ...root.querySelectorAll(selector),
    ];
    const cards = all('.card').map((card) => ({
      root: card,
      kind: 'card' as const,
      ad: {
        title: card.querySelector('h2')?.textContent?.trim() ?? '',
        text: card.querySelector('.text')?.textContent?.trim() ?? '',
        url: card.querySelector('a')?.href || undefined,
      },
    }));
    const details = all('.vacancy').map((v) => {
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
  // Kazakh letters stand for a language the analyzer does not read: not checked, never cleared.
  if (/[әғқңөұүһ]/.test(text))
    return { level: 'none', score: 0, lang: 'kk', checked: false, partial: false, findings: [] };
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

/** The fake background's seal: what it was given for, spelled out (the real one is an HMAC: seals.ts). */
export function fakeSeal(key: string, title: string | undefined): string {
  return `seal:${key}:${title ?? ''}`.slice(0, 64);
}

export class FakeBackground implements BackgroundClient {
  readonly batches: KeyedAd[][] = [];
  readonly reports: ReportedAd[][] = [];
  messageRequests = 0;
  /** The next this many analyze calls lose their answer (a worker stopped meanwhile). */
  loseAnswers = 0;
  /** Keys the next report says came with a broken seal. */
  rejectSeals: string[] = [];
  /** The next report is answered "send it whole" (as a background that lost the report it was based on). */
  resendNext = false;
  readonly sent: PageReport[] = [];
  /** The report it holds now: a change must be based on it. */
  private held: { stream?: string; seq?: number } = {};

  async analyze(ads: KeyedAd[]): Promise<SealedResult[]> {
    this.batches.push(ads);
    if (this.loseAnswers > 0) {
      this.loseAnswers--;
      throw new LostAnswerError('The message port closed before a response was received.');
    }
    return ads.map(({ key, ad }) => {
      const assessment = assess(ad.text);
      return { key, assessment, seal: fakeSeal(key, reportTitle(ad.title, assessment.level)) };
    });
  }
  /**
   * Reports as the background holds them after each one (a change applied to the report it is based on),
   * and the reports as sent.
   */
  async report(report: PageReport): Promise<ReportAnswer> {
    this.sent.push(report);
    if (this.resendNext || (report.base !== undefined && !this.holds(report))) {
      this.resendNext = false;
      return { rejected: [], resend: true };
    }
    const rejected = report.items.filter((i) => this.rejectSeals.includes(i.key)).map((i) => i.key);
    this.rejectSeals = [];
    const taken = report.items.filter((i) => !rejected.includes(i.key));
    let items = taken;
    if (report.base !== undefined) {
      const next = new Map((this.reports.at(-1) ?? []).map((i) => [i.key, i]));
      for (const key of [...(report.removed ?? []), ...rejected]) next.delete(key);
      for (const item of taken) next.set(item.key, item);
      items = [...next.values()];
    }
    this.reports.push(items);
    this.held = { stream: report.stream, seq: report.seq };
    return { rejected, resend: false };
  }
  private holds(report: PageReport): boolean {
    return this.held.stream === report.stream && this.held.seq === report.base;
  }
  async farewell(): Promise<void> {
    this.reports.push([]);
    this.held = {};
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
