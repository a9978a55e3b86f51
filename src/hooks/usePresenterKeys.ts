import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { toggleFullscreen } from './useFullscreen';

const FORWARD = new Set(['PageDown', 'ArrowRight', 'ArrowDown', ' ']);
const BACK = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The keys presentation clickers send. P and F work everywhere; the stepping keys work while
 * presenting or walking through, unless a control that needs them has the keyboard.
 */
export function usePresenterKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typingIn(e.target)) return;
      const s = useAppStore.getState();
      const key = e.key;
      if (key === 'p' || key === 'P') {
        s.setPresenting(!s.presenting);
        e.preventDefault();
        return;
      }
      if (key === 'f' || key === 'F') {
        void toggleFullscreen();
        e.preventDefault();
        return;
      }
      if (!s.presenting && s.step === null) return;
      if (s.presenting && (key === 'b' || key === 'B' || key === '.')) {
        s.setBlank(!s.blank);
        e.preventDefault();
        return;
      }
      // Space and Enter still press a focused button or link; arrows still move inside the
      // network when not presenting.
      const onControl = e.target instanceof HTMLElement && e.target.closest('button, a, [role="button"], summary') !== null;
      if (key === ' ' && onControl) return;
      if (!s.presenting && (key.startsWith('Arrow') && e.target instanceof Element && e.target.closest('.network'))) return;
      if (FORWARD.has(key)) s.nextStep();
      else if (BACK.has(key)) s.previousStep();
      else if (key === 'Home') s.goToStep(0);
      else if (key === 'End') s.goToStep(Number.MAX_SAFE_INTEGER); // clamped to the last step
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
