import type { ReactNode } from 'react';
import type { Relation } from '../../../model/schema';
import { RELATION_VERB } from '../../../model/vocabulary';

/** A tie as a sentence, "Witkoff acts for Trump", with each name drawn as the caller wants it (a link, a label). */
export function TieSentence({ relation, name }: { relation: Relation; name(id: string): ReactNode }) {
  return (
    <>
      {name(relation.source)} {RELATION_VERB[relation.type]} {name(relation.target)}
    </>
  );
}
