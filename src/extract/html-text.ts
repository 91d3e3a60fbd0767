/**
 * Plain text out of an HTML string (JSON-LD descriptions are HTML). The string is parsed into an inert
 * document made from the page's own DOM implementation: no scripts run, nothing loads.
 */
import { plainText } from '../sites/dom';

const TAG = /<\/?[a-z][^>]*>/i;

export function htmlToText(html: string, doc: Document): string {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  const text = plainText(inert.body);
  // Some sites escape the HTML twice ("&lt;p&gt;…"): one more pass turns it into text too.
  if (TAG.test(text)) {
    inert.body.innerHTML = text.replace(/\n/g, ' ');
    return plainText(inert.body);
  }
  return text;
}
