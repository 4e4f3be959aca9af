import { useEffect, useRef, useState } from 'react';
import { useArticle, useArticles } from '../../api/resources.ts';
import type { SentenceDto } from '../../api/types.ts';
import type { EvidenceFocus } from '../details/evidence.ts';
import { ReplayControls } from './ReplayControls.tsx';
import { articleSourceText } from '../../domain/articleSource.ts';

interface ArticleReaderProps {
  focus: EvidenceFocus | null;
  replayUntil: number | null;
  onReplayChange: (until: number | null) => void;
  /** A sentence was activated: highlight what it supports. */
  onSentence: (sentence: SentenceDto) => void;
  activeSentence: number | null;
}

function SentenceText({ sentence, focus }: { sentence: SentenceDto; focus: EvidenceFocus | null }) {
  if (focus?.sentenceIndex !== sentence.index) return <>{sentence.text}</>;
  const from = Math.max(0, focus.start - sentence.start);
  const to = Math.min(sentence.text.length, focus.end - sentence.start);
  return (
    <>
      {sentence.text.slice(0, from)}
      <mark className="evidence-mark">{sentence.text.slice(from, to)}</mark>
      {sentence.text.slice(to)}
    </>
  );
}

/** The source article, sentence by sentence. Sentences that support relationships are links to the graph. */
export function ArticleReader({
  focus,
  replayUntil,
  onReplayChange,
  onSentence,
  activeSentence,
}: ArticleReaderProps) {
  const list = useArticles();
  const [chosen, setChosen] = useState<string | null>(null);
  const firstId = list.status === 'ready' ? (list.data[0]?.id ?? null) : null;
  const articleId = focus?.articleId ?? chosen ?? firstId;
  const article = useArticle(articleId);
  const bodyRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (!focus || article.status !== 'ready') return;
    const body = bodyRef.current;
    const target = body?.querySelector<HTMLElement>(
      `[data-sentence="${String(focus.sentenceIndex)}"]`,
    );
    if (!body || !target) return;
    // Scroll the reader only: scrollIntoView would also scroll the column and hide the details.
    const top = target.offsetTop - body.clientHeight / 2 + target.offsetHeight / 2;
    body.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  }, [focus, article.status]);

  if (list.status === 'error')
    return (
      <p className="error" role="alert">
        {list.message}
      </p>
    );
  if (article.status === 'error')
    return (
      <p className="error" role="alert">
        {article.message}
      </p>
    );
  if (article.status !== 'ready') return <p className="muted">Loading the article…</p>;
  const { title, provenance, sentences } = article.data;

  return (
    <div className="reader">
      {list.status === 'ready' && list.data.length > 1 ? (
        <label>
          Article{' '}
          <select value={articleId ?? ''} onChange={(event) => setChosen(event.target.value)}>
            {list.data.map((a) => (
              <option key={a.id} value={a.id}>
                {a.publishedAt.slice(0, 10)} · {a.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <ReplayControls
        sentenceCount={sentences.length}
        until={replayUntil}
        onChange={onReplayChange}
      />
      <div className="reader-body" ref={bodyRef} data-testid="reader">
        <h2>{title}</h2>
        <p className="muted" data-testid="article-source" title={provenance?.note}>
          {articleSourceText(article.data)}
        </p>
        <p>
          {sentences.map((sentence) => {
            const linked = sentence.relationshipIds.length > 0;
            const classes = [
              'sentence',
              linked ? 'linked' : '',
              activeSentence === sentence.index ? 'active' : '',
              replayUntil !== null && sentence.index > replayUntil ? 'future' : '',
            ].join(' ');
            return (
              <span key={sentence.index}>
                <span
                  className={classes}
                  data-sentence={sentence.index}
                  role={linked ? 'button' : undefined}
                  tabIndex={linked ? 0 : undefined}
                  title={
                    linked
                      ? `Show the ${String(sentence.relationshipIds.length)} relationships this sentence supports`
                      : undefined
                  }
                  onClick={linked ? () => onSentence(sentence) : undefined}
                  onKeyDown={
                    linked
                      ? (event) => {
                          if (event.key === 'Enter' || event.key === ' ') {
                            event.preventDefault();
                            onSentence(sentence);
                          }
                        }
                      : undefined
                  }
                >
                  <SentenceText sentence={sentence} focus={focus} />
                </span>{' '}
              </span>
            );
          })}
        </p>
      </div>
    </div>
  );
}
