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
  const first = details.status === 'ready' ? details.data.edge.evidence[0] : undefined;

  // Selecting a relationship opens the reader at its first quote straight away.
  useEffect(() => {
    if (first) onEvidence(evidenceFocus(first), edgeId);
  }, [first, edgeId, onEvidence]);

  if (details.status !== 'ready') return <ResourcePending resource={details} />;
  const { edge, source, target } = details.data;
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
        {edge.attribution === 'attributed' ? 'Attributed claim' : 'Narrated fact'}
        {edge.stance === null ? '' : ` · ${edge.stance}`}
        {edge.inference === null ? '' : ' · inferred, not stated'}
      </p>
      {edge.inference === null ? null : (
        <p className="inference" data-testid="inference-note">
          <strong>Inferred:</strong> {edge.inference}
        </p>
      )}
      <h3>Evidence</h3>
      <ul className="quotes">
        {edge.evidence.map((e) => (
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
      <PropertyList
        fields={{
          id: edge.id,
          attribution: edge.attribution,
          stance: edge.stance,
          speaker: edge.speaker,
          date: edge.date,
          scope: edge.scope,
        }}
        attributes={edge.attributes}
      />
    </div>
  );
}
