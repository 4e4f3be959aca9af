import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleDocumentDto, ArticleDocumentSummaryDto } from '../../api/types.ts';
import { WRITE_TOKEN_KEY } from '../../app/useWriteToken.ts';
import type { EvidenceFocus } from '../details/evidence.ts';
import { AnnotatedText } from './AnnotatedText.tsx';
import { AnnotationForm } from './AnnotationForm.tsx';
import { ArticleRelationships } from './ArticleRelationships.tsx';
import { createAuthoringApi } from './authoringApi.ts';
import { ArticleBar } from './ArticleBar.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import type { PickedEntity } from './EntityPicker.tsx';
import type { Prefill } from './prefill.ts';
import { SelectionToolbar, type AnnotationKind } from './SelectionToolbar.tsx';
import type { TextSelection } from './selectionOffsets.ts';
import { ArticleSuggestions } from './ArticleSuggestions.tsx';
import { useSuggestionMarks } from './suggestionMarks.ts';
import { mentionMarks, mergeKnown, suggestMentions, type KnownEntity } from './suggestions.ts';
import { authoringKeys, useDocument, useDocuments, useKnownEntities } from './useAuthoring.ts';
import './authoring.css';

/** A document's entry in the article list: its summary fields only. */
function summaryOf(article: ArticleDocumentDto): ArticleDocumentSummaryDto {
  const { id, title, outlet, publishedAt, language, url, status, version } = article;
  const { editedInApp, updatedAt, updatedBy } = article;
  const summary = { id, title, outlet, publishedAt, language, status, version };
  return { ...summary, editedInApp, updatedAt, updatedBy, ...(url === undefined ? {} : { url }) };
}

interface AuthoringWorkspaceProps {
  focus: EvidenceFocus | null;
  onEvidence: (focus: EvidenceFocus, relationshipId: string) => void;
}

/**
 * Authoring mode, in the reader's place: import an article, annotate it by
 * selecting its words, accept suggestions, publish, and undo through the
 * history. Loaded only when a writer opens it (its own chunk).
 */
