import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonResult } from '../../../../../shared/domain';
import type { TownInfo } from '../compareModel';
import { CompareCell, type CellActions } from './CompareCell';
import { useCompareDisplay } from './displayContext';
import { RowLabel, TownHeader } from './GridHeads';

const FLASH_MS = 1800;

interface CompareGridProps {
  result: ComparisonResult;
  towns: ReadonlyMap<string, TownInfo>;
  actions: CellActions;
  stale: boolean;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Brings the picked phrase's occurrences into view and makes them blink once. */
function useFlashOccurrences(container: React.RefObject<HTMLDivElement | null>): void {
  const { flash } = useCompareDisplay();
  useEffect(() => {
    const root = container.current;
    if (!flash || !root) return;
    const spans = [...root.querySelectorAll<HTMLElement>('[data-testid="shared-phrase"]')].filter(
      // A longer shared run that holds the phrase counts as an occurrence too.
      (span) => span.dataset.phrase?.includes(flash.text) ?? false,
    );
    spans[0]?.scrollIntoView({
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
      block: 'center',
      inline: 'center',
    });
    for (const span of spans) {
      span.animate?.(
        [
          {
            backgroundColor: 'rgba(124, 77, 255, 0.38)',
            boxShadow: '0 0 0 2px rgba(124, 77, 255, 0.38)',
          },
          {
            backgroundColor: 'rgba(124, 77, 255, 0.38)',
            boxShadow: '0 0 0 2px rgba(124, 77, 255, 0.38)',
            offset: 0.5,
          },
          {},
        ],
        { duration: FLASH_MS, easing: 'ease-out' },
      );
      span.setAttribute('data-flash', 'true');
      window.setTimeout(() => span.removeAttribute('data-flash'), FLASH_MS);
    }
  }, [flash, container]);
}

/**
 * Towns side by side: one column per town (its head sticks to the top), one row per sub-theme
 * (its label sticks to the left). One scroll container, so every column moves together.
 */
export function CompareGrid({ result, towns, actions, stale }: CompareGridProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  useFlashOccurrences(scrollRef);
  const style = { '--compare-towns': result.towns.length } as CSSProperties;

  return (
    <div
      className={stale ? 'compare-grid-scroll is-stale' : 'compare-grid-scroll'}
      data-testid="compare-grid"
      ref={scrollRef}
      tabIndex={-1}
    >
      <div className="compare-grid" role="table" aria-label={t('compare.grid.label')} style={style}>
        <div className="compare-grid-row" role="row">
          <div className="compare-corner" role="columnheader">
            {t('compare.grid.corner')}
          </div>
          {result.towns.map((town) => (
            <TownHeader key={town} town={town} info={towns.get(town)} />
          ))}
        </div>
        {result.rows.map((row, rowIndex) => (
          <div
            key={row.id ?? `row-${rowIndex}`}
            className="compare-grid-row"
            role="row"
            data-testid="compare-row"
          >
            <RowLabel row={row} />
            {result.towns.map((town) => (
              <CompareCell
                key={town}
                comparisonId={result.id}
                row={row}
                rowIndex={rowIndex}
                cell={
                  row.cells.find((cell) => cell.town === town) ?? {
                    town,
                    sections: [],
                    note: '',
                    notices: [],
                  }
                }
                scope={result.scope}
                actions={actions}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
