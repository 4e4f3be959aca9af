/**
 * From a DOM selection in the annotated text to UTF-16 offsets of the
 * stored article text, the unit every selection in the authoring API uses.
 *
 * The text is drawn as blocks (one per line) of leaf spans; each leaf span
 * carries `data-offset`, the offset of its first character in the stored
 * text, and holds the text verbatim in text nodes. A DOM text node counts
 * UTF-16 code units as the API does, so “curly quotes” and emoji need no
 * conversion. The newlines between blocks are not drawn, which is why the
 * offsets come from the anchors and never from counting rendered text.
 */

/** A span of the stored text, `[start, end)`, with the text found there. */
export interface TextSelection {
  start: number;
  end: number;
  text: string;
}

const OFFSET_ATTRIBUTE = 'data-offset';

/** The leaf span (an element with data-offset) that holds a text node, if any. */
function anchorOf(node: Node): HTMLElement | null {
  const parent = node.parentElement;
  return parent?.closest<HTMLElement>(`[${OFFSET_ATTRIBUTE}]`) ?? null;
}

/** UTF-16 units of the anchor's text that come before `node`. */
function unitsBefore(anchor: HTMLElement, node: Node): number {
  const walker = document.createTreeWalker(anchor, NodeFilter.SHOW_TEXT);
  let units = 0;
  for (let current = walker.nextNode(); current !== null; current = walker.nextNode()) {
    if (current === node) return units;
    units += (current as Text).data.length;
  }
  return units;
}

/** The offset of the first text position at or after a DOM boundary point inside `root`. */
export function boundaryOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const anchor = anchorOf(node);
    if (anchor && root.contains(anchor)) {
      return Number(anchor.getAttribute(OFFSET_ATTRIBUTE)) + unitsBefore(anchor, node) + offset;
    }
  }
  // A boundary between elements (a triple click ends at the next block's
  // start): the first anchored text node at or after the point decides.
  const point = document.createRange();
  point.setStart(node, offset);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
    const anchor = anchorOf(text);
    if (!anchor || point.comparePoint(text, 0) < 0) continue;
    return Number(anchor.getAttribute(OFFSET_ATTRIBUTE)) + unitsBefore(anchor, text);
  }
  const end = root.getAttribute('data-text-length');
  return end === null ? null : Number(end);
}

/** `[start, end)` without the whitespace at either end: the API refuses it there. */
export function trimSpan(text: string, start: number, end: number): TextSelection | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  return from < to ? { start: from, end: to, text: text.slice(from, to) } : null;
}

/**
 * The selection of `range` in the stored `text`, or null when the range is
 * empty, outside `root`, or only whitespace. `root` is the element that
 * draws `text` and carries `data-text-length`.
 */
export function selectionOffsets(
  root: HTMLElement,
  range: Range,
  text: string,
): TextSelection | null {
  if (range.collapsed) return null;
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = boundaryOffset(root, range.startContainer, range.startOffset);
  const end = boundaryOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return trimSpan(text, start, Math.min(end, text.length));
}
