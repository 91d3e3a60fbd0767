/**
 * The badge's styles: one constructed stylesheet shared by every badge in a document (adoptedStyleSheets),
 * with a <style> element per badge as the fallback where adopting fails (older Firefox content scripts).
 * Pixel units only: the page's root font size must not scale the badge.
 */
export const BADGE_CSS = `
/* !important: the host is a plain <div> the page's rules reach (div{display:none}, inline styles); important
   rules of a shadow root win over all of the page's (CSS Cascade 5, context). */
:host{all:initial!important;display:block!important;margin:4px 0!important;max-width:100%!important;visibility:visible!important;opacity:1!important}
/* The font is set on the wrapper, not inherited from the host: page rules like *{font-size:40px!important} reach the host element. */
/* Off-screen badges skip style, layout and paint until they near the viewport (content-visibility:auto):
   a 50-card listing otherwise lays out all 50 badges at once, the largest part of the extension's cost.
   30px is the closed badge's height (no shift when one comes into view); the clip margin keeps the focus
   ring and the panel's shadow, which paint containment would cut at the badge's edge. */
.badge{content-visibility:auto;contain-intrinsic-size:auto 30px;overflow-clip-margin:12px;font:14px/20px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;text-align:start;letter-spacing:normal;word-spacing:normal;text-transform:none;white-space:normal}
:where(.badge *){box-sizing:border-box;font:inherit;color:inherit;margin:0;padding:0}
[hidden]{display:none!important}
.toggle{display:inline-flex;align-items:center;gap:6px;min-height:28px;padding:3px 10px;border:2px solid transparent;border-radius:14px;cursor:pointer;background:#eef0f2;color:#3c4043;font-weight:600;text-decoration:none}
.toggle:focus-visible{outline:3px solid #1a56db;outline-offset:2px}
.brand{font-weight:400;opacity:.85}
.icon{display:inline-block;width:18px;height:18px;border-radius:9px;text-align:center;line-height:18px;font-size:12px;font-weight:700}
.none .toggle{background:#f1f3f4;color:#4a4f55;border-color:#dadce0;font-weight:400}
.none .icon{background:#5f6368;color:#fff}
.caution .toggle{background:#fff4cc;color:#4d3800;border-color:#b88600}
.caution .icon{background:#8a6500;color:#fff}
.high .toggle{background:#b3261e;color:#fff;border-color:#7a1a14}
.high .icon{background:#fff;color:#b3261e}
.panel{margin-top:6px;padding:12px 14px;max-width:520px;border:1px solid #c4c7cc;border-radius:8px;background:#fff;color:#1b1b1b;box-shadow:0 2px 8px rgba(0,0,0,.15)}
.high .panel{border-left:6px solid #b3261e}
.caution .panel{border-left:6px solid #b88600}
.summary{font-weight:600;margin-bottom:8px}
.label{font-weight:600;margin:8px 0 4px}
ul{padding-inline-start:20px}
li{margin:2px 0}
q{font-style:italic;background:#fff0a8;color:#1b1b1b}
q::before{content:"\\00AB"}
q::after{content:"\\00BB"}
.hotline{margin-top:10px}
a{color:#0b57d0;text-decoration:underline;font-weight:600}
a:focus-visible{outline:3px solid #1a56db;outline-offset:2px}
.source{margin-top:6px;font-size:12px;color:#5f6368}
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
