import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { useEffect } from 'react';
import { Legend } from './components/Legend';
import { NetworkView } from './components/NetworkView';
import { Panel } from './components/Panel';
import { useDocumentTitle } from './hooks/useDocumentTitle';
import { useUrlSync } from './hooks/useUrlSync';
import { selectScenario, selectShowEvent, useAppStore } from './store/appStore';

export function App() {
  const scenario = useAppStore(selectScenario);
  const showEvent = useAppStore(selectShowEvent);
  useUrlSync();
  useDocumentTitle();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) showEvent();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [showEvent]);

  if (!scenario) return null;
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">
        <div className="app">
          <header className="app__header">
            <p className="brand">Standpoint</p>
            <h1 className="app__title">{scenario.title}</h1>
          </header>
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
