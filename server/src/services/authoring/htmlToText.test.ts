import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText.ts';
import { slugify } from './slug.ts';

describe('htmlToText', () => {
  it('keeps one line per block under the title, and drops what is not the article', () => {
    const html = `<html><body><nav>Home | World</nav><main><article>
      <h1>The title</h1><p>First   paragraph,
      long enough for a reader view to keep it as article text rather than chrome.</p>
      <blockquote><p>A quoted line that the article carries.</p></blockquote>
      </article></main><footer>© Site</footer><script>var x = 1;</script></body></html>`;
    expect(htmlToText(html, 'The title').text).toBe(
      'The title\n\nFirst paragraph, long enough for a reader view to keep it as article text rather than chrome.\n\nA quoted line that the article carries.\n',
    );
  });

  it('turns a fragment without blocks into one paragraph', () => {
    expect(htmlToText('Just <i>some</i> text', 'T').text).toBe('T\n\nJust some text\n');
  });
});

describe('slugify', () => {
  it('makes seed-format ids from names, cut at a word', () => {
    expect(slugify('Shou Zi Chew')).toBe('shou-zi-chew');
    expect(slugify('Ministère des Affaires étrangères', 20)).toBe('ministere-des');
    expect(slugify('  ¿?  ')).toBe('item');
    expect(slugify('Supercalifragilistic', 5)).toBe('super');
  });
});
