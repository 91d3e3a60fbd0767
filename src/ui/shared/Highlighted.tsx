import type { Span } from './segments';
import { quote, segment } from './segments';

/** The whole text with the spans marked. Text nodes only: an ad can contain anything. */
export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }) {
  return (
    <>
      {segment(text, spans).map((s, i) =>
        s.marked ? (
          <mark class="js-mark" key={i}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

/** One phrase in its context: “…before <mark>phrase</mark> after…”. */
export function Quoted({ text, span }: { text: string; span: Span }) {
  const q = quote(text, span);
  return (
    <q class="js-quote">
      {q.before}
      <mark class="js-mark">{q.match}</mark>
      {q.after}
    </q>
  );
}
