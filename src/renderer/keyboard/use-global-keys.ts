// The one window-level keydown listener: every shortcut goes through the dispatcher and the key map.
import { useEffect, useRef } from 'react';
import { DEFAULT_KEYMAP, type ActionId, type KeyBinding } from '../../shared/keymap';
import { useUiStore } from '../app/ui-store';
import { createKeyDispatcher, isActivatingKeyOnControl, isTypingTarget } from './dispatcher';

export function useGlobalKeys(run: (action: ActionId) => void, keymap: readonly KeyBinding[] = DEFAULT_KEYMAP): void {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });

  useEffect(() => {
    const dispatcher = createKeyDispatcher(keymap);
    const onKeyDown = (e: KeyboardEvent) => {
      // Dialogs and menus own the keyboard while open (they stop propagation); this is a second guard.
      if (e.defaultPrevented || e.isComposing || useUiStore.getState().dialog) return;
      if (isActivatingKeyOnControl(e, e.target)) return;
      const action = dispatcher.handle(e, { typing: isTypingTarget(e.target) });
      if (action === null) return;
      e.preventDefault();
      if (action !== 'pending') runRef.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [keymap]);
}
