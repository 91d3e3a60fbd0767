/**
 * WAI-ARIA tabs (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): one tab stop for the tab list, arrow
 * keys, Home and End move between tabs and activate them; the panel follows in the tab order.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/*
 * Panels are mounted on first visit and then only hidden, so a half-typed ad or a loaded report survives
 * switching tabs.
 */

export interface TabDef<Id extends string> {
  id: Id;
  label: string;
}

export function Tabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
  renderPanel,
}: {
  tabs: readonly TabDef<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
  renderPanel: (id: Id) => ComponentChildren;
}) {
  const visited = useRef(new Set<Id>());
  visited.current.add(selected);
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  const move = (from: number, to: number): void => {
    const tab = tabs[(to + tabs.length) % tabs.length];
    if (!tab || from === to) return;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number): void => {
    const targets: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const to = targets[event.key];
    if (to === undefined) return;
    event.preventDefault();
    move(index, to);
  };
  return (
    <>
      <div role="tablist" aria-label={label} class="tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            class="tabs__tab"
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs
        .filter((tab) => visited.current.has(tab.id))
        .map((tab) => (
          <div
            key={tab.id}
            role="tabpanel"
            id={`panel-${tab.id}`}
            aria-labelledby={`tab-${tab.id}`}
            tabIndex={0}
            class="panel"
            hidden={tab.id !== selected}
          >
            {renderPanel(tab.id)}
          </div>
        ))}
    </>
  );
}
