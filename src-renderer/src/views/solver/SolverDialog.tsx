import type { PlanSnapshot } from '../../../../src-shared/contract';
import { Modal } from '../../components/Modal';

export function SolverDialog({ onClose }: { snapshot: PlanSnapshot; activityIds: string[]; onClose: () => void }) {
  return <Modal title="solver" onClose={onClose}>…</Modal>;
}
