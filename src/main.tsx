import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDefaultScenario } from './defaultScenario';
import { useAppStore } from './store/appStore';
import './styles/theme.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const result = loadDefaultScenario();
if (result.ok) {
  useAppStore.getState().setScenario(result.scenario);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} else {
  // Text only: the errors come from a file and are shown as text.
  const pre = document.createElement('pre');
  pre.setAttribute('role', 'alert');
  pre.textContent = `The built-in scenario is not valid:\n${result.errors.join('\n')}`;
  root.replaceChildren(pre);
}
