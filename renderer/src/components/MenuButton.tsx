import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export interface MenuItem {
  readonly label: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
  readonly hint?: string;
  readonly testId?: string;
}

export interface MenuButtonProps {
  /** The button's text (or icon) and its accessible name. */
  readonly children: ReactNode;
  readonly label: string;
  readonly items: readonly MenuItem[];
  /** Shown when there are no items. */
  readonly emptyText?: string;
  readonly testId: string;
  /** Called when the menu opens (to refresh its items). */
  readonly onOpen?: () => void;
  readonly disabled?: boolean;
}

/**
 * A button that drops a menu: arrow keys move, Enter picks, Escape or a click outside closes.
 * The items are ordinary buttons, so they are reachable and named without extra wiring.
 */
export function MenuButton({
  children,
  label,
  items,
  emptyText = 'Nothing here yet',
  testId,
  onOpen,
  disabled,
}: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!open) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
      root.current?.querySelector<HTMLButtonElement>('.menu-trigger')?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const entries = [
      ...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ??
        []),
    ];
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    entries[(at + step + entries.length) % entries.length]?.focus();
  };

  return (
    <div className="menu" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="menu-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        title={label}
        disabled={disabled}
        data-testid={testId}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {children}
      </button>
      {open ? (
        <div className="menu-list" role="menu" id={menuId} aria-label={label}>
          {items.length === 0 ? <p className="menu-empty">{emptyText}</p> : null}
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              className="menu-item"
              disabled={item.disabled}
              data-testid={item.testId}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
            >
              <span className="menu-item-label">{item.label}</span>
              {item.hint === undefined ? null : <span className="menu-item-hint">{item.hint}</span>}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
