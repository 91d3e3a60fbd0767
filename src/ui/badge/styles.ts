/**
 * The badge's styles: one constructed stylesheet shared by every badge in a document (adoptedStyleSheets),
 * with a <style> element per badge as the fallback where adopting fails (older Firefox content scripts).
 * Pixel units only: the page's root font size must not scale the badge.
 *
 * Why the rules are as they are (kept out of the string: every byte of it ships in the content script):
 *
 * - `:host`: fit-content: the host is as wide as the badge, so a click beside it is a click on the page;
 *   never stretched by a flex or grid card either (OLX: 582 px tall in a row of its card). Positioned with a
 *   z-index so a card's stretched link (an a::after over the whole card) cannot cover it. !important: the
 *   host is a plain <div> the page's rules reach (div{display:none}, inline styles); important rules of a
 *   shadow root win over all of the page's (CSS Cascade 5, context).
 *
 * - `:host([data-dock])`: Docked on a card of a fixed height (placement.ts): out of the flow at its static
 *   place, the card's top corner.
 *
 * - `:host([data-dock]) .brand`: Docked over a card's photo the badge must stay small: the brand is left to
 *   screen readers there.
 *
 * - `.badge (font)`: The font is set on the wrapper, not inherited from the host: page rules like
 *   *{font-size:40px!important} reach the host element.
 *
 * - `.badge`: no content-visibility:auto. It skipped off-screen badges' rendering, but the browser decides
 *   such an element's visibility only in pre-paint and then runs style, layout and pre-paint once more in
 *   the same frame: on a 1,000-card listing the first badges' frame took a second full pass (23 ms of
 *   style and layout, 20 ms of pre-paint, traced). Badges are built only as their cards near the screen
 *   (src/page/visibility.ts), so there are no off-screen badges for it to skip.
 *
 * - `.panel`: In flow where popovers are missing; in the top layer (position:fixed, placed by position.ts)
 *   where not.
 *
 * - `.tel`: The number never breaks ("8-" / "800-333-00-16"): a phone number is read and dialled as one.
 */
export const BADGE_CSS = `
:host{all:initial!important;display:block!important;width:fit-content!important;max-width:100%!important;margin:4px 0!important;position:relative!important;z-index:50!important;align-self:flex-start!important;justify-self:start!important;visibility:visible!important;opacity:1!important}
:host([data-dock]){position:absolute!important;margin:6px!important}
:host([data-dock]) .brand{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.badge{font:14px/20px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;text-align:start;letter-spacing:normal;word-spacing:normal;text-transform:none;white-space:normal}
:where(.badge *){box-sizing:border-box;font:inherit;color:inherit;margin:0;padding:0}
[hidden]{display:none!important}
.toggle{display:flex;width:fit-content;align-items:center;gap:6px;min-height:28px;padding:3px 10px 3px 6px;border:2px solid transparent;border-radius:14px;cursor:pointer;background:#eef0f2;color:#3c4043;font-weight:600;text-decoration:none;white-space:nowrap;max-width:100%}
.toggle:focus-visible{outline:3px solid #1a56db;outline-offset:2px}
.brand{font-weight:400;opacity:.85}
.partly{font-weight:400}
.icon{display:block;flex:none;width:18px;height:18px;overflow:visible}
.mark{fill:none;stroke-linecap:round;stroke-linejoin:round}
.none .toggle{background:#f1f3f4;color:#3c4043;border-color:#dadce0;font-weight:400}
.none .shape{fill:#1d5b31}.none .mark{stroke:#fff}
.unchecked .toggle{background:#f1f3f4;color:#3c4043;border-color:#80868b;font-weight:400}
.unchecked .shape{fill:#5f6368}.unchecked .mark{stroke:#fff}
.caution .toggle{background:#fff4cc;color:#4d3800;border-color:#b88600}
.caution .shape{fill:#8a6500}.caution .mark{stroke:#fff}
.high .toggle{background:#b3261e;color:#fff;border-color:#7a1a14}
.high .shape{fill:#fff}.high .mark{stroke:#b3261e}
.panel{margin-top:6px;padding:12px 14px;max-width:min(440px,calc(100vw - 16px));border:1px solid #c4c7cc;border-radius:8px;background:#fff;color:#1b1b1b;box-shadow:0 4px 16px rgba(0,0,0,.22);font:14px/20px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;text-align:start}
.panel[popover]{position:fixed;inset:auto;margin:0;overflow:auto;overscroll-behavior:contain}
.high .panel{border-left:6px solid #b3261e}
.caution .panel{border-left:6px solid #b88600}
.verdict{font-weight:700;font-size:15px;line-height:21px;margin-bottom:6px}
.partial{margin-bottom:6px;padding:4px 8px;border-radius:4px;background:#f1f3f4;color:#3c4043}
.label{font-weight:700;margin:8px 0 4px}
ul{padding-inline-start:20px}
li{margin:3px 0}
.hotline{font-weight:600}
.tel{white-space:nowrap}
.cat{font-weight:600}
q{display:block;margin-top:1px;font-style:italic;color:#3c4043}
q::before{content:"\\00AB"}
q::after{content:"\\00BB"}
.more{margin-top:4px;color:#3c4043}
.share{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:10px}
.share-button{min-height:32px;padding:4px 12px;border:2px solid #1d4f91;border-radius:8px;background:#fff;color:#1d4f91;font-weight:600;cursor:pointer}
.share-button:focus-visible{outline:3px solid #1a56db;outline-offset:2px}
.share-status{font-size:13px;color:#1d5b31}
.share-text{display:block;width:100%;margin-top:6px;padding:6px;border:1px solid #6b7480;border-radius:4px;font:13px/18px system-ui,sans-serif;resize:vertical}
a{color:#0b57d0;text-decoration:underline;font-weight:600}
a:focus-visible{outline:3px solid #1a56db;outline-offset:2px}
.source{margin-top:8px;font-size:12px;color:#5f6368}
`;

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** Attaches the shared stylesheet to a badge's shadow root. */
export function applyBadgeStyles(shadow: ShadowRoot, doc: Document): void {
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    sheet = constructSheet(doc);
    sheets.set(doc, sheet);
  }
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Firefox content scripts cannot always adopt a sheet made in their own compartment.
    }
  }
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  shadow.append(style);
}

function constructSheet(doc: Document): CSSStyleSheet | null {
  const Ctor = doc.defaultView?.CSSStyleSheet;
  if (!Ctor) return null;
  try {
    const sheet = new Ctor();
    sheet.replaceSync(BADGE_CSS);
    return sheet;
  } catch {
    return null;
  }
}
