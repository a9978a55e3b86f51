interface Props {
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
}

/** Zoom without dragging: for mice without wheels, keyboards and switch users. */
export function ZoomControls({ onZoomIn, onZoomOut, onFit }: Props) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" className="icon-button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in">
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="icon-button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out">
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="icon-button icon-button--wide" onClick={onFit} aria-label="Fit the whole network" title="Fit the whole network">
        <span aria-hidden="true">Fit</span>
      </button>
    </div>
  );
}
