/**
 * "Call me when this element comes near the screen": one IntersectionObserver for all of a page's ads,
 * with a margin of a screen and a half above and below, so a badge is there before its card scrolls into
 * view. A listing of 1,000 cards then builds a few dozen badges when it loads, not 1,000 (building,
 * styling and laying out the others cost the page about a third of the content script's time); the rest
 * come as the user scrolls, each a handful at a time.
 *
 * The browser works out every observed element's intersection in every frame, which on a 1,000-card
 * listing cost the page about 40 ms while it loaded. So the cards asked for together (one answer's, in
 * page order) wait in groups of GROUP_SIZE neighbours, and only each group's first and last card is
 * observed: when either comes near, the whole group is built. Neighbours in page order are neighbours on
 * the screen (a list, or a grid's next rows), so a badge is at most a few cards early. An observed card
 * the page does not render (hidden by a filter) hands the watch on to its neighbour as well.
 */

/** Calls `cb` once, when `el` comes within the margin of the viewport; the returned function cancels. */
export type WhenNear = (el: Element, cb: () => void) => () => void;

/** Everything at once: where there is no IntersectionObserver, and in unit tests. */
export const immediately: WhenNear = (_el, cb) => {
  cb();
  return () => undefined;
};

/** Cards per group: a screen or two of a listing. */
export const GROUP_SIZE = 8;

interface Group {
  /** The group's elements in the order asked for, each with its callbacks. */
  members: Map<Element, (() => void)[]>;
  /** The members observed now: the first and the last. */
  watched: Set<Element>;
}

export function whenNearViewport(win: Window, margin = '150% 0px', groupSize = GROUP_SIZE): WhenNear {
  const Observer = (win as Window & { IntersectionObserver?: typeof IntersectionObserver })
    .IntersectionObserver;
  if (typeof Observer !== 'function') return immediately;
  /** The group of every waiting element. */
  const groupOf = new Map<Element, Group>();
  /** The group still taking members (until the end of the task that asked, or until full). */
  let filling: Group | undefined;

  const observer = new Observer(
    (entries) => {
      for (const entry of entries) {
        const group = groupOf.get(entry.target);
        if (!group?.watched.has(entry.target)) continue;
        if (entry.isIntersecting) fire(group);
        // A card the page does not render (display: none) never comes near: its neighbour is watched too.
        else if (!entry.boundingClientRect.width && !entry.boundingClientRect.height)
          watchNext(group, entry.target);
      }
    },
    { rootMargin: margin },
  );

  /** Observes exactly the group's first and last members. */
  const rewatch = (group: Group): void => {
    const members = [...group.members.keys()];
    const ends = new Set(members.length ? [members[0]!, members[members.length - 1]!] : []);
    for (const el of group.watched) if (!ends.has(el)) observer.unobserve(el);
    for (const el of ends) if (!group.watched.has(el)) observer.observe(el);
    group.watched = ends;
  };

  /** Also observes the member next to `from`, inward (towards the group's middle), if it is not yet. */
  const watchNext = (group: Group, from: Element): void => {
    const members = [...group.members.keys()];
    const at = members.indexOf(from);
    const next = members[at < members.length / 2 ? at + 1 : at - 1];
    if (!next || group.watched.has(next)) return;
    group.watched.add(next);
    observer.observe(next);
  };

  const fire = (group: Group): void => {
    if (filling === group) filling = undefined;
    for (const el of group.watched) observer.unobserve(el);
    group.watched.clear();
    const members = [...group.members];
    group.members.clear();
    for (const [el] of members) groupOf.delete(el);
    for (const [, callbacks] of members) for (const cb of callbacks) cb();
  };

  const close = (group: Group): void => {
    if (filling !== group) return;
    filling = undefined;
    rewatch(group);
  };

  return (el, cb) => {
    let group = groupOf.get(el);
    if (group) group.members.get(el)?.push(cb);
    else {
      if (!filling) {
        const fresh: Group = { members: new Map(), watched: new Set() };
        filling = fresh;
        // The group closes with the task that fills it: later cards start a group of their own.
        queueMicrotask(() => close(fresh));
      }
      group = filling;
      group.members.set(el, [cb]);
      groupOf.set(el, group);
      // The first member is observed at once; the last once the group is closed.
      if (group.members.size === 1) rewatch(group);
      if (group.members.size >= groupSize) close(group);
    }
    const owner = group;
    return () => {
      const callbacks = owner.members.get(el);
      if (!callbacks) return;
      const rest = callbacks.filter((c) => c !== cb);
      if (rest.length) return void owner.members.set(el, rest);
      owner.members.delete(el);
      groupOf.delete(el);
      // A card taken down while it waited: its group is watched through the members left.
      if (owner !== filling || !owner.members.size) rewatch(owner);
    };
  };
}
