// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { observeMutations } from '../../../src/page/observer';
import { manualSchedule, settle } from './fakes';

const ownNodes = new WeakSet<Node>();
const own = { isOwnNode: (n: Node) => ownNodes.has(n) };
function ownBadge(): HTMLElement {
  const badge = document.createElement('div');
  ownNodes.add(badge);
  return badge;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('observeMutations', () => {
  it('schedules one batch for many mutations and runs nothing in the callback', async () => {
    const schedule = manualSchedule();
    let batches = 0;
    const batcher = observeMutations(document.body, own, schedule, () => batches++);
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('div'));
    await settle();
    expect(batches).toBe(0);
    expect(schedule.pending()).toBe(1);
    schedule.flush();
    expect(batches).toBe(1);
    document.body.append(document.createElement('div'));
    await settle();
    expect(schedule.pending()).toBe(1); // a new batch after the previous one ran
    batcher.disconnect();
    expect(schedule.pending()).toBe(0); // disconnect cancels the pending batch
  });

  it('ignores its own nodes, changes inside them and blank text', async () => {
    const schedule = manualSchedule();
    observeMutations(document.body, own, schedule, () => undefined);
    const badge = ownBadge();
    document.body.append(badge);
    badge.append(document.createElement('span'));
    document.body.append(document.createTextNode('  \n'));
    badge.remove();
    await settle();
    expect(schedule.pending()).toBe(0);
  });

  it('tells its own nodes by identity: a look-alike of the page is news', async () => {
    const schedule = manualSchedule();
    observeMutations(document.body, own, schedule, () => undefined);
    const fake = document.createElement('div');
    fake.setAttribute('data-jobsafe-badge', '');
    fake.innerHTML = '<div class="card">new card</div>';
    document.body.append(fake);
    await settle();
    expect(schedule.pending()).toBe(1);
  });

  it('takes the removal of an own node as news when asked, and a watched attribute', async () => {
    const schedule = manualSchedule();
    const badge = ownBadge();
    document.body.append(badge);
    const root = document.createElement('section');
    document.body.append(root);
    const batcher = observeMutations(
      document.body,
      { ...own, isOwnRemoval: (n) => n === badge, attribute: 'data-jobsafe-risk' },
      schedule,
      () => undefined,
    );
    badge.remove();
    await settle();
    expect(schedule.pending()).toBe(1);
    schedule.flush();
    root.setAttribute('data-other', 'x');
    await settle();
    expect(schedule.pending()).toBe(0);
    root.setAttribute('data-jobsafe-risk', 'none');
    await settle();
    expect(schedule.pending()).toBe(1);
    batcher.disconnect();
  });

  it('drops the records of its own writes with discardPending', async () => {
    const schedule = manualSchedule();
    const batcher = observeMutations(document.body, own, schedule, () => undefined);
    document.body.append(document.createElement('p'));
    batcher.discardPending();
    await settle();
    expect(schedule.pending()).toBe(0);
  });
});
