/** The level icon of the shared set (src/ui/shared/levels.ts) as inline SVG, hidden from screen readers. */
import { ICON_MARK_WIDTH, ICON_VIEWBOX, LEVEL_ICONS, type Shown } from '../shared/levels';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function levelIcon(doc: Document, shown: Shown): SVGSVGElement {
  const { shape, mark } = LEVEL_ICONS[shown];
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('viewBox', ICON_VIEWBOX);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const body = doc.createElementNS(SVG_NS, 'path');
  body.setAttribute('class', 'shape');
  body.setAttribute('d', shape);
  const sign = doc.createElementNS(SVG_NS, 'path');
  sign.setAttribute('class', 'mark');
  sign.setAttribute('d', mark);
  sign.setAttribute('stroke-width', String(ICON_MARK_WIDTH));
  svg.append(body, sign);
  return svg;
}
