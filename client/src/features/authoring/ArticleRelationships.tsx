import type { ArticleDocumentDto } from '../../api/types.ts';
import { evidenceFocus, type EvidenceFocus } from '../details/evidence.ts';

/** This article's relationships with their quotes here; a click shows the quote in the text. */
export function ArticleRelationships({
  document,
  onEvidence,
}: {
  document: ArticleDocumentDto;
  onEvidence: (focus: EvidenceFocus, relationshipId: string) => void;
}) {
  const names = new Map(document.entities.map((e) => [e.id, e.name]));
  const name = (id: string) => names.get(id) ?? id;
  return (
    <section className="article-relationships" aria-label="Relationships in this article">
      <h3>Relationships in this article ({document.relationships.length})</h3>
      <ul>
        {document.relationships.map((r) =>
          r.evidence.map((e) => (
            <li key={`${r.id}:${String(e.start)}`}>
              <button
                type="button"
                className="quote"
                data-relationship={r.id}
                onClick={() =>
                  onEvidence(
                    evidenceFocus({
                      articleId: document.id,
                      sentenceIndex: e.sentenceIndex,
                      start: e.start,
                      end: e.end,
                    }),
                    r.id,
                  )
                }
              >
                <span className="relationship-label">
                  {name(r.from)} <code>{r.type}</code> {name(r.to)}
                  {r.speaker ? ` (speaker: ${name(r.speaker)})` : ''}
                </span>
                <span className="muted"> “{e.quote}”</span>
              </button>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
