/** x/y in model coordinates (the same shape as viewState's Position). */
interface Point {
  readonly x: number;
  readonly y: number;
}

/** The part of a ViewState this module reads; structural, so viewState.ts can import it without a cycle. */
interface PinnableView {
  readonly nodes: Readonly<Record<string, unknown>>;
  readonly pinned: Readonly<Record<string, Point>>;
  readonly pinOrigins?: Readonly<Record<string, Point>>;
  readonly returnTo?: Readonly<Record<string, Point>>;
}

/**
 * Pinned positions live in the view, but a free node's position is
 * Cytoscape's. So when a drag pins a free node, the view remembers where the
 * drag started (`pinOrigins`), and undoing that pin hands the position back
 * (`returnTo`), so the node goes back where it was, not just unlocked in place.
 */

/** Pins `id` at `position`; `from` is where a drag started, kept only if the node was free. */
export function pinNode<V extends PinnableView>(
  view: V,
  id: string,
  position: Point,
  from?: Point,
): V {
  const pinned = { ...view.pinned, [id]: position };
  if (!from || id in view.pinned) return { ...view, pinned };
  return { ...view, pinned, pinOrigins: { ...view.pinOrigins, [id]: from } };
}

/**
 * `previous` as undo returns to it from `undone`: nodes the undone step had
 * pinned by a drag, and that are free and on the canvas again, go back to
 * where their drag started. Returns `previous` itself when nothing moves.
 */
export function withReturnsFrom<V extends PinnableView>(undone: V, previous: V): V {
  // Only origins the undone step recorded: a pin by keyboard or for several
  // nodes keeps an older origin object, and must not move anything.
  const returns = Object.entries(undone.pinOrigins ?? {}).filter(
    ([id, origin]) =>
      origin !== previous.pinOrigins?.[id] &&
      id in undone.pinned &&
      !(id in previous.pinned) &&
      id in previous.nodes,
  );
  if (returns.length === 0) return previous;
  return { ...previous, returnTo: Object.fromEntries(returns) };
}

/** The view without its one-off `returnTo`, as it is kept in the history and changed by actions. */
export function withoutReturns<V extends PinnableView>(view: V): V {
  if (view.returnTo === undefined) return view;
  return Object.fromEntries(Object.entries(view).filter(([key]) => key !== 'returnTo')) as V;
}
