import { afterEach, describe, expect, it } from 'vitest';
import { segmentText, type Mark } from './segments.ts';
import { selectionOffsets, trimSpan } from './selectionOffsets.ts';

// Non-ASCII on purpose: curly quotes are one UTF-16 unit, the emoji with its skin tone four.
const TEXT = 'Title line\n\n“Chew” said 👍🏽 TikTok is fine.\n\nByteDance owns TikTok, the app.\n';

const at = (phrase: string, from = 0) => {
  const start = TEXT.indexOf(phrase, from);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length, text: phrase };
};

/** Draws TEXT as AnnotatedText does: a block per line, a leaf span per segment. */
function draw(marks: Mark[]): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('data-text-length', String(TEXT.length));
  for (const block of segmentText(TEXT, marks)) {
    const p = document.createElement('p');
    for (const segment of block.segments) {
      const span = document.createElement(segment.marks.length > 0 ? 'mark' : 'span');
      span.setAttribute('data-offset', String(segment.start));
      span.textContent = segment.text;
      p.append(span);
    }
    root.append(p);
  }
  document.body.append(root);
  return root;
}

/** The text node that holds `phrase` (searched in document order) and the offset in it. */
function point(root: HTMLElement, phrase: string, shift = 0): [Text, number] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const index = (node as Text).data.indexOf(phrase);
    if (index >= 0) return [node as Text, index + shift];
  }
  throw new Error(`no text node holds "${phrase}"`);
}

function range(start: [Node, number], end: [Node, number]): Range {
  const r = document.createRange();
  r.setStart(...start);
  r.setEnd(...end);
  return r;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('selectionOffsets', () => {
  const marks: Mark[] = [
    { ...at('Chew'), kind: 'entity', refId: 'shou-zi-chew' },
    { ...at('TikTok'), kind: 'suggestion', refId: 'tiktok' },
    { ...at('ByteDance owns TikTok'), kind: 'evidence', refId: 'bytedance-owns-tiktok' },
    { ...at('TikTok', at('ByteDance').end), kind: 'entity', refId: 'tiktok' },
  ];

  it('maps a selection inside one highlighted span', () => {
    const root = draw(marks);
    const [node] = point(root, 'Chew');
    expect(selectionOffsets(root, range([node, 0], [node, 4]), TEXT)).toStrictEqual(at('Chew'));
  });

  it('is exact after curly quotes and an emoji, across several spans', () => {
    const root = draw(marks);
    // The opening quote sits in a plain span, "Chew" in an entity mark after it.
    const start = point(root, '“');
    const end = point(root, ' is fine', ' is fine'.length);
    expect(selectionOffsets(root, range(start, end), TEXT)).toStrictEqual(
      at('“Chew” said 👍🏽 TikTok is fine'),
    );
  });

  it('spans paragraphs, whose newlines are not drawn, and trims the ends', () => {
    const root = draw(marks);
    const start = point(root, ' is fine', 0);
    const end = point(root, ' owns', 0);
    const selected = selectionOffsets(root, range(start, end), TEXT);
    expect(selected).toStrictEqual(at('is fine.\n\nByteDance'));
  });

  it('reads a boundary between elements as the next text, as a triple click gives it', () => {
    const root = draw([]);
    const second = root.children[1];
    const third = root.children[2];
    if (!second || !third) throw new Error('three blocks expected');
    const selected = selectionOffsets(root, range([second, 0], [third, 0]), TEXT);
    expect(selected).toStrictEqual(at('“Chew” said 👍🏽 TikTok is fine.'));
    // Up to the end of the root: the text's length, then trimmed.
    const last = selectionOffsets(root, range([third, 0], [root, root.childNodes.length]), TEXT);
    expect(last).toStrictEqual(at('ByteDance owns TikTok, the app.'));
  });

  it('gives null for an empty, outside or whitespace-only selection', () => {
    const root = draw(marks);
    const [node] = point(root, 'Chew');
    expect(selectionOffsets(root, range([node, 1], [node, 1]), TEXT)).toBeNull();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const text = outside.firstChild;
    if (!text) throw new Error('no text');
    expect(selectionOffsets(root, range([text, 0], [text, 4]), TEXT)).toBeNull();
    const [said, index] = point(root, ' said');
    expect(selectionOffsets(root, range([said, index], [said, index + 1]), TEXT)).toBeNull();
  });
});

describe('trimSpan', () => {
  it('drops whitespace at both ends, and gives null when nothing else is left', () => {
    expect(trimSpan(' ab \n', 0, 5)).toStrictEqual({ start: 1, end: 3, text: 'ab' });
    expect(trimSpan(' \n ', 0, 3)).toBeNull();
  });
});
