import { useEffect, useState } from 'react';
import type { ConflictExplanation } from '../../../../src-shared/contract-engine';
import type { Lang } from '../../i18n';
import { useWorkspace } from '../../state/WorkspaceContext';

/**
 * The main process's explanation of one finding (conflict/explain): why it is a conflict, with
 * the figures behind it, and what to do about it. Asked for when the planner opens the finding.
 */
export function FindingWhy({ planId, findingKey, lang }: { planId: string; findingKey: string; lang: Lang }) {
  const { api } = useWorkspace();
  const [explained, setExplained] = useState<ConflictExplanation | null>(null);
  useEffect(() => {
    let current = true;
    api.invoke('conflict/explain', { planId, key: findingKey }).then(
      (e) => current && setExplained(e),
      () => current && setExplained(null), // the finding went away with the last edit
    );
    return () => {
      current = false;
    };
  }, [api, planId, findingKey]);
  if (!explained) return null;
  return (
    <div className="finding-why" data-testid="finding-why">
      <p>{explained.why[lang]}</p>
      {explained.suggestions.length > 0 && (
        <ul>
          {explained.suggestions.map((s) => (
            <li key={s.en}>{s[lang]}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
