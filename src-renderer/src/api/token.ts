const STORAGE_KEY = 'dangqi.token';

/**
 * The browser door hands its per-run token in the page URL as `#token=…`. Read it once, keep it
 * in sessionStorage (so a reload still works) and take it out of the address bar so it does
 * not end up in screenshots, bookmarks or the history list.
 */
export function takeToken(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'state' | 'replaceState'>,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    const token = decodeURIComponent(match[1]);
    storage.setItem(STORAGE_KEY, token);
    history.replaceState(history.state, '', location.pathname + location.search);
    return token;
  }
  return storage.getItem(STORAGE_KEY);
}
