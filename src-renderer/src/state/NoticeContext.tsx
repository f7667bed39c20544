import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n';
import { errorText } from './error-text';

interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

interface NoticeApi {
  info: (text: string) => void;
  error: (error: unknown) => void;
}

const NoticeContext = createContext<NoticeApi | null>(null);

/** Short-lived messages in the status bar: confirmations of undo/redo and errors of edits. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);

  const push = useCallback((kind: Notice['kind'], text: string) => {
    const id = nextId.current++;
    setNotices((list) => [...list.slice(-2), { id, kind, text }]);
    window.setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), kind === 'error' ? 8000 : 3500);
  }, []);

  const lang = currentLang(i18n.language);
  const api = useMemo<NoticeApi>(
    () => ({ info: (text) => push('info', text), error: (error) => push('error', errorText(error, lang)) }),
    [push, lang],
  );

  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices" aria-live="polite" data-testid="notices">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            {n.text}
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotices(): NoticeApi {
  const value = useContext(NoticeContext);
  if (!value) throw new Error('useNotices outside NoticeProvider');
  return value;
}
