/**
 * HTML to an article's plain text, done once at import: Readability
 * (Mozilla's reader view) finds the article in the page, over linkedom's DOM,
 * then each block (paragraph, heading, list item, quote) becomes one line,
 * with blank lines between, under a title line. The server fetches nothing:
 * it only reads the HTML it was sent. Scripts never run (linkedom has no
 * script engine).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DT',
  'DD',
  'TD',
  'TH',
]);

interface DomNode {
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** linkedom's parser, typed as far as this file uses it (its own types lean on DOM lib names). */
const parse = parseHTML as unknown as (html: string) => { document: { body: DomNode } };

const clean = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The text of each innermost block, in document order. */
function blocks(node: DomNode, out: string[]): void {
  const children = Array.from(node.childNodes);
  const hasBlockChild = children.some(
    (child) => BLOCKS.has(child.nodeName) || containsBlock(child),
  );
  if (BLOCKS.has(node.nodeName) && !hasBlockChild) {
    const text = clean(node.textContent ?? '');
    if (text !== '') out.push(text);
    return;
  }
  for (const child of children) blocks(child, out);
}

function containsBlock(node: DomNode): boolean {
  return Array.from(node.childNodes).some(
    (child) => BLOCKS.has(child.nodeName) || containsBlock(child),
  );
}

export interface HtmlText {
  /** The title line followed by one paragraph per line, blank lines between. */
  text: string;
  /** The title Readability found in the page, if any. */
  pageTitle: string | undefined;
}

/** Converts an HTML page or fragment; `title` becomes the first line. */
export function htmlToText(html: string, title: string): HtmlText {
  const { document } = parse(html);
  // linkedom's document stands in for the DOM type Readability declares (the server has no DOM lib).
  const article = new Readability(document as ConstructorParameters<typeof Readability>[0]).parse();
  const root = parse(`<!doctype html><html><body>${article?.content ?? html}</body></html>`)
    .document.body;
  const paragraphs: string[] = [];
  blocks(root, paragraphs);
  // A fragment without block elements is one paragraph of text.
  if (paragraphs.length === 0) {
    const text = clean(root.textContent ?? '');
    if (text !== '') paragraphs.push(text);
  }
  const body = paragraphs.filter((paragraph, i) => i > 0 || paragraph !== clean(title));
  return {
    text: `${clean(title)}\n\n${body.join('\n\n')}\n`,
    pageTitle: article?.title ?? undefined,
  };
}
