/**
 * The options page's opt-in section: Telegram Web and VK (src/sites/opt-in.ts), off by default. A site
 * is on while its host permission is granted, so the switch shows the permission itself: turning it on
 * requests the permission (the browser asks the user), turning it off removes it; the background then
 * registers or unregisters the content script (src/background/optional-sites.ts). Nothing is stored.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../../i18n';
import { OPT_IN_SITES, type OptInSite } from '../../sites/opt-in';
import { useT } from '../shared/i18n-context';

type Status = 'on' | 'off' | 'refused' | 'failed';

const STATUS_KEYS: Record<Status, MessageKey> = {
  on: 'opt_optin_on',
  off: 'opt_optin_off',
  refused: 'opt_optin_refused',
  failed: 'opt_optin_failed',
};

const originsOf = (site: OptInSite): { origins: string[] } => ({ origins: [...site.origins] });

export function OptInSites() {
  const { t } = useT();
  /** Granted per adapter id; undefined until the browser answered. */
  const [granted, setGranted] = useState<Record<string, boolean>>();
  const [status, setStatus] = useState<Status>();

  useEffect(() => {
    let live = true;
    const refresh = (): void => {
      Promise.all(
        OPT_IN_SITES.map(async (site) => [
          site.adapter.id,
          await browser.permissions.contains(originsOf(site)),
        ]),
      ).then(
        (entries) => live && setGranted(Object.fromEntries(entries)),
        // The browser cannot tell: the switches stay disabled rather than show a state nobody knows.
        () => undefined,
      );
    };
    refresh();
    // The permission can also change in the browser's own site-access settings. Where the browser has no
    // permission events, the state read once stands (and the switches say what the browser last told).
    const events = [browser.permissions?.onAdded, browser.permissions?.onRemoved];
    try {
      for (const event of events) event?.addListener(refresh);
    } catch {
      // No events to follow.
    }
    return () => {
      live = false;
      try {
        for (const event of events) event?.removeListener(refresh);
      } catch {
        // Nothing was added.
      }
    };
  }, []);

  const toggle = (site: OptInSite, on: boolean): void => {
    // Called in the click itself: browsers grant a permission request only inside the user's gesture
    // (Firefox refuses one made after an await).
    const change = on
      ? browser.permissions.request(originsOf(site))
      : browser.permissions.remove(originsOf(site));
    change.then(
      (done) => {
        setGranted((current) => ({ ...current, [site.adapter.id]: done ? on : !on }));
        setStatus(done ? (on ? 'on' : 'off') : 'refused');
      },
      () => setStatus('failed'),
    );
  };

  return (
    <fieldset class="options__opt-in">
      <legend>{t('opt_optin_title')}</legend>
      <p class="options__hint" id="opt-in-hint">
        {t('opt_optin_hint')}
      </p>
      <ul class="options__sites">
        {OPT_IN_SITES.map((site) => (
          <li key={site.adapter.id}>
            <label class="options__check">
              <input
                type="checkbox"
                name="opt-in"
                value={site.adapter.id}
                checked={granted?.[site.adapter.id] === true}
                disabled={granted === undefined}
                aria-describedby="opt-in-hint"
                onChange={(e) => toggle(site, e.currentTarget.checked)}
              />
              {site.adapter.name}
            </label>
          </li>
        ))}
      </ul>
      {/* aria-live, not role=status: the page's own status line stays the one status region. */}
      <p class="options__status" aria-live="polite">
        {status && t(STATUS_KEYS[status])}
      </p>
    </fieldset>
  );
}
