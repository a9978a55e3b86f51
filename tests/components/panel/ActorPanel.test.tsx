// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActorPanel } from '../../../src/components/panel/ActorPanel';
import type { Scenario } from '../../../src/model/schema';
import { BUILTIN, getInitialState, selectFocusActorId, useAppStore } from '../../../src/store/appStore';
import { miniScenario } from '../../fixtures/mini';

let scenario: Scenario;

beforeEach(() => {
  scenario = miniScenario();
  scenario.actors[0]!.view.sees = [{ actor: 'bo', attitude: 'wary', text: 'Bo Beta may walk away.', basis: 'inferred', ref: 'news#after' }];
  scenario.actors[0]!.view.stances = [];
  useAppStore.setState(getInitialState());
  useAppStore.getState().openScenario(scenario, BUILTIN);
  useAppStore.getState().selectActor('ana');
});
afterEach(cleanup);

const renderAna = () => render(<ActorPanel scenario={scenario} actor={scenario.actors[0]!} />);

describe('ActorPanel', () => {
  it('is headed with the actor’s name and shows every section of their view', () => {
    renderAna();
    expect(screen.getByRole('heading', { level: 2, name: 'Ana Alpha' })).toBeInTheDocument();
    const sections = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(sections).toEqual([
      'What they wanted',
      'How they read the outcome',
      'Red lines and fears',
      'Where they stand',
      'How they see the others',
      'Their ties in the network',
      'For discussion',
    ]);
    expect(screen.getByText('What does Ana gain?')).toBeInTheDocument();
  });

  it('marks every claim with its basis and its source section', () => {
    renderAna();
    const wants = screen.getByRole('region', { name: 'What they wanted' });
    expect(within(wants).getByText('Reported')).toBeInTheDocument();
    expect(within(wants).getByText('The talks')).toBeInTheDocument();
    const fears = screen.getByRole('region', { name: 'Red lines and fears' });
    expect(within(fears).getByText('Inferred')).toHaveAttribute('title', expect.stringContaining('Our reading'));
  });

  it('says where the source is silent instead of leaving a gap', () => {
    renderAna();
    const stances = screen.getByRole('region', { name: 'Where they stand' });
    expect(within(stances).getByText('The source is silent on where Ana stands.')).toBeInTheDocument();
    const sees = screen.getByRole('region', { name: 'How they see the others' });
    expect(within(sees).getByText('Wary')).toBeInTheDocument();
    expect(within(sees).getByText('The source is silent on this.')).toBeInTheDocument();
  });

  it('shows a stance on its scale, in words as well as position', () => {
    render(<ActorPanel scenario={scenario} actor={scenario.actors[1]!} />);
    expect(screen.getByRole('img', { name: /^\+1 on a scale from −2 \(Keep going\) to \+2 \(Stop now\)\. Leans to: Stop now\.$/ })).toBeInTheDocument();
  });

  it('turns every other actor it names into a link to their view', async () => {
    renderAna();
    const sees = screen.getByRole('region', { name: 'How they see the others' });
    const links = within(sees).getAllByRole('link', { name: 'Bo Beta' });
    expect(links).toHaveLength(2); // the row's name and the name inside the sentence
    expect(links[0]).toHaveAttribute('href', '?actor=bo');
    await userEvent.click(links[1]!);
    expect(selectFocusActorId(useAppStore.getState())).toBe('bo');
  });

  it('lists its ties with their sources, naming the other party as a link', () => {
    renderAna();
    const ties = screen.getByRole('region', { name: 'Their ties in the network' });
    expect(within(ties).getByText('Met')).toBeInTheDocument();
    expect(within(ties).getByRole('link', { name: 'Council' })).toHaveAttribute('href', '?actor=the-council');
  });

  it('renders scenario text as text, never as markup', () => {
    scenario.actors[0]!.view.headline.text = '<img src=x onerror="window.hacked=1"> plain';
    renderAna();
    expect(screen.getByText('<img src=x onerror="window.hacked=1"> plain')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('in predict mode, asks the class in words that fit any event, not only a meeting', async () => {
    useAppStore.getState().setPredict(true);
    renderAna();
    const prompt = screen.getByText(/^What do you think Ana wanted/);
    expect(prompt).toHaveTextContent('What do you think Ana wanted, and how did they read the outcome? Discuss, then reveal their view.');
    expect(prompt.textContent).not.toMatch(/meeting/);
    await userEvent.click(screen.getByRole('button', { name: 'Reveal Ana\u2019s view' }));
    expect(screen.getByRole('heading', { level: 3, name: 'What they wanted' })).toBeInTheDocument();
  });
});
