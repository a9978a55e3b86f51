import { useEffect } from 'react';
import { indexScenario } from '../model/lookup';
import { selectFocus, selectScenario, useAppStore } from '../store/appStore';

/** The tab's title names the view, so history entries and bookmarks say what they hold. */
export function useDocumentTitle(): void {
  const scenario = useAppStore(selectScenario);
  const focus = useAppStore(selectFocus);
  useEffect(() => {
    if (!scenario) return;
    const actor = focus.kind === 'actor' ? indexScenario(scenario).actors.get(focus.id) : undefined;
    const view = actor ? `${actor.name}\u2019s view \u2013 ` : focus.kind === 'source' ? 'About the source \u2013 ' : '';
    document.title = `${view}${scenario.title} \u00b7 Standpoint`;
  }, [scenario, focus]);
}
