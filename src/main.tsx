import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DEFAULT_SCENARIO } from './defaultScenario';
import { readScenarioUrl } from './io/readScenario';
import { BUILTIN, useAppStore } from './store/appStore';
import './styles/theme.css';
import './styles/app.css';

/** Shows a message in place of the app, as text (it may quote a file). */
function showMessage(root: HTMLElement, text: string, role?: string): void {
  const p = document.createElement('p');
  if (role) p.setAttribute('role', role);
  p.className = 'boot-message';
  p.textContent = text;
  root.replaceChildren(p);
}

async function start(root: HTMLElement): Promise<void> {
  const store = useAppStore.getState();
  store.openScenario(DEFAULT_SCENARIO, BUILTIN);

  // A `?scenario=` link is loaded before the first render, so its `?actor=` can apply.
  const link = new URLSearchParams(window.location.search).get('scenario');
  if (link) {
    showMessage(root, 'Loading the scenario\u2026');
    const result = await readScenarioUrl(link);
    if (result.ok) store.openScenario(result.scenario, { kind: 'url', url: link });
    else store.reportProblem({ what: `The scenario at \u201c${link}\u201d`, errors: result.errors });
  }

  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void start(root);
