import { useEffect } from 'react';
import { useRelationshipDetails } from '../../api/resources.ts';
import { displayName, relationshipLabel } from '../../domain/entities.ts';
import { evidenceFocus, type EvidenceFocus } from './evidence.ts';
import { PropertyList } from './PropertyList.tsx';
import { ResourcePending } from '../../ui/ResourcePending.tsx';

interface EdgeDetailsProps {
  edgeId: string;
  onSelect: (id: string) => void;
  onEvidence: (focus: EvidenceFocus, relationshipId: string) => void;
}

/** One relationship: its endpoints, stance and every quote that supports it. */
export function EdgeDetails({ edgeId, onSelect, onEvidence }: EdgeDetailsProps) {
  const details = useRelationshipDetails(edgeId);
  const first = details.status === 'ready' ? details.data.evidence[0] : undefined;

  // Selecting a relationship opens the reader at its first quote straight away.
  useEffect(() => {
    if (first) onEvidence(evidenceFocus(first), edgeId);
  }, [first, edgeId, onEvidence]);

  if (details.status !== 'ready') return <ResourcePending resource={details} />;
  const { edge, source, target, evidence } = details.data;
  const stance = edge.properties.stance;
  return (
    <div className="details" data-testid="edge-details">
      <h2>
        <button type="button" className="link" onClick={() => onSelect(source.id)}>
          {displayName(source)}
        </button>{' '}
        <span className="rel">{relationshipLabel(edge.type)}</span>{' '}
        <button type="button" className="link" onClick={() => onSelect(target.id)}>
          {displayName(target)}
        </button>
      </h2>
      <p className="muted">
        {edge.properties.attribution === 'attributed' ? 'Attributed claim' : 'Narrated fact'}
        {typeof stance === 'string' ? ` · ${stance}` : ''}
      </p>
      <h3>Evidence</h3>
      <ul className="quotes">
        {evidence.map((e) => (
          <li key={`${e.articleId}-${String(e.start)}`}>
            <button
              type="button"
              className="quote"
              onClick={() => onEvidence(evidenceFocus(e), edgeId)}
            >
              “{e.quote}”
            </button>
          </li>
        ))}
      </ul>
      <PropertyList properties={edge.properties} />
    </div>
  );
}
