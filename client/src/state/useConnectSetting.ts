import { useEffect, useState } from 'react';

const KEY = 'newsgraph.connectResultEntities';

function initial(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

/**
 * "Connect result entities": whether whatever adds entities to the canvas
 * also draws every relationship among all entities shown. On by default (a
 * canvas that hides relationships among what it shows misleads); remembered
 * per browser like the theme.
 */
export function useConnectSetting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(initial);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch {
      // Storage blocked: the setting still applies for this visit.
    }
  }, [on]);
  return [on, setOn];
}
