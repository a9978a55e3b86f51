/**
 * "Use it offline": one HTML file with the whole app and the scenario on screen inside it,
 * which opens by double-click on any laptop with no network (see src/offline/).
 */
import { useState } from 'react';
import { downloadBlob } from '../../io/download';
import { offlineFile } from '../../offline/selfCopy';
import { useAppStore } from '../../store/appStore';
import { wholeNumber } from '../../model/constants';

export function OfflineSection() {
  const [status, setStatus] = useState('');
  const save = async () => {
    const scenario = useAppStore.getState().scenario;
    if (!scenario) return;
    setStatus('Making the file\u2026');
    try {
      const file = await offlineFile(scenario);
      downloadBlob(file.blob, file.name);
      setStatus(`Saved ${file.name} (${wholeNumber(Math.round(file.blob.size / 1024))} KB).`);
    } catch (error) {
      setStatus(`The offline file could not be made: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };
  return (
    <section className="share-section" aria-labelledby="share-offline-title">
      <h3 id="share-offline-title">Use it offline</h3>
      <p className="share-note">
        One file with the whole explorer and this scenario inside. Copy it to a USB stick or send it by e-mail: it opens by double-click
        in a browser, with no internet and nothing to install.
      </p>
      <button type="button" className="button" onClick={() => void save()}>
        Download for offline use
      </button>
      <p role="status" className="share-status">
        {status}
      </p>
    </section>
  );
}
