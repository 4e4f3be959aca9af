import { useNodeDetails } from '../../api/resources.ts';
import type { RelationshipDto, EntityDto } from '../../api/types.ts';
import { displayName, entityTypeOf, relationshipLabel } from '../../domain/entities.ts';
import { EXPAND_LIMITS } from '../../state/useExplorer.ts';
import type { NodeCommands } from '../../state/useNodeCommands.ts';
import { EntityArticles } from './EntityArticles.tsx';
import { evidenceFocus, type EvidenceFocus } from './evidence.ts';
import { PropertyList } from './PropertyList.tsx';
import { ResourcePending } from '../../ui/ResourcePending.tsx';

interface NodeDetailsProps {
  nodeId: string;
  pinned: boolean;
  /** Relationships of this node that are on the canvas, with the node at their other end. */
  onCanvas: { edge: RelationshipDto; other: EntityDto }[];
  commands: NodeCommands;
  onSelect: (id: string) => void;
  onSelectRelationship: (id: string) => void;
  onEvidence: (focus: EvidenceFocus, relationshipId: string) => void;
  expandLimit: number;
  onExpandLimitChange: (limit: number) => void;
}

/** One entity: what it is, what supports it, and buttons for everything the canvas can do with it. */
export function NodeDetails({
  nodeId,
  pinned,
  onCanvas,
  commands,
  onSelect,
  onSelectRelationship,
  onEvidence,
  expandLimit,
  onExpandLimitChange,
}: NodeDetailsProps) {
  const details = useNodeDetails(nodeId);
  if (details.status !== 'ready') return <ResourcePending resource={details} />;
  const { node, neighbourCounts } = details.data;
  // One quote can support several relationships; list each passage once.
  const evidence = details.data.evidence.filter(
    (e, index, all) =>
      all.findIndex((other) => other.start === e.start && other.end === e.end) === index,
  );
  const { description, aliases } = node;
  return (
    <div className="details" data-testid="node-details">
      <h2>{displayName(node)}</h2>
      <p className="muted">{entityTypeOf(node)}</p>
      {description === null ? null : <p>{description}</p>}
      {aliases.length > 0 ? <p>Also called: {aliases.join(', ')}</p> : null}
      <div className="button-row">
        <button type="button" onClick={() => commands.expand()}>
          Expand
        </button>
        <label className="small-text">
          Neighbours per expansion{' '}
          <select value={expandLimit} onChange={(e) => onExpandLimitChange(Number(e.target.value))}>
            {EXPAND_LIMITS.map((limit) => (
              <option key={limit} value={limit}>
                {limit}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={commands.collapse}>
          Collapse
        </button>
        <button type="button" onClick={commands.togglePin} aria-pressed={pinned}>
          {pinned ? 'Unpin' : 'Pin'}
        </button>
        <button type="button" onClick={commands.hide}>
          Hide
        </button>
        <button type="button" onClick={commands.remove}>
          Remove
        </button>
      </div>
      <h3>Relationships by type</h3>
      <ul className="plain">
        {neighbourCounts.map(({ type, direction, count }) => (
          <li key={`${type}-${direction}`}>
            <button
              type="button"
              className="link"
              onClick={() => commands.expand({ relationshipType: type, direction })}
              aria-label={`Expand ${String(count)} ${direction === 'out' ? 'outgoing' : 'incoming'} ${type}`}
            >
              {direction === 'out' ? '→' : '←'} {relationshipLabel(type)} ({count})
            </button>
          </li>
        ))}
      </ul>
      {onCanvas.length > 0 ? (
        <>
          <h3>Neighbours on the canvas</h3>
          <ul className="plain">
            {onCanvas.map(({ edge, other }) => (
              <li key={edge.id}>
                <button
                  type="button"
                  className="link"
                  onClick={() => onSelectRelationship(edge.id)}
                  title="Show this relationship and its evidence"
                >
                  {edge.source === nodeId ? '→' : '←'} {relationshipLabel(edge.type)}
                </button>
                {': '}
                <button type="button" className="link" onClick={() => onSelect(other.id)}>
                  {displayName(other)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <EntityArticles articles={details.data.articles} onEvidence={onEvidence} />
      <PropertyList fields={{ id: node.id, type: node.type }} attributes={node.attributes} />
      {evidence.length > 0 ? (
        <>
          <h3>Evidence</h3>
          <ul className="quotes">
            {evidence.map((e) => (
              <li key={`${e.relationshipId}-${String(e.start)}`}>
                <button
                  type="button"
                  className="quote"
                  onClick={() => onEvidence(evidenceFocus(e), e.relationshipId)}
                >
                  “{e.quote}”
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
