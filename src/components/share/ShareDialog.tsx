/**
 * "Share and export": the ways a lesson leaves the screen. A link to the view (with a QR
 * code for phones), the code that embeds it in a page, a picture of it, and a copy of the
 * whole app with the scenario inside for use offline. A modal dialog; keys pressed inside it
 * stay inside it (Escape closes it rather than leaving the view on screen).
 */
import { useEffect, useRef } from 'react';
import type { NetworkSceneNow } from '../network/NetworkView';
import { LinkSection } from './LinkSection';
import { OfflineSection } from './OfflineSection';
import { PictureSection } from './PictureSection';
import '../editor/controls.css';
import './share.css';

interface Props {
  onClose(): void;
  /** The network's view as it stands, or null when the network is not on screen. */
  scene: () => NetworkSceneNow | null;
}

export function ShareDialog({ onClose, scene }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <div className="share-dialog__head">
        <h2 id="share-title">Share and export</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <LinkSection />
      <PictureSection scene={scene} />
      <OfflineSection />
    </dialog>
  );
}
