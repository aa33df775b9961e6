import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** Which of the tenant's data the console shows: LIVE traffic or what TEST keys scored. */
export type DataMode = 'LIVE' | 'TEST';

/** The localStorage key remembering the choice across reloads. */
export const DATA_MODE_STORAGE_KEY = 'warden.mode';

interface DataModeValue {
  mode: DataMode;
  setMode: (mode: DataMode) => void;
}

const DataModeContext = createContext<DataModeValue>({ mode: 'LIVE', setMode: () => {} });

function stored(): DataMode {
  try {
    return window.localStorage.getItem(DATA_MODE_STORAGE_KEY) === 'TEST' ? 'TEST' : 'LIVE';
  } catch {
    return 'LIVE';
  }
}

/** Holds the data mode for every page below it; LIVE unless TEST was chosen before. */
export function DataModeProvider({ children }: { children: ReactNode }) {
  const [mode, setState] = useState<DataMode>(stored);
  const setMode = useCallback((next: DataMode) => {
    try {
      window.localStorage.setItem(DATA_MODE_STORAGE_KEY, next);
    } catch {
      // Not remembered: the choice lasts until the page is reloaded.
    }
    setState(next);
  }, []);
  const value = useMemo(() => ({ mode, setMode }), [mode, setMode]);
  return <DataModeContext.Provider value={value}>{children}</DataModeContext.Provider>;
}

/** The data mode every query and subscription passes as its `mode` argument. */
export function useDataMode(): DataModeValue {
  return useContext(DataModeContext);
}
