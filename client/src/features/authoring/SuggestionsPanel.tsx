import { useState } from 'react';
import { ENTITY_TYPE_INFO, STANCE_OF_TYPE, type EntityType } from '@newsgraph/model';
import type { ApiError } from '../../api/http.ts';
import type { ArticleDocumentDto } from '../../api/types.ts';
import type { AuthoringApi } from './authoringApi.ts';
import { ChangeError } from './ChangeError.tsx';
import type { EntityProposal } from './entityProposals.ts';
import type { PickedEntity } from './EntityPicker.tsx';
import type { Prefill } from './prefill.ts';
import type { AnnotationKind } from './SelectionToolbar.tsx';
import type { TextSelection } from './selectionOffsets.ts';
import { SuggestionGroup, type SuggestionItem, type SuggestionStatus } from './SuggestionGroup.tsx';
import type { SuggestionMarks } from './suggestionMarks.ts';
import type { Suggestion } from './suggestions.ts';
import type { RelationshipProposal } from './useProposals.ts';
import { useChange, useReloadDocument } from './useAuthoring.ts';

interface SuggestionsPanelProps {
  api: AuthoringApi;
  document: ArticleDocumentDto;
  /** Known entities the text names. */
  suggestions: readonly Suggestion[];
  /** New entities (NLP) and relationships (verb patterns); null while they are worked out. */
  proposals: {
    entities: readonly EntityProposal[] | null;
    relationships: readonly RelationshipProposal[] | null;
    error: string | null;
  };
  /** Every entity a relationship proposal may name, by id. */
  entities: ReadonlyMap<string, PickedEntity>;
  marks: SuggestionMarks;
  onMark: (list: keyof SuggestionMarks, key: string, on: boolean) => void;
  /** Opens the form for a suggestion, filled in; nothing is sent until the person submits it. */
  onOpen: (kind: AnnotationKind, selection: TextSelection, prefill: Prefill) => void;
  onDone: (message: string) => void;
}

const typeLabel = (type: EntityType | null) => (type ? ENTITY_TYPE_INFO[type].label : 'node');

function statusOf(key: string, accepted: boolean, marks: SuggestionMarks): SuggestionStatus {
  if (accepted || marks.accepted.includes(key)) return 'accepted';
  return marks.dismissed.includes(key) ? 'dismissed' : 'suggested';
}

/**
 * Suggestions that save typing, never silent facts, in three groups:
 * known entities the text names (one click uses it here), new entities the
 * NLP found, and relationships a verb of the vocabulary suggests. The last
 * two open the usual form, filled in.
 */
export function SuggestionsPanel(props: SuggestionsPanelProps) {
  const { api, document, marks, entities, onOpen } = props;
  const change = useChange(document);
  const reload = useReloadDocument();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const takeKnown = async (key: string, suggestion: Suggestion) => {
    setBusy(key);
    const outcome = await change((id, version) =>
      api.edit(id, version, {
        kind: 'addAlias',
        entityId: suggestion.entityId,
        selection: { start: suggestion.start, end: suggestion.end, text: suggestion.surface },
      }),
    );
    setBusy(null);
    setError(outcome.ok ? null : outcome.error);
    if (outcome.ok) props.onDone(outcome.result.change.summary);
  };

  const known: SuggestionItem[] = props.suggestions.map((s) => {
    const key = `known:${s.entityId}:${s.surface}`;
    return {
      key,
      status: statusOf(key, s.accepted, marks),
      what: (
        <>
          “{s.surface}”{s.occurrences > 1 ? ` ×${String(s.occurrences)}` : ''} →{' '}
          <strong>{s.entityName}</strong> <span className="muted">({typeLabel(s.type)})</span>
        </>
      ),
      action: s.surface === s.entityName ? 'Use this entity' : 'Link as alias',
      actionName: `${s.surface} → ${s.entityName}`,
      onAccept: () => void takeKnown(key, s),
    };
  });

  const fresh: SuggestionItem[] = (props.proposals.entities ?? []).map((p) => ({
    key: p.key,
    status: statusOf(p.key, p.accepted, marks),
    what: (
      <>
        “{p.surface}”{p.occurrences > 1 ? ` ×${String(p.occurrences)}` : ''}{' '}
        <span className="muted">({p.type ? ENTITY_TYPE_INFO[p.type].label : 'type unknown'})</span>
      </>
    ),
    action: 'Create entity',
    actionName: p.surface,
    onAccept: () =>
      onOpen(
        'entity',
        { start: p.start, end: p.end, text: p.surface },
        { key: p.key, entityType: p.type },
      ),
  }));

  const nameOf = (id: string) => entities.get(id)?.name ?? id;
  const related: SuggestionItem[] = (props.proposals.relationships ?? []).flatMap((p) => {
    const from = entities.get(p.from);
    const to = entities.get(p.to);
    if (!from || !to) return [];
    const statement = `${nameOf(p.from)} — ${p.type} → ${nameOf(p.to)}`;
    const stance = STANCE_OF_TYPE[p.type] !== undefined;
    return [
      {
        key: p.key,
        status: statusOf(p.key, p.accepted, marks),
        what: (
          <>
            <strong>{statement}</strong>{' '}
            <span className="muted">
              (“{p.verb}”, sentence {String(p.sentence.index)}
              {stance ? '; a stance: pick its claim and speaker' : ''})
            </span>
          </>
        ),
        action: 'Create relationship',
        actionName: statement,
        onAccept: () =>
          onOpen(
            'relationship',
            { start: p.sentence.start, end: p.sentence.end, text: p.sentence.text },
            { key: p.key, relationship: { from, type: p.type, to } },
          ),
      },
    ];
  });

  const onDismiss = (key: string, on: boolean) => props.onMark('dismissed', key, on);
  const pending = (list: readonly unknown[] | null, what: string) =>
    list === null && props.proposals.error === null ? (
      <p className="muted" role="status">
        Looking for {what}…
      </p>
    ) : null;

  return (
    <section className="suggestions" aria-label="Suggestions">
      <h3>Suggestions</h3>
      <SuggestionGroup
        title="Known entities in this text"
        label="Suggested entities"
        testId="suggestion-counts"
        items={known}
        empty="The text names no entity the graph knows."
        busy={busy}
        onDismiss={onDismiss}
      />
      <SuggestionGroup
        title="New entities (names found in the text)"
        label="Proposed new entities"
        testId="entity-proposal-counts"
        items={fresh}
        empty={props.proposals.entities === null ? '' : 'No unknown name found.'}
        busy={busy}
        onDismiss={onDismiss}
      >
        {pending(props.proposals.entities, 'names')}
        {props.proposals.error ? (
          <p className="error" role="alert">
            Could not look for names: {props.proposals.error}
          </p>
        ) : null}
      </SuggestionGroup>
      <SuggestionGroup
        title="Relationships (verbs between two entities)"
        label="Proposed relationships"
        testId="relationship-proposal-counts"
        items={related}
        empty="No sentence puts a verb of the vocabulary between two known entities."
        busy={busy}
        onDismiss={onDismiss}
      />
      <ChangeError error={error} onReload={() => void reload(document.id)} />
    </section>
  );
}
