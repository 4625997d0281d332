import { createContext, useContext } from 'react';
import type { SharedPhrase, Tag } from '../../../../../shared/domain';
import type { SectionLabel } from '../compareModel';

/** What every cell of the grid draws with, set once by the view. */
export interface CompareDisplay {
  /** The comparison's shared phrases by their text. */
  phrases: ReadonlyMap<string, SharedPhrase>;
  /** 隐藏套话: boilerplate phrases are neither listed nor marked in the text. */
  hideBoilerplate: boolean;
  /** The phrase last picked in the shared-phrases panel; sections holding it unfold. */
  flash: { text: string; nonce: number } | null;
  tags: ReadonlyMap<number, Tag>;
  /** The name of the section compared, when the Reader sent one. */
  sectionLabel: SectionLabel | null;
}

export const CompareDisplayContext = createContext<CompareDisplay>({
  phrases: new Map(),
  hideBoilerplate: true,
  flash: null,
  tags: new Map(),
  sectionLabel: null,
});

export function useCompareDisplay(): CompareDisplay {
  return useContext(CompareDisplayContext);
}
