import type { NodeDetailsDto } from '../../api/types.ts';
import { evidenceFocus, type EvidenceFocus } from './evidence.ts';

interface EntityArticlesProps {
  articles: NodeDetailsDto['articles'];
  onEvidence: (focus: EvidenceFocus, relationshipId: string) => void;
}

const quotes = (count: number): string => `${String(count)} ${count === 1 ? 'quote' : 'quotes'}`;

/**
 * The articles that name an entity, newest first, with how many quotes each
 * gives its relationships; a click opens the reader at the first of them.
 * It is how a story's entity is followed from one article to the next.
 */
export function EntityArticles({ articles, onEvidence }: EntityArticlesProps) {
  if (articles.length === 0) return null;
  return (
    <>
      <h3>Articles ({articles.length})</h3>
      <ul className="plain" data-testid="entity-articles">
        {articles.map(({ articleId, title, publishedAt, evidenceCount, firstEvidence }) => (
          <li key={articleId}>
            {firstEvidence === null ? (
              <span>
                {publishedAt} · {title}
              </span>
            ) : (
              <button
                type="button"
                className="link"
                title="Open the article at its first quote on this entity"
                onClick={() =>
                  onEvidence(evidenceFocus(firstEvidence), firstEvidence.relationshipId)
                }
              >
                {publishedAt} · {title}
              </button>
            )}{' '}
            <span className="muted">({quotes(evidenceCount)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
