/** The first Tab stop of the page: straight to `targetId`, past the header's and panels' controls. */
export function SkipLink({ targetId, label }: { targetId: string; label: string }) {
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        // Focus explicitly: following the fragment alone would only scroll there.
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      {label}
    </a>
  );
}
