/**
 * The write token for saved-query edits. Shown under the query list and under
 * the edit form alike, because a refused save tells the user to enter it "below".
 */
export function WriteAccessField({
  token,
  onTokenChange,
}: {
  token: string;
  onTokenChange: (token: string) => void;
}) {
  return (
    <details className="token">
      <summary>Write access</summary>
      <label>
        Token for saving queries (kept for this tab only, never in links)
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
