import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

interface ContextMenuProps {
  label: string;
  x: number;
  y: number;
  items: readonly MenuItem[];
  onClose: () => void;
}

/** A menu at a point of the canvas: focus moves in, arrows walk it, Escape closes it. */
export function ContextMenu({ label, x, y, items, onClose }: ContextMenuProps) {
  const menuRef = useRef<HTMLUListElement | null>(null);
  const [place, setPlace] = useState({ left: x, top: y });

  // Keep the whole menu inside the canvas: open upwards or leftwards when the point is near an edge.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const area = menu?.offsetParent;
    if (!menu || !(area instanceof HTMLElement)) return;
    const left = Math.max(0, Math.min(x, area.clientWidth - menu.offsetWidth - 4));
    const top = Math.max(0, Math.min(y, area.clientHeight - menu.offsetHeight - 4));
    setPlace({ left, top });
  }, [x, y]);

  // Focus goes back where it was (the canvas, mostly) when the menu closes, however it closes.
  useEffect(() => {
    const opener = document.activeElement;
    const menu = menuRef.current;
    return () => {
      const active = document.activeElement;
      const lost = active === null || active === document.body || menu?.contains(active) === true;
      if (lost && opener instanceof HTMLElement && opener.isConnected)
        opener.focus({ preventScroll: true });
    };
  }, []);

  useEffect(() => {
    menuRef.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(menuRef.current?.querySelectorAll('button:not(:disabled)') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const focusAt = (i: number) =>
      (buttons[(i + buttons.length) % buttons.length] as HTMLElement | undefined)?.focus();
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') focusAt(index + 1);
    else if (event.key === 'ArrowUp') focusAt(index - 1);
    else return;
    event.preventDefault();
  };

  return (
    <ul
      ref={menuRef}
      className="context-menu"
      role="menu"
      aria-label={label}
      style={place}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            disabled={item.disabled}
            onClick={() => {
              onClose();
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
