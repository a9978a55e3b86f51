/**
 * "Share as a link": the finished scenario packed into an address (see io/shareLink.ts),
 * with what that means said above it, and a way to copy it.
 */
import { useState } from 'react';
import type { Doc } from '../../editor/edits';
import type { DraftSession } from '../../editor/session';
import { SHARE_LIMIT_CHARS, shareLink } from '../../io/shareLink';
import { wholeNumber } from '../../model/constants';

type Shared = { doc: Doc; url: string } | { doc: Doc; refused: string } | null;

export function SharePanel({ session, doc }: { session: DraftSession; doc: Doc }) {
  const [shared, setShared] = useState<Shared>(null);
  const [copied, setCopied] = useState('');

  const make = async () => {
    setCopied('');
    // A big draft may not be checked yet: checked now, so only a complete scenario is shared.
    session.checkNow();
    const problems = session.state.problems.length;
    if (problems > 0) {
      setShared({ doc, refused: `Fix the ${problems === 1 ? 'problem' : `${problems} problems`} listed above first: a shared link opens only a complete scenario.` });
      return;
    }
    const made = await shareLink(JSON.stringify(session.state.doc), `${window.location.origin}${window.location.pathname}`);
    setShared(made.ok ? { doc, url: made.url } : { doc, refused: `This scenario cannot go in a link: ${made.error}.` });
  };

  const copy = (url: string) =>
    navigator.clipboard.writeText(url).then(
      () => setCopied('Copied.'),
      () => setCopied('The browser would not copy it: select the link and copy it yourself.'),
    );

  const current = shared && shared.doc === doc ? shared : null;
  return (
    <section className="editor__share" aria-labelledby="edit-share">
      <h3 id="edit-share">Share as a link</h3>
      <p className="field__hint">
        The whole scenario goes inside the link: nothing is uploaded, and whoever opens it sees the scenario as it is now, checked like
        any file. Links are kept under {wholeNumber(SHARE_LIMIT_CHARS)} characters so they travel by e-mail and chat;
        for a bigger scenario, download the file.
      </p>
      <button type="button" className="button" onClick={() => void make()}>
        {current ? 'Make the link again' : 'Make a link'}
      </button>
      {shared && !current && <p>The scenario has changed since the link was made: make it again to include the changes.</p>}
      {current && 'refused' in current && <p role="alert">{current.refused}</p>}
      {current && 'url' in current && (
        <div className="field editor__share-link">
          <label htmlFor="share-link">Link to share ({wholeNumber(current.url.length)} characters)</label>
          <input id="share-link" type="text" readOnly value={current.url} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button" onClick={() => void copy(current.url)}>
            Copy the link
          </button>
          {copied && <p role="status">{copied}</p>}
        </div>
      )}
    </section>
  );
}
