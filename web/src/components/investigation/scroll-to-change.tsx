'use client';

import { useEffect } from 'react';

/** Brings the changed section (or member) a notice points at into view and moves the keyboard focus there. */
export function ScrollToChange() {
  useEffect(() => {
    const target = document.querySelector<HTMLElement>('[data-changed="true"]');
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, []);
  return null;
}
