import { useId, useState, type ReactNode } from 'react';

interface PanelProps {
  title: string;
  children: ReactNode;
  /** Extra controls in the header, right of the title. */
  actions?: ReactNode;
  defaultOpen?: boolean;
  className?: string;
}

/** A titled region whose body folds away; the header button says which way it will go. */
export function Panel({
  title,
  children,
  actions,
  defaultOpen = true,
  className = '',
}: PanelProps) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <section
      className={`panel ${open ? 'panel-open' : 'panel-closed'} ${className}`}
      aria-label={title}
    >
      <header className="panel-header">
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {title}
        </button>
        {open && actions ? <div className="panel-actions">{actions}</div> : null}
      </header>
      <div id={bodyId} className="panel-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
