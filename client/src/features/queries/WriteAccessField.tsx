import { useState } from 'react';
import { useAccess } from '../../state/AccessContext.tsx';

/**
 * The write token for saved-query edits (and ad-hoc Cypher where the server
 * keeps it for token holders). Shown under the query list and under the edit
 * form alike; open from the start when something here needs a token and none
 * has been typed, since the disabled buttons point to it.
 */
export function WriteAccessField({
  token,
  onTokenChange,
}: {
  token: string;
  onTokenChange: (token: string) => void;
}) {
  const { editQueries, adhocCypher } = useAccess();
  const needed = !editQueries.allowed || !adhocCypher.allowed;
  // Follows `needed` until the user opens or closes it; then their choice stands.
  const [chosen, setChosen] = useState<boolean | null>(null);
  return (
    <details
      className="token"
      open={chosen ?? needed}
      onToggle={(event) => setChosen(event.currentTarget.open)}
    >
      <summary>Write access</summary>
      <label>
        Token for saving queries and editing articles (kept for this tab only, never in links)
        <input
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => onTokenChange(e.target.value)}
        />
      </label>
    </details>
  );
}
