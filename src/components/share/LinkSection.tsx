/**
 * A link to the view on screen, a QR code of it for phones, and the code that embeds the
 * view in another page. A scenario that lives only here (a file, a draft) goes inside the
 * link; when it is too big for one, the section says what to do instead.
 */
import { useEffect, useState } from 'react';
import { embedCode, EMBED_THEMES, viewLink, type EmbedTheme } from '../../io/viewLink';
import type { ShareResult } from '../../io/shareLink';
import { useAppStore } from '../../store/appStore';
import { copyText } from './copy';
import { QrCode } from './QrCode';
import { wholeNumber } from '../../model/constants';

const THEME_LABEL: Record<EmbedTheme | '', string> = { '': 'The viewer\u2019s own (light or dark)', light: 'Light', dark: 'Dark', projector: 'Projector: bigger type, stronger lines' };

function useViewLink(embed?: { theme?: EmbedTheme }): ShareResult | null {
  const [link, setLink] = useState<ShareResult | null>(null);
  const theme = embed?.theme;
  const embedding = embed !== undefined;
  useEffect(() => {
    let live = true;
    const s = useAppStore.getState();
    void viewLink({
      page: `${window.location.origin}${window.location.pathname}`,
      origin: s.origin,
      json: () => JSON.stringify(s.scenario),
      view: s,
      embed: embedding ? { theme } : undefined,
    }).then((made) => live && setLink(made));
    return () => {
      live = false;
    };
  }, [embedding, theme]);
  return link;
}

export function LinkSection() {
  const link = useViewLink();
  const [theme, setTheme] = useState<EmbedTheme | ''>('');
  const embed = useViewLink({ theme: theme || undefined });
  const [said, setSaid] = useState({ link: '', embed: '' });
  const title = useAppStore((s) => s.scenario?.title ?? '');
  const local = window.location.protocol === 'file:';
  return (
    <>
      <section className="share-section" aria-labelledby="share-link-title">
        <h3 id="share-link-title">Link to this view</h3>
        {local && <p className="share-note">This copy was opened from a file, so its links name this computer: share the file itself, or a link to where the app is hosted.</p>}
        {!link && <p role="status">Making the link{'\u2026'}</p>}
        {link && !link.ok && <p role="alert">This scenario cannot go in a link: {link.error}.</p>}
        {link?.ok && (
          <div className="share-link">
            <div className="field">
              <label htmlFor="share-view-link">Link ({wholeNumber(link.url.length)} characters)</label>
              <input id="share-view-link" type="text" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" className="button" onClick={() => void copyText(link.url).then((m) => setSaid((s) => ({ ...s, link: m })))}>
                Copy the link
              </button>
              {said.link && <p role="status">{said.link}</p>}
            </div>
            <QrCode text={link.url} label="QR code of the link, for phones" />
          </div>
        )}
      </section>
      <section className="share-section" aria-labelledby="share-embed-title">
        <h3 id="share-embed-title">Embed in a page</h3>
        <p className="share-note">Shows this view without the toolbar, with a link to open it in full. Paste the code into a course page or a slide that takes HTML.</p>
        <div className="field">
          <label htmlFor="share-embed-theme">Colours</label>
          <select id="share-embed-theme" value={theme} onChange={(e) => setTheme(e.currentTarget.value as EmbedTheme | '')}>
            {(['', ...EMBED_THEMES] as const).map((t) => (
              <option key={t} value={t}>
                {THEME_LABEL[t]}
              </option>
            ))}
          </select>
        </div>
        {embed && !embed.ok && <p role="alert">This scenario cannot be embedded by a link: {embed.error}.</p>}
        {embed?.ok && (
          <div className="field">
            <label htmlFor="share-embed-code">Embed code</label>
            <textarea id="share-embed-code" readOnly rows={4} value={embedCode(embed.url, title)} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="button" onClick={() => void copyText(embedCode(embed.url, title)).then((m) => setSaid((s) => ({ ...s, embed: m })))}>
              Copy the embed code
            </button>
            {said.embed && <p role="status">{said.embed}</p>}
          </div>
        )}
      </section>
    </>
  );
}
