import { create } from 'zustand';
import {
  parseThemeChoice,
  resolveTheme,
  type Theme,
  type ThemeChoice,
} from '../domain/view/theme.ts';

const STORAGE_KEY = 'diplograph:theme';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function storedChoice(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'system';
  }
}

/** The page follows the choice through `data-theme` (styles.css reads it); none follows the system. */
function applyChoice(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

interface ThemeStore {
  choice: ThemeChoice;
  systemPrefersDark: boolean;
  chooseTheme: (choice: ThemeChoice) => void;
}

/** The analyst's theme choice (remembered on this device) and what the system prefers. */
export const useThemeStore = create<ThemeStore>()((set) => ({
  choice: 'system',
  systemPrefersDark: false,
  chooseTheme: (choice) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Storage may be off (private windows); the choice then lasts for this visit.
    }
    applyChoice(choice);
    set({ choice });
  },
}));

/** Reads the remembered choice and follows the system's preference from now on. */
export function startTheme(): void {
  const choice = storedChoice();
  applyChoice(choice);
  const query = darkQuery();
  useThemeStore.setState({ choice, systemPrefersDark: query.matches });
  query.addEventListener('change', (event) => {
    useThemeStore.setState({ systemPrefersDark: event.matches });
  });
}

/** The theme the page is drawn in now. */
export function useTheme(): Theme {
  return useThemeStore((s) => resolveTheme(s.choice, s.systemPrefersDark));
}
