import { useEffect, useState } from 'react';
import type { Theme } from '../graph/stylesheet.ts';

const KEY = 'newsgraph.theme';

function initialTheme(): Theme {
  const stored = localStorage.getItem(KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Light or dark, remembered per browser; the system setting decides the
 * first time. `opened` is the theme of an opened link, which wins.
 */
export function useTheme(opened: Theme | null = null): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(() => opened ?? initialTheme());
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // Storage blocked: the theme still applies for this visit.
    }
  }, [theme]);
  return [theme, setTheme];
}
