import type { StateStorage } from 'zustand/middleware';

/** A storage that keeps items in memory only (tests, or when the browser refuses storage). */
export function createMemoryStorage(): StateStorage {
  const items = new Map<string, string>();
  return {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
}

/**
 * The browser's localStorage when it can be used, else memory. Storage can be missing
 * (Node), or throw (a sandboxed or third-party iframe, a full quota): autosave then
 * quietly stops instead of breaking the page.
 */
export function browserStorage(): StateStorage {
  let local: Storage;
  try {
    local = globalThis.localStorage;
    const probe = '__memory-lane-probe__';
    local.setItem(probe, probe);
    local.removeItem(probe);
  } catch {
    return createMemoryStorage();
  }
  if (!local) return createMemoryStorage();
  const fallback = createMemoryStorage();
  return {
    getItem: (name) => {
      try {
        return local.getItem(name);
      } catch {
        return fallback.getItem(name);
      }
    },
    setItem: (name, value) => {
      try {
        local.setItem(name, value);
      } catch {
        void fallback.setItem(name, value);
      }
    },
    removeItem: (name) => {
      try {
        local.removeItem(name);
      } catch {
        void fallback.removeItem(name);
      }
    },
  };
}
