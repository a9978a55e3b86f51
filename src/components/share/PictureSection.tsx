/**
 * "Picture of this view": the network as on screen, with its title, key and source line, as
 * SVG (vectors, for slides and print) or PNG (pixels, at twice this screen's density or a
 * chosen width), and copied to the clipboard where the browser allows.
 */
import { useState } from 'react';
import { MAX_PNG_WIDTH, pictureToPng } from '../../export/canvas';
import { pictureFileName, pictureOfView, PICTURE_WIDTH } from '../../export/exportView';
import type { PictureTheme } from '../../export/palette';
import type { Picture } from '../../export/picture';
import { pictureToSvgInSlices } from '../../export/svg';
import { downloadBlob } from '../../io/download';
import { useAppStore } from '../../store/appStore';
import type { NetworkSceneNow } from '../network/NetworkView';
import { wholeNumber } from '../../model/constants';

const canCopyImages = typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';

export function PictureSection({ scene }: { scene: () => NetworkSceneNow | null }) {
  const [theme, setTheme] = useState<PictureTheme>('current');
  // Twice this screen's density by default; typed freely, and kept in bounds when used.
  const [widthText, setWidthText] = useState(() => String(Math.min(MAX_PNG_WIDTH, Math.round(PICTURE_WIDTH * 2 * Math.min(2, window.devicePixelRatio || 1)))));
  const width = Math.max(200, Math.min(MAX_PNG_WIDTH, Math.round(Number(widthText)) || 200));
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const onScreen = scene();

  const picture = async (): Promise<{ picture: Picture; name: (ext: 'svg' | 'png') => string } | null> => {
    const s = useAppStore.getState();
    const now = scene();
    if (!s.scenario || !now) return null;
    const scenario = s.scenario;
    return { picture: await pictureOfView(scenario, now, s, theme), name: (ext) => pictureFileName(scenario, s, ext) };
  };
  const run = async (what: string, job: () => Promise<string>) => {
    setBusy(true);
    setStatus(`${what}\u2026`);
    try {
      setStatus(await job());
    } catch (error) {
      setStatus(`The picture could not be made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const svg = () =>
    run('Drawing the SVG', async () => {
      const p = await picture();
      if (!p) return 'The network is not on screen.';
      downloadBlob(new Blob([await pictureToSvgInSlices(p.picture)], { type: 'image/svg+xml' }), p.name('svg'));
      return `Saved ${p.name('svg')}.`;
    });
  const png = () =>
    run('Drawing the PNG', async () => {
      const p = await picture();
      if (!p) return 'The network is not on screen.';
      downloadBlob(await pictureToPng(p.picture, width), p.name('png'));
      return `Saved ${p.name('png')}, ${width} pixels wide.`;
    });
  const copy = () =>
    run('Copying the picture', async () => {
      if (!scene()) return 'The network is not on screen.';
      // The clipboard is asked at once, within the click, and handed the PNG as a promise to fill while it is drawn.
      const png = picture().then((p) => (p ? pictureToPng(p.picture, width) : Promise.reject(new Error('the network is not on screen'))));
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      return 'Copied the picture: paste it into a slide or a document.';
    });

  return (
    <section className="share-section" aria-labelledby="share-picture-title">
      <h3 id="share-picture-title">Picture of this view</h3>
      {!onScreen ? (
        <p className="share-note">Pictures are of the network: go back to it to take one.</p>
      ) : (
        <>
          <p className="share-note">The network as it is now, with the title, the key and the source underneath.</p>
          <fieldset className="share-choice">
            <legend>Colours</legend>
            <label>
              <input type="radio" name="picture-theme" checked={theme === 'current'} onChange={() => setTheme('current')} /> As on screen
            </label>
            <label>
              <input type="radio" name="picture-theme" checked={theme === 'projector'} onChange={() => setTheme('projector')} /> Projector: stronger lines
            </label>
          </fieldset>
          <div className="field">
            <label htmlFor="picture-width">PNG width in pixels (up to {wholeNumber(MAX_PNG_WIDTH)})</label>
            <input
              id="picture-width"
              type="number"
              min={200}
              max={MAX_PNG_WIDTH}
              step={100}
              value={widthText}
              onChange={(e) => setWidthText(e.currentTarget.value)}
            />
          </div>
          <div className="share-actions">
            <button type="button" className="button" disabled={busy} onClick={() => void svg()}>
              Download SVG
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void png()}>
              Download PNG
            </button>
            {canCopyImages && (
              <button type="button" className="button" disabled={busy} onClick={() => void copy()}>
                Copy image
              </button>
            )}
          </div>
          <p role="status" className="share-status">
            {status}
          </p>
        </>
      )}
    </section>
  );
}
