// Stylesheets first, in layer order: base.css declares the cascade layers, so it must load
// before any layered rule (the components' own CSS, lazily loaded chunks included).
import './styles/base.css';
import './styles/theme.css';
import './components/shell/shell.css';
import './components/network/network.css';
import './components/network/big-network.css';
import './components/panel/panel.css';
import './components/panel/event-lists.css';
import './components/teach/teach.css';
import './styles/presenter.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDefaultScenario } from './defaultScenario';
import { openScenarioLink, openSharedLink } from './io/switchScenario';
import { afterFirstDraw } from './idle';
import { loadDrafts } from './lazyViews';
import { BUILTIN, useAppStore } from './store/appStore';
import { SHARE_PREFIX } from './store/origin';
import { linkedView } from './store/url';

/** Shows a message in place of the app, as text. */
function showMessage(root: HTMLElement, text: string): void {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.className = 'boot-message';
  p.textContent = text;
  root.replaceChildren(p);
}

async function start(root: HTMLElement): Promise<void> {
  try {
    useAppStore.getState().openScenario(await loadDefaultScenario(), BUILTIN);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    showMessage(root, `The built-in scenario could not be loaded (${why}). Check the connection and reload the page.`);
    return;
  }
  // A `?scenario=` link loads beside the built-in scenario, which is drawn at once rather
  // than after a host that may be slow or dead; its `?actor=` applies when it arrives.
  const link = new URLSearchParams(window.location.search).get('scenario');
  if (link) void openScenarioLink(link, linkedView(window.location.search));
  // A scenario carried in the address itself (`#shared=`) is unpacked and checked beside it too.
  const shared = link ? '' : window.location.hash;
  if (shared.startsWith(SHARE_PREFIX)) void openSharedLink(shared.slice(SHARE_PREFIX.length), linkedView(window.location.search));
  // A draft being written (`?draft=`, a reload or a bookmark) opens in the editor.
  const draft = link || shared.startsWith(SHARE_PREFIX) ? null : new URLSearchParams(window.location.search).get('draft');
  if (draft) void loadDrafts().then((m) => m.openDraft(draft, linkedView(window.location.search)));
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The offline file keeps its own HTML, read before anything renders, to copy itself later.
if (import.meta.env.MODE === 'offline') {
  const html = document.documentElement.outerHTML;
  void import('./offline/selfCopy').then((m) => m.keepOwnHtml(html));
}
void start(root);
// The service worker (offline use, installing) registers once the first picture is drawn; not
// from a file:// page or in development, where there is none.
if (import.meta.env.PROD && import.meta.env.MODE !== 'offline' && 'serviceWorker' in navigator && window.location.protocol !== 'file:') {
  afterFirstDraw(() => void import('./pwa/register'), 5000);
}
