import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n';
import { useNotices } from './NoticeContext';
import { useHistoryState } from './usePlans';
import { useWorkspace } from './WorkspaceContext';

/** True while the keyboard belongs to a field or a dialog, where Ctrl+Z must stay the field's own undo. */
function keyboardIsBusy(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Undo/redo against the service's persistent history, plus the global shortcuts. */
export function useUndoRedo() {
  const { api, changed } = useWorkspace();
  const { i18n, t } = useTranslation();
  const notices = useNotices();
  const history = useHistoryState();
  const lang = currentLang(i18n.language);

  const run = useCallback(
    async (which: 'undo' | 'redo') => {
      try {
        const result = await api.invoke(which === 'undo' ? 'history/undo' : 'history/redo', {});
        notices.info(t(which === 'undo' ? 'history.undone' : 'history.redone', { label: result.label[lang] }));
      } catch (error) {
        notices.error(error);
      } finally {
        changed();
      }
    },
    [api, changed, lang, notices, t],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || keyboardIsBusy(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void run('undo');
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        void run('redo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return { history: history.data, undo: () => run('undo'), redo: () => run('redo'), lang };
}
