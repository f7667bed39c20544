import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickClient } from './api/client';
import { App } from './App';
import { initI18n } from './i18n';
import './styles/app.css';

// The door is chosen exactly once, before anything renders (docs/architecture.md: one core, three doors).
const api = pickClient(window);
initI18n();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
}
