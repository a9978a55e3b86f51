import { describe, expect, it } from 'vitest';
import { nodeName, seenWord } from '../../src/model/nodeName';
import type { Actor } from '../../src/model/schema';

const biden: Actor = {
  id: 'biden',
  name: 'Biden administration',
  label: 'Biden admin.',
  kind: 'government',
  role: { text: 'The US government of the day.', basis: 'reported', ref: 's1' },
  view: { headline: { text: 'h', basis: 'inferred', ref: 's1' }, wants: [], fears: [], outcome: [], redLines: [], stances: [], perceptions: [], questions: [] },
} as unknown as Actor;

describe('nodeName (Label in Name)', () => {
  it('begins with exactly the label the node shows, then says who the actor is', () => {
    expect(nodeName(biden, null)).toBe('Biden admin. Biden administration, government: The US government of the day.');
  });

  it('with another actor selected, begins with the label and the word drawn under it', () => {
    const name = nodeName(biden, { label: 'Trump', attitude: 'rival' });
    expect(name.startsWith('Biden admin. Rival')).toBe(true);
    expect(name).toBe('Biden admin. Rival. Biden administration, government: The US government of the day. Trump sees them as: rival.');
  });

  it('says when the source is silent, and shows "Silent" first', () => {
    expect(nodeName(biden, { label: 'Trump', attitude: undefined })).toBe(
      'Biden admin. Silent. Biden administration, government: The US government of the day. The source is silent on how Trump sees them.',
    );
  });

  it('keeps a hidden view hidden, with the "?" the node shows', () => {
    const name = nodeName(biden, { label: 'Trump', attitude: 'rival', hidden: true });
    expect(name.startsWith('Biden admin. ?')).toBe(true);
    expect(name).not.toMatch(/rival/i);
    expect(name).toContain('How Trump sees them is not revealed yet.');
  });

  it('adds a full stop to a label without one', () => {
    expect(nodeName({ ...biden, label: 'Biden' }, null)).toBe('Biden. Biden administration, government: The US government of the day.');
  });

  it('names the drawn word for each case', () => {
    expect(seenWord({ label: 'A', attitude: 'wary' })).toBe('Wary');
    expect(seenWord({ label: 'A', attitude: undefined })).toBe('Silent');
    expect(seenWord({ label: 'A', attitude: 'ally', hidden: true })).toBe('?');
  });
});
