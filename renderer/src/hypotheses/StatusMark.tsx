// A small status mark beside a status's name: the same shapes the evolution view uses (circle open,
// triangle up strengthened, triangle down weakened, cross dropped), so status never rests on colour.
import { markPath } from '../../../shared/hypothesis/evolution';
import type { HypothesisStatus } from '../../../shared/hypothesis/hypothesis';

export function StatusMark({ status }: { status: HypothesisStatus }) {
  return (
    <svg className={`status-mark status-${status}`} width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={markPath(status, 7, 7, 5.5)} />
    </svg>
  );
}
