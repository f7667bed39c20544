import { type PointerEvent, useState } from 'react';
import type { TFunction } from 'i18next';
import { type Bands, matrixCells, riskLevel } from '../../../../src-shared/risk/assess';
import { type Risk, riskLevelOf } from '../../../../src-shared/model';

interface Props {
  risks: readonly Risk[];
  bands: Bands;
  flagged: ReadonlySet<string>;
  t: TFunction;
  onMove: (risk: Risk, probability: number, impact: number) => void;
  onOpen: (risk: Risk) => void;
}

type Drag = { risk: Risk; x0: number; y0: number; dx: number; dy: number };
const SCALE = [1, 2, 3, 4, 5];

/** The cell under a point, skipping the card being dragged (which sits under the pointer). */
function cellAt(x: number, y: number): { p: number; i: number } | null {
  for (const el of document.elementsFromPoint(x, y)) {
    // The dragged card is drawn under the pointer but still lives in its old cell: look past it.
    if (!(el instanceof HTMLElement) || el.closest('.risk-card.dragging')) continue;
    const cell = el.closest<HTMLElement>('[data-cell]');
    if (cell) return { p: Number(cell.dataset.p), i: Number(cell.dataset.i) };
  }
  return null;
}

/**
 * The 5×5 heat map: probability up the side (5 at the top), impact along the bottom. Cards are
 * moved with pointer events (mouse, pen or touch alike); dropping on another cell re-scores the
 * risk in one undoable edit, a click without movement opens it.
 */
export function RiskMatrix({ risks, bands, flagged, t, onMove, onOpen }: Props) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const grid = matrixCells(risks);

  const down = (e: PointerEvent<HTMLElement>, risk: Risk) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ risk, x0: e.clientX, y0: e.clientY, dx: 0, dy: 0 });
  };
  const move = (e: PointerEvent<HTMLElement>) => {
    if (drag) setDrag({ ...drag, dx: e.clientX - drag.x0, dy: e.clientY - drag.y0 });
  };
  const up = (e: PointerEvent<HTMLElement>) => {
    if (!drag) return;
    const { risk, dx, dy } = drag;
    setDrag(null);
    if (Math.hypot(dx, dy) < 4) return onOpen(risk);
    const target = cellAt(e.clientX, e.clientY);
    if (target && (target.p !== risk.probability || target.i !== risk.impact)) onMove(risk, target.p, target.i);
  };

  return (
    <div className="risk-matrix" data-testid="risk-matrix" aria-label={t('matrix')}>
      <div className="axis-y">
        <span className="axis-arrow">↑</span> {t('probability')}
      </div>
      <div className="matrix-grid">
        {[...SCALE].reverse().map((p) =>
          SCALE.map((i) => {
            const level = riskLevelOf(p, i, bands);
            return (
              <div
                key={`${p}-${i}`}
                className={`matrix-cell level-${level}`}
                data-cell
                data-p={p}
                data-i={i}
                data-level={level}
                data-testid={`risk-cell-${p}-${i}`}
                title={`${t('probability')} ${p} × ${t('impact')} ${i} = ${p * i}`}
              >
                <span className="cell-score">{p * i}</span>
                {grid[p - 1][i - 1].map((r) => {
                  const dragging = drag?.risk.id === r.id;
                  return (
                    <div
                      key={r.id}
                      className={`risk-card level-${riskLevel(r, bands)}${flagged.has(r.id) ? ' flagged' : ''}${dragging ? ' dragging' : ''}`}
                      data-testid="risk-card"
                      data-risk-id={r.id}
                      data-level={riskLevel(r, bands)}
                      style={dragging ? { transform: `translate(${drag.dx}px, ${drag.dy}px)` } : undefined}
                      onPointerDown={(e) => down(e, r)}
                      onPointerMove={move}
                      onPointerUp={up}
                      onPointerCancel={() => setDrag(null)}
                      title={r.title}
                    >
                      {flagged.has(r.id) && (
                        <span className="flag" data-testid="risk-flag" aria-label="!">
                          ⚠
                        </span>
                      )}
                      {r.title}
                    </div>
                  );
                })}
              </div>
            );
          }),
        )}
      </div>
      <div className="axis-x">{t('impact')} →</div>
    </div>
  );
}
