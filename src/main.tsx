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
import layout from 'virtual:builtin-layout';
import { loadDefaultScenario } from './defaultScenario';
import { primeLayout } from './layout/forceLayout';
import { openScenarioLink, openSharedLink } from './io/switchScenario';
import { startCheckerEarly } from './io/earlyChecker';
import { afterFirstUse } from './idle';
import { loadDrafts } from './lazyViews';
import { markEvaluated } from './milestones';
import { BUILTIN, useAppStore } from './store/appStore';
import { SHARE_PREFIX } from './store/origin';
import { linkedView } from './store/url';
import type { Scenario } from './model/schema';

// Every module above has run: what any first picture waits for (see markEvaluated).
markEvaluated();

/** Shows a message in place of the app, as text. */
function showMessage(root: HTMLElement, text: string, role = 'alert'): void {
  const p = document.createElement('p');
  p.setAttribute('role', role);
  p.className = 'boot-message';
  p.textContent = text;
  root.replaceChildren(p);
}

/**
 * How long a link (`?scenario=` or `#shared=`) may take before the built-in scenario is
 * drawn while it goes on loading. Most links arrive well within it, and are then the first
 * and only picture; a slow or dead host never leaves the page empty for longer.
 */
const LINK_GRACE_MS = 2000;

async function start(root: HTMLElement): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  // The built-in scenario downloads at once (index.html preloads it), link or no link.
  const builtin = loadDefaultScenario();
  builtin.catch(() => {});
  // A scenario linked (`?scenario=`) or carried in the address (`#shared=`) is fetched and
  // checked at once; if it arrives within the grace, it is the first picture.
  const link = params.get('scenario');
  if (link) startCheckerEarly();
  const shared = link ? '' : window.location.hash;
  const opening = link
    ? openScenarioLink(link, linkedView(window.location.search))
    : shared.startsWith(SHARE_PREFIX)
      ? openSharedLink(shared.slice(SHARE_PREFIX.length), linkedView(window.location.search))
      : null;
  if (opening) showMessage(root, 'Opening the linked scenario\u2026', 'status');
  if (opening) await Promise.race([opening, new Promise((resolve) => window.setTimeout(resolve, LINK_GRACE_MS))]);
  // Otherwise the built-in scenario is drawn, with the link's loading line or its refusal.
  if (!useAppStore.getState().scenario) {
    let scenario: Scenario;
    try {
      scenario = await builtin;
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      showMessage(root, `The built-in scenario could not be loaded (${why}). Check the connection and reload the page.`);
      return;
    }
    const store = useAppStore.getState();
    // Laid out at build time (see vite.config.ts): the first picture does not wait for it.
    if (import.meta.env.MODE !== 'offline') primeLayout(scenario, layout);
    // The link may have arrived meanwhile: it stays.
    if (!store.scenario) {
      const { loading, problem } = store;
      store.openScenario(scenario, BUILTIN);
      useAppStore.setState({ loading, problem });
    }
  }
  // A draft being written (`?draft=`, a reload or a bookmark) opens in the editor.
  const draft = opening ? null : params.get('draft');
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
// The service worker (offline use, installing) registers after the first picture (see afterFirstUse); not
// from a file:// page or in development, where there is none.
if (import.meta.env.PROD && import.meta.env.MODE !== 'offline' && 'serviceWorker' in navigator && window.location.protocol !== 'file:') {
  afterFirstUse(() => void import('./pwa/register'));
}
