/// <reference lib="dom" />
/**
 * Driving authoring mode as a person does: selecting words of the article
 * with a real mouse drag (never typed offsets), choosing from the floating
 * toolbar, picking entities by typing a name, and reading the server's
 * state through the authoring API to check what the clicks did.
 */
import type { Locator, Page } from 'playwright-core';
import type { ArticleDocumentDto, ArticleHistoryDto } from '@newsgraph/model';
import { requestJson, type JsonResponse } from '../../support/http.ts';

/** Drags the mouse over the `occurrence`-th appearance of `phrase` in the annotated text. */
export async function selectWithMouse(page: Page, phrase: string, occurrence = 1): Promise<void> {
  const points = await page.evaluate(
    ({ phrase, occurrence }) => {
      const root = document.querySelector('[data-testid="annotated-text"]');
      if (!root) throw new Error('no annotated text on the page');
      // The drawn text, node by node (lines are separate blocks, so a phrase stays in one line).
      const nodes: { node: Text; from: number }[] = [];
      let drawn = '';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        nodes.push({ node: n as Text, from: drawn.length });
        drawn += (n as Text).data;
      }
      let at = -1;
      for (let k = 0; k < occurrence; k += 1) at = drawn.indexOf(phrase, at + 1);
      if (at < 0) throw new Error(`"${phrase}" is not drawn ${String(occurrence)} time(s)`);
      const locate = (index: number) => {
        const hit = [...nodes].reverse().find((entry) => entry.from <= index);
        if (!hit) throw new Error('offset before the first text node');
        return { node: hit.node, offset: index - hit.from };
      };
      const first = locate(at);
      const last = locate(at + phrase.length - 1);
      first.node.parentElement?.scrollIntoView({ block: 'center' });
      const rectOf = (p: { node: Text; offset: number }) => {
        const range = document.createRange();
        range.setStart(p.node, p.offset);
        range.setEnd(p.node, p.offset + 1);
        return range.getBoundingClientRect();
      };
      const a = rectOf(first);
      const b = rectOf(last);
      return {
        from: { x: a.left + 1, y: a.top + a.height / 2 },
        to: { x: b.right - 1, y: b.top + b.height / 2 },
      };
    },
    { phrase, occurrence },
  );
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move(points.to.x, points.to.y, { steps: 8 });
  await page.mouse.up();
}

/** Selects `phrase`, picks `action` in the toolbar, and returns the form that opens. */
export async function annotate(
  page: Page,
  phrase: string,
  action: 'Entity' | 'Relationship' | 'Quote for…' | 'Claim',
  formName: string,
  occurrence = 1,
): Promise<Locator> {
  await selectWithMouse(page, phrase, occurrence);
  await page
    .getByRole('toolbar', { name: 'Annotate the selection' })
    .getByRole('button', { name: action, exact: true })
    .click();
  const form = page.getByRole('form', { name: formName });
  await form.waitFor();
  return form;
}

/** Types into a picker and chooses the option that starts with `option`. */
export async function pick(
  form: Locator,
  label: string,
  query: string,
  option: string,
): Promise<void> {
  await form.getByRole('searchbox', { name: label, exact: true }).fill(query);
  await form
    .getByRole('list', { name: `${label}: matches` })
    .getByRole('button', {
      name: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`),
    })
    .first()
    .click();
  await form.getByRole('group', { name: label }).waitFor();
}

export class AuthoringServer {
  constructor(
    readonly url: string,
    readonly token: string,
  ) {}

  private get<T>(path: string): Promise<JsonResponse<T>> {
    return requestJson<T>(`${this.url}${path}`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
  }

  async document(id: string): Promise<ArticleDocumentDto> {
    const { status, body } = await this.get<ArticleDocumentDto>(`/api/articles/${id}/document`);
    if (status !== 200) throw new Error(`document ${id}: ${String(status)}`);
    return body;
  }

  async history(id: string): Promise<ArticleHistoryDto> {
    return (await this.get<ArticleHistoryDto>(`/api/articles/${id}/history`)).body;
  }

  /** The shared (published) graph's view of a relationship: 404 when it is not there. */
  relationship(id: string) {
    return this.get<{ edge: { evidence: { articleId: string; quote: string }[] } }>(
      `/api/relationships/${id}`,
    );
  }

  /** An edit made by someone else, straight through the API, behind the page's back. */
  async edit(id: string, expectedVersion: number, edit: object): Promise<number> {
    const { status } = await requestJson(`${this.url}/api/articles/${id}/edits`, {
      body: { expectedVersion, edit },
      headers: { authorization: `Bearer ${this.token}` },
    });
    return status;
  }

  async documentIds(): Promise<{ id: string; outlet: string }[]> {
    return (await this.get<{ id: string; outlet: string }[]>('/api/authoring/articles')).body;
  }
}

/** The follow-up's relationships the journey creates: the quote to select, then the form's fields. */
export const FOLLOW_UP_RELATIONSHIPS: {
  quote: string;
  from: [string, string];
  type: string;
  to: [string, string];
  speaker?: [string, string];
  date?: string;
  scope?: string;
}[] = [
  {
    quote:
      'Shou Zi Chew, the chief executive of TikTok, was questioned for about five hours by the House Energy and Commerce Committee',
    from: ['Shou Zi', 'Shou Zi Chew'],
    type: 'TESTIFIED_BEFORE',
    to: ['Energy and Commerce', 'House Energy and Commerce Committee'],
    date: '2023-03-23',
  },
  {
    quote: "The committee's chair, Cathy McMorris Rodgers",
    from: ['McMorris', 'Cathy McMorris Rodgers'],
    type: 'PART_OF',
    to: ['Energy and Commerce', 'House Energy and Commerce Committee'],
  },
  {
    quote:
      'Chew denied that TikTok had ever shared the data of American users with the Chinese government',
    from: ['Shou Zi', 'Shou Zi Chew'],
    type: 'DENIES',
    to: [
      'gives Chinese authorities',
      'TikTok gives Chinese authorities access to data from its users around the world',
    ],
    speaker: ['Shou Zi', 'Shou Zi Chew'],
  },
  {
    quote:
      'the French government banned recreational apps such as TikTok from the work phones of civil servants',
    from: ['Government of France', 'Government of France'],
    type: 'BANS',
    to: ['TikTok', 'TikTok'],
    date: '2023-03-24',
    scope: 'work phones of civil servants',
  },
  {
    quote: "TikTok would be removed from devices with access to its parliament's network",
    from: ['New Zealand', 'New Zealand'],
    type: 'BANS',
    to: ['TikTok', 'TikTok'],
    scope: "devices with access to the parliament's network",
  },
];
