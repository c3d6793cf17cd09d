/** What the analyst can choose: follow the system, or one theme always. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The colour theme the page is drawn in. */
export type Theme = 'light' | 'dark';

/**
 * The theme to draw: the analyst's choice, or the system's when they left it to the system.
 * @example resolveTheme('system', true) // 'dark'
 */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice !== 'system') return choice;
  return systemPrefersDark ? 'dark' : 'light';
}

/** A stored or typed value as a choice; anything else leaves it to the system. */
export function parseThemeChoice(value: unknown): ThemeChoice {
  return (THEME_CHOICES as readonly unknown[]).includes(value) ? (value as ThemeChoice) : 'system';
}
