import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDefaultScenario } from './defaultScenario';
import { readScenarioUrl } from './io/readScenario';
import type { ValidationResult } from './model/validate';
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
  // Asked for at once (index.html has already started the download), awaited only if needed.
  const builtin = loadDefaultScenario();
  builtin.catch(() => {});

  // A `?scenario=` link is loaded before the first render, so its `?actor=` can apply.
  const link = new URLSearchParams(window.location.search).get('scenario');
  let result: ValidationResult | null = null;
  if (link) {
    showMessage(root, 'Loading the scenario\u2026');
    result = await readScenarioUrl(link);
  }
  if (link && result?.ok) store.openScenario(result.scenario, { kind: 'url', url: link });
  else {
    try {
      store.openScenario(await builtin, BUILTIN);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      showMessage(root, `The built-in scenario could not be loaded (${why}). Check the connection and reload the page.`, 'alert');
      return;
    }
    // A refused link leaves the built-in scenario on screen, with the reasons above it.
    if (result && !result.ok) store.reportProblem({ what: `The scenario at \u201c${link}\u201d`, errors: result.errors });
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
