import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { useEffect } from 'react';
import { DropZone } from './components/DropZone';
import { Legend } from './components/Legend';
import { LoadAlert } from './components/LoadAlert';
import { NetworkView } from './components/NetworkView';
import { Panel } from './components/Panel';
import { ScenarioControls } from './components/ScenarioControls';
import { useDocumentTitle } from './hooks/useDocumentTitle';
import { useScenarioParam } from './hooks/useScenarioParam';
import { useUrlSync } from './hooks/useUrlSync';
import { selectScenario, useAppStore } from './store/appStore';

export function App() {
  const scenario = useAppStore(selectScenario);
  useUrlSync();
  useScenarioParam();
  useDocumentTitle();

  // Escape first dismisses a refusal notice, then returns to the event.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const { problem, dismissProblem, showEvent } = useAppStore.getState();
      if (problem) dismissProblem();
      else showEvent();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!scenario) return null;
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">
        <div className="app">
          <header className="app__header">
            <p className="brand">Standpoint</p>
            <h1 className="app__title">{scenario.title}</h1>
            <ScenarioControls />
          </header>
          <LoadAlert />
          <DropZone />
          <main className="app__main">
            <div className="app__network">
              <NetworkView scenario={scenario} />
              <Legend scenario={scenario} />
            </div>
            <Panel scenario={scenario} />
          </main>
        </div>
      </MotionConfig>
    </LazyMotion>
  );
}
