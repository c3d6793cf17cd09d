import { useTranslation } from 'react-i18next';
import { THEME_CHOICES, parseThemeChoice } from '../../domain/view/theme.ts';
import { useThemeStore } from '../../store/useTheme.ts';

/** Light, dark, or whatever the system prefers; remembered on this device. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const choice = useThemeStore((s) => s.choice);
  const chooseTheme = useThemeStore((s) => s.chooseTheme);
  return (
    <label className="theme-switch">
      <span className="header-label">{t('theme.label')} </span>
      <select
        value={choice}
        onChange={(event) => {
          chooseTheme(parseThemeChoice(event.target.value));
        }}
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
