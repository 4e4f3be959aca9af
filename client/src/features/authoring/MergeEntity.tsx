/**
 * "Merge into…" in the details panel (authoring mode): pick the entity this
 * one is the same as, see what the merge would change (the articles it
 * rewrites, relationships combined, self-loops dropped, aliases gained),
 * confirm, and undo it as a whole. Its own chunk with the authoring mode.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ENTITY_TYPE_INFO, type EntityType } from '@newsgraph/model';
import { ApiError } from '../../api/http.ts';
import type { MergePlanDto, MergeResultDto } from '../../api/types.ts';
import { WRITE_TOKEN_KEY } from '../../app/useWriteToken.ts';
import { createAuthoringApi } from './authoringApi.ts';
import { ChangeError } from './ChangeError.tsx';
import { EntityPicker, type PickedEntity } from './EntityPicker.tsx';
import './authoring.css';

export interface MergeEntityProps {
  /** The entity selected on the canvas: the one merged away. */
  entity: { id: string; name: string; type: EntityType | null } | null;
  /** The last merge done here, kept while the selection moves on, for its undo. */
  lastMerge: MergeResultDto | null;
  onMerged: (result: MergeResultDto) => void;
  onUndone: (result: MergeResultDto) => void;
}

const typeLabel = (type: EntityType) => ENTITY_TYPE_INFO[type].label;

/** Relationships the merge folds or drops, each with the quotes it carries; nothing when empty. */
function StatementList(props: { title: string; label: string; items: MergePlanDto['selfLoops'] }) {
  if (props.items.length === 0) return null;
  return (
    <>
      <h4>{props.title}</h4>
      <ul aria-label={props.label}>
        {props.items.map((c) => (
          <li key={c.relationshipId}>
            {c.statement}: {c.quotes.map((q) => `“${q.quote}”`).join(', ')}
          </li>
        ))}
      </ul>
    </>
  );
}

function Plan({ plan }: { plan: MergePlanDto }) {
  return (
    <div className="merge-plan" data-testid="merge-plan">
      <p>
        <strong>{plan.from.name}</strong> becomes <strong>{plan.into.name}</strong> (
        {typeLabel(plan.type)}) in {plan.articles.length} article
        {plan.articles.length === 1 ? '' : 's'}:
      </p>
      <ul>
        {plan.articles.map((a) => (
          <li key={a.articleId}>
            {a.title} <span className="muted">({a.status})</span>: {a.relationshipsRewritten}{' '}
            relationship(s) rewritten
            {a.aliasesAdded.length > 0 ? `; new aliases: ${a.aliasesAdded.join(', ')}` : ''}
          </li>
        ))}
      </ul>
      <StatementList
        title="Relationships combined (their quotes move over)"
        label="Relationships combined"
        items={plan.combined}
      />
      <StatementList
        title="Dropped: they would point at the entity itself"
        label="Relationships dropped"
        items={plan.selfLoops}
      />
    </div>
  );
}

export default function MergeEntity({ entity, lastMerge, onMerged, onUndone }: MergeEntityProps) {
  const api = useMemo(
    () => createAuthoringApi('/api', () => sessionStorage.getItem(WRITE_TOKEN_KEY) ?? ''),
    [],
  );
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<PickedEntity | null>(null);
  const [type, setType] = useState<EntityType | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const request =
    entity && target ? { from: entity.id, into: target.id, ...(type ? { type } : {}) } : null;
  const preview = useQuery({
    queryKey: ['authoring', 'merge-preview', request],
    queryFn: ({ signal }) => api.previewMerge(request ?? { from: '', into: '' }, signal),
    enabled: request !== null,
    retry: false,
  });
  const previewError = preview.error instanceof ApiError ? preview.error : null;
  // The two types, kept one first, when they differ: the person says which the merged entity has.
  const differing =
    entity?.type && target?.type && entity.type !== target.type ? [target.type, entity.type] : null;

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setError(null);
      // Every cached answer may name the merged entity: read them again.
      await queryClient.invalidateQueries();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
    } finally {
      setBusy(false);
    }
  };
  const confirm = (plan: MergePlanDto) =>
    act(async () => {
      const expectedVersions = Object.fromEntries(
        plan.articles.map((a) => [a.articleId, a.version]),
      );
      const result = await api.merge({
        from: plan.from.id,
        into: plan.into.id,
        ...(type ? { type } : {}),
        expectedVersions,
      });
      setOpen(false);
      setTarget(null);
      onMerged(result);
    });
  const undo = (merged: MergeResultDto) =>
    act(async () => {
      await api.revertMerge(merged.mergeId);
      onUndone(merged);
    });

  // The form opens at the foot of a long details column: bring the plan and
  // its Confirm button into view, or a user on a short screen sees neither.
  const actions = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) actions.current?.scrollIntoView({ block: 'nearest' });
  }, [open, preview.data]);

  return (
    <section className="merge-entity" aria-label="Merge entities">
      {lastMerge ? (
        <p role="status" className="merge-done">
          Merged {lastMerge.from.name} into {lastMerge.into.name} in {lastMerge.articles.length}{' '}
          article(s); {lastMerge.combined.length} relationship(s) combined.{' '}
          <button type="button" disabled={busy} onClick={() => void undo(lastMerge)}>
            Undo merge
          </button>
        </p>
      ) : null}
      <ChangeError error={error} />
      {entity === null ? null : !open ? (
        <button type="button" onClick={() => setOpen(true)}>
          Merge into…
        </button>
      ) : (
        <div className="merge-form">
          <h3>Merge {entity.name} into another entity</h3>
          <EntityPicker
            label="Merge into"
            api={api}
            local={[]}
            value={target}
            onChange={(picked) => {
              setTarget(picked?.id === entity.id ? null : picked);
              setType(undefined);
            }}
          />
          {differing ? (
            <fieldset>
              <legend>The two have different types; the merged entity is a</legend>
              {differing.map((t) => (
                <label key={t}>
                  <input
                    type="radio"
                    name="merge-type"
                    checked={type === t}
                    onChange={() => setType(t)}
                  />{' '}
                  {typeLabel(t)}
                </label>
              ))}
            </fieldset>
          ) : null}
          {previewError && !(differing && type === undefined) ? (
            <ChangeError error={previewError} />
          ) : null}
          {preview.data ? <Plan plan={preview.data} /> : null}
          <div className="button-row" ref={actions}>
            <button
              type="button"
              disabled={busy || !preview.data}
              onClick={() => preview.data && void confirm(preview.data)}
            >
              Confirm merge
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
