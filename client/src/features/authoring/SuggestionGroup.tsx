import type { ReactNode } from 'react';

export type SuggestionStatus = 'suggested' | 'accepted' | 'dismissed';

/** One line of a group: what is proposed, and the one click that takes it up. */
export interface SuggestionItem {
  key: string;
  status: SuggestionStatus;
  what: ReactNode;
  /** Visible text of the accept button, and its accessible name (says what it is about). */
  action: string;
  actionName: string;
  onAccept: () => void;
}

interface SuggestionGroupProps {
  title: string;
  /** The region's accessible name. */
  label: string;
  testId: string;
  items: readonly SuggestionItem[];
  empty: string;
  busy: string | null;
  onDismiss: (key: string, dismissed: boolean) => void;
  children?: ReactNode;
}

/** "12 suggested · 4 accepted", with the dismissed ones only when there are some. */
export function countsText(items: readonly { status: SuggestionStatus }[]): string {
  const of = (status: SuggestionStatus) => items.filter((i) => i.status === status).length;
  const dismissed = of('dismissed');
  return `${String(items.length)} suggested · ${String(of('accepted'))} accepted${
    dismissed > 0 ? ` · ${String(dismissed)} dismissed` : ''
  }`;
}

/**
 * A group of suggestions of one kind, each marked suggested, accepted or
 * dismissed. Accepted and dismissed ones stay listed, so what was proposed
 * and what was taken can be told apart; a dismissal can be undone.
 */
export function SuggestionGroup(props: SuggestionGroupProps) {
  return (
    <section className="suggestion-group" aria-label={props.label}>
      <h4>
        {props.title}{' '}
        <span className="muted" data-testid={props.testId}>
          {countsText(props.items)}
        </span>
      </h4>
      {props.children}
      {props.items.length === 0 && props.empty !== '' ? (
        <p className="muted">{props.empty}</p>
      ) : null}
      <ul>
        {props.items.map((item) => (
          <li key={item.key} className={item.status} data-status={item.status}>
            <span>{item.what}</span>
            {item.status === 'accepted' ? (
              <span className="accepted-mark">accepted ✓</span>
            ) : item.status === 'dismissed' ? (
              <span className="suggestion-actions">
                <span className="muted">dismissed</span>
                <button
                  type="button"
                  aria-label={`Restore: ${item.actionName}`}
                  onClick={() => props.onDismiss(item.key, false)}
                >
                  Restore
                </button>
              </span>
            ) : (
              <span className="suggestion-actions">
                <button
                  type="button"
                  disabled={props.busy !== null}
                  aria-label={`${item.action}: ${item.actionName}`}
                  onClick={item.onAccept}
                >
                  {props.busy === item.key ? 'Saving…' : item.action}
                </button>
                <button
                  type="button"
                  className="dismiss"
                  aria-label={`Dismiss: ${item.actionName}`}
                  title="Dismiss this suggestion (kept in this browser)"
                  onClick={() => props.onDismiss(item.key, true)}
                >
                  ✕
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