export default function AuthoringWorkspace({ focus, onEvidence }: AuthoringWorkspaceProps) {
  const api = useMemo(
    () => createAuthoringApi('/api', () => sessionStorage.getItem(WRITE_TOKEN_KEY) ?? ''),
    [],
  );
  const client = useQueryClient();
  const documents = useDocuments(api);
  const [chosen, setChosen] = useState<string | null>(null);
  const articleId = chosen ?? documents.data?.[0]?.id ?? null;
  const document = useDocument(api, articleId);
  const marks = useSuggestionMarks(articleId ?? '');
  const known = useKnownEntities(api);
  const [importing, setImporting] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [notice, setNotice] = useState('');
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [toolbarAt, setToolbarAt] = useState<{ top: number; left: number } | null>(null);
  const [form, setForm] = useState<{
    kind: AnnotationKind;
    selection: TextSelection;
    prefill?: Prefill;
  } | null>(null);
  const boxRef = useRef<HTMLDivElement | null>(null);
  const formRef = useRef<HTMLDivElement | null>(null);

  const doc = document.data ?? null;
  const graph = useMemo<KnownEntity[] | null>(
    () => (known.data ? known.data.nodes.map((n) => ({ ...n, type: n.type })) : null),
    [known.data],
  );
  const { mentions, suggestions, entityIndex } = useMemo(() => {
    if (!doc)
      return { mentions: [], suggestions: [], entityIndex: new Map<string, PickedEntity>() };
    const all = mergeKnown(graph ?? [], doc.entities);
    return {
      mentions: mentionMarks(doc.text, all, doc.entities),
      suggestions: suggestMentions(doc.text, all, doc.entities),
      entityIndex: new Map(all.map((e) => [e.id, { id: e.id, name: e.name, type: e.type }])),
    };
  }, [doc, graph]);

  // A form opened from a suggestion sits above the list: bring it into view.
  useEffect(() => {
    if (form?.prefill) formRef.current?.scrollIntoView({ block: 'nearest' });
  }, [form]);

  const onSelect = (picked: TextSelection | null, rect: DOMRect | null) => {
    setSelection(picked);
    const box = boxRef.current?.getBoundingClientRect();
    setToolbarAt(
      picked && rect && box
        ? {
            top: rect.bottom - box.top + (boxRef.current?.scrollTop ?? 0) + 4,
            left: Math.max(0, rect.left - box.left),
          }
        : null,
    );
  };

  const onImported = (article: ArticleDocumentDto) => {
    client.setQueryData(authoringKeys.document(article.id), article);
    // Listed at once: until the list is fetched again, the article picker had no option for
    // the draft that is open, and showed the first article's title above the draft's text.
    client.setQueryData<ArticleDocumentSummaryDto[]>(authoringKeys.documents, (listed) =>
      listed && !listed.some((each) => each.id === article.id)
        ? [...listed, summaryOf(article)]
        : listed,
    );
    void client.invalidateQueries({ queryKey: authoringKeys.documents });
    setChosen(article.id);
    setImporting(false);
    setForm(null);
    setNotice(`Imported “${article.title}” as a draft (version ${String(article.version)}).`);
  };

  const done = (message: string) => {
    if (form?.prefill) marks.change('accepted', form.prefill.key, true);
    setForm(null);
    setSelection(null);
    setNotice(message);
  };

  return (
    <div className="authoring" ref={boxRef} data-testid="authoring">
      <ArticleBar
        api={api}
        documents={documents.data ?? []}
        document={doc}
        articleId={articleId}
        onChoose={(id) => {
          setChosen(id);
          setForm(null);
          setSelection(null);
        }}
        onImport={() => setImporting(true)}
        showHistory={showHistory}
        onToggleHistory={() => setShowHistory(!showHistory)}
        onDone={done}
      />
      <p className="muted authoring-notice" role="status" aria-live="polite">
        {notice}
      </p>
      {documents.isError ? <p className="error">{documents.error.message}</p> : null}
      {document.isError ? <p className="error">{document.error.message}</p> : null}
      {doc ? (
        <>
          {showHistory ? <HistoryPanel api={api} document={doc} onDone={done} /> : null}
          <AnnotatedText document={doc} mentions={mentions} focus={focus} onSelect={onSelect} />
          {selection && toolbarAt && form === null ? (
            <SelectionToolbar
              selection={selection}
              position={toolbarAt}
              onChoose={(kind) => {
                setForm({ kind, selection });
                setToolbarAt(null);
              }}
              onDismiss={() => setToolbarAt(null)}
            />
          ) : null}
          {form ? (
            <div ref={formRef}>
              <AnnotationForm
                key={`${form.kind}:${String(form.selection.start)}:${String(form.selection.end)}:${form.prefill?.key ?? ''}`}
                api={api}
                kind={form.kind}
                document={doc}
                selection={form.selection}
                prefill={form.prefill}
                onDone={done}
                onCancel={() => setForm(null)}
              />
            </div>
          ) : null}
          <ArticleSuggestions
            api={api}
            document={doc}
            graph={graph}
            suggestions={suggestions}
            entities={entityIndex}
            marks={marks.marks}
            onMark={marks.change}
            onOpen={(kind, picked, prefill) => {
              setSelection(null);
              setForm({ kind, selection: picked, prefill });
            }}
            onDone={done}
          />
          <ArticleRelationships document={doc} onEvidence={onEvidence} />
        </>
      ) : (
        <p className="muted">
          {articleId === null ? 'No article yet: import one.' : 'Loading the article…'}
        </p>
      )}
      {importing ? (
        <ImportDialog api={api} onImported={onImported} onClose={() => setImporting(false)} />
      ) : null}
    </div>
  );
}
