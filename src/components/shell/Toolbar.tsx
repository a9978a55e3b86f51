import { toggleFullscreen, useIsFullscreen } from '../../hooks/useFullscreen';
import { selectFocus, selectNotesShown, selectPredict, selectPresenting, selectStep, useAppActions, useAppStore } from '../../store/appStore';

interface Props {
  onPrint(): void;
  onOpenAudience(): void;
  onShare(): void;
  /** Starts a class session; absent while one runs. */
  onClass?: () => void;
}

/** The ways to show the scenario: network or matrix, walk-through, presenting, predicting, printing, sharing. */
export function Toolbar({ onPrint, onOpenAudience, onShare, onClass }: Props) {
  const focus = useAppStore(selectFocus);
  const step = useAppStore(selectStep);
  const presenting = useAppStore(selectPresenting);
  const predict = useAppStore(selectPredict);
  const fullscreen = useIsFullscreen();
  const notes = useAppStore(selectNotesShown);
  const s = useAppActions();
  const matrix = focus.kind === 'matrix';
  return (
    <nav className="toolbar" aria-label="Views and modes">
      <button type="button" className="button" aria-pressed={matrix} onClick={() => (matrix ? s.showEvent() : s.showMatrix())}>
        Where everyone stands
      </button>
      <button type="button" className="button" aria-pressed={step !== null} onClick={() => s.goToStep(step === null ? 0 : null)}>
        Walk through
      </button>
      <button type="button" className="button predict-toggle" aria-pressed={predict} onClick={() => s.setPredict(!predict)}>
        Predict, then reveal
      </button>
      <button type="button" className="button" aria-pressed={presenting} aria-keyshortcuts="P" onClick={() => s.setPresenting(!presenting)}>
        Present <kbd>P</kbd>
      </button>
      {presenting && (
        <>
          <button type="button" className="button" aria-pressed={fullscreen} aria-keyshortcuts="F" onClick={() => void toggleFullscreen()}>
            Fullscreen <kbd>F</kbd>
          </button>
          <button type="button" className="button" onClick={onOpenAudience}>
            Open audience window
          </button>
          <button type="button" className="button" aria-pressed={notes} onClick={() => s.setNotesShown(!notes)}>
            Notes
          </button>
        </>
      )}
      {!presenting && (
        <button type="button" className="button" onClick={onPrint}>
          Print handouts
        </button>
      )}
      <button type="button" className="button" aria-haspopup="dialog" onClick={onShare}>
        Share and export
      </button>
      {onClass && (
        <button type="button" className="button" onClick={onClass}>
          Start a class session
        </button>
      )}
    </nav>
  );
}
