/**
 * How the annotated text is drawn: the stored text cut into blocks (one
 * per line, blank lines dropped) and each block into segments at every
 * mark's edge, so overlapping marks (a mention inside an evidence quote)
 * become flat spans that each know their offset in the stored text.
 */

/** Something drawn over a span of the text. */
export interface Mark {
  start: number;
  end: number;
  kind: 'entity' | 'suggestion' | 'evidence' | 'focus';
  /** The entity or relationship it is about. */
  refId: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

export interface Block {
  start: number;
  end: number;
  segments: Segment[];
}

/** The lines of `text` that hold more than whitespace, with their offsets. */
export function lines(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    if (index === text.length || text.charAt(index) === '\n') {
      if (text.slice(start, index).trim() !== '') found.push({ start, end: index });
      start = index + 1;
    }
  }
  return found;
}

/** Cuts every line of `text` at the edges of `marks`; each segment lists the marks over it. */
export function segmentText(text: string, marks: readonly Mark[]): Block[] {
  return lines(text).map(({ start, end }) => {
    const cuts = new Set([start, end]);
    for (const mark of marks) {
      if (mark.start > start && mark.start < end) cuts.add(mark.start);
      if (mark.end > start && mark.end < end) cuts.add(mark.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let index = 0; index + 1 < points.length; index += 1) {
      const from = points[index] ?? start;
      const to = points[index + 1] ?? end;
      segments.push({
        start: from,
        end: to,
        text: text.slice(from, to),
        marks: marks.filter((mark) => mark.start < to && mark.end > from),
      });
    }
    return { start, end, segments };
  });
}
