// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from '../../../src/ui/popup/Tabs';

const TABS = [
  { id: 'a', label: 'Alpha' },
  { id: 'b', label: 'Beta' },
  { id: 'c', label: 'Gamma' },
] as const;
type Id = (typeof TABS)[number]['id'];

let mounts = 0;
function Harness() {
  const [selected, setSelected] = useState<Id>('a');
  return (
    <Tabs
      tabs={TABS}
      selected={selected}
      onSelect={setSelected}
      label="Sections"
      renderPanel={(id) => <Panel id={id} />}
    />
  );
}
function Panel({ id }: { id: Id }) {
  useState(() => mounts++);
  return <input aria-label={`field ${id}`} />;
}

function press(key: string): void {
  act(() => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}
const focusedId = (): string => (document.activeElement as HTMLElement).id;

describe('Tabs', () => {
  afterEach(() => {
    render(null, document.body);
    mounts = 0;
  });

  it('follows the ARIA tabs pattern: one tab stop, arrows, Home, End, wrap-around', () => {
    act(() => render(<Harness />, document.body));
    const tabs = [...document.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(document.querySelector('[role="tablist"]')!.getAttribute('aria-label')).toBe('Sections');
    tabs[0]!.focus();
    press('ArrowRight');
    expect(focusedId()).toBe('tab-b');
    expect(document.querySelector('#tab-b')!.getAttribute('aria-selected')).toBe('true');
    press('End');
    expect(focusedId()).toBe('tab-c');
    press('ArrowRight');
    expect(focusedId()).toBe('tab-a');
    press('ArrowLeft');
    expect(focusedId()).toBe('tab-c');
    press('Home');
    expect(focusedId()).toBe('tab-a');
    const panel = document.querySelector('#panel-a')!;
    expect(panel.getAttribute('role')).toBe('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe('tab-a');
  });

  it('keeps a visited panel mounted (and what was typed in it) while another is shown', () => {
    act(() => render(<Harness />, document.body));
    const input = document.querySelector<HTMLInputElement>('#panel-a input')!;
    input.value = 'half-typed ad';
    act(() => document.querySelector<HTMLElement>('#tab-b')!.click());
    expect(document.querySelector<HTMLElement>('#panel-a')!.hidden).toBe(true);
    expect(document.querySelector<HTMLElement>('#panel-b')!.hidden).toBe(false);
    act(() => document.querySelector<HTMLElement>('#tab-a')!.click());
    expect(document.querySelector<HTMLInputElement>('#panel-a input')!.value).toBe('half-typed ad');
    expect(document.querySelector('#panel-c')).toBeNull(); // never visited, never mounted
    expect(mounts).toBe(2);
  });
});
