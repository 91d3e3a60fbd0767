/**
 * Reading a long listing in pieces. An adapter's `find(root)` takes any part of the page, and a card
 * itself as the root (src/sites/define.ts, which builds every registered adapter: `allMatches`, "a
 * mutation batch may hand over the card"), so
 * a page of 1,000 cards can be read as a run of pieces of at most MAX_PIECE elements each, with a task
 * break between them, instead of in one call that kept the page busy for 55-160 ms here (issue 14's
 * goal: no task of the extension's over 50 ms).
 *
 * A piece is a run of sibling subtrees of at most MAX_PIECE elements together; a subtree larger than
 * that is split into its children. Only a card of more than MAX_PIECE elements could be cut apart that
 * way (a real card has a few dozen), and ad pages, whose one ad may be large and whose adapter reads
 * page-wide fields, are always read whole (findAds). tests/unit/page/partition.test.ts checks on every
 * registered adapter's listing fixture, cut into pieces as small as its largest card, that the pieces find
 * exactly what one call finds (an adapter built otherwise would fail there).
 */

/** Elements per piece: about 5 ms of an adapter's reading on a loaded 2-core machine. */
export const MAX_PIECE = 1_500;

/** `root`'s subtree as runs of sibling elements, in document order, each run at most `max` elements. */
export function pieces(root: Element, max = MAX_PIECE): Element[][] {
  const out: Element[][] = [];
  let run: Element[] = [];
  let size = 0;
  const flush = (): void => {
    if (run.length) out.push(run);
    run = [];
    size = 0;
  };
  const visit = (el: Element): void => {
    const count = el.getElementsByTagName('*').length + 1;
    if (count > max && el.children.length > 0) {
      flush();
      for (const child of el.children) visit(child);
      flush();
      return;
    }
    if (size + count > max) flush();
    run.push(el);
    size += count;
  };
  visit(root);
  flush();
  return out;
}
