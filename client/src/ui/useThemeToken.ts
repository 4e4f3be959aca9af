import { useSyncExternalStore } from 'react';

/** Theme changes set data-theme on <html> (useTheme.ts); that is when the tokens change. */
function subscribeToTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/**
 * The current value of a theme token (a CSS custom property of
 * styles/base.css, e.g. `--bg`), so that what the app draws outside CSS,
 * such as an exported image's background, keeps the theme's colours.
 */
export function useThemeToken(name: `--${string}`): string {
  return useSyncExternalStore(subscribeToTheme, () =>
    getComputedStyle(document.documentElement).getPropertyValue(name).trim(),
  );
}
