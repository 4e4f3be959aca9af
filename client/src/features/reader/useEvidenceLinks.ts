import { useCallback, useState } from 'react';
import type { SentenceDto } from '../../api/types.ts';
import type { EvidenceFocus } from '../details/evidence.ts';

/**
 * The two-way link between graph and article: a quote picked in the graph
 * focuses the reader on its span; a sentence picked in the reader marks the
 * relationships it supports on the canvas.
 */
export function useEvidenceLinks(
  edgesOnCanvas: Readonly<Record<string, unknown>>,
  say: (message: string) => void,
  onReaderNeeded: () => void,
) {
  const [focus, setFocus] = useState<EvidenceFocus | null>(null);
  const [evidenceIds, setEvidenceIds] = useState<string[]>([]);
  const [activeSentence, setActiveSentence] = useState<number | null>(null);

  const onEvidence = useCallback(
    (next: EvidenceFocus, relationshipId: string) => {
      setFocus(next);
      setActiveSentence(next.sentenceIndex);
      setEvidenceIds([relationshipId]);
      onReaderNeeded();
    },
    [onReaderNeeded],
  );

  const onSentence = useCallback(
    (sentence: SentenceDto) => {
      setActiveSentence(sentence.index);
      setFocus(null);
      setEvidenceIds(sentence.relationshipIds);
      const total = sentence.relationshipIds.length;
      const missing = sentence.relationshipIds.filter((id) => !(id in edgesOnCanvas)).length;
      say(
        `Sentence ${String(sentence.index + 1)} supports ${String(total)} relationships` +
          (missing > 0
            ? ` (${String(missing)} not on the canvas).`
            : ', highlighted on the canvas.'),
      );
    },
    [edgesOnCanvas, say],
  );

  return { focus, evidenceIds, activeSentence, onEvidence, onSentence };
}
