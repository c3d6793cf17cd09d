import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The repository's own lint configuration, applied to components written here. The
// probe is not a file of any TypeScript project, so it is linted without type
// information; the rule under test needs none.
const PROBE = 'src/features/probe/Probe.tsx';
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: new URL('../..', import.meta.url).pathname,
    overrideConfig: { ...tseslint.configs.disableTypeChecked, files: [PROBE] },
  });
});

/** The literal-text complaints about a component's JSX. */
async function literalsIn(jsx: string): Promise<string[]> {
  const code = `import { useTranslation } from 'react-i18next';
export function Probe({ count }: { count: number }) {
  const { t } = useTranslation();
  return ${jsx};
}
`;
  const [result] = await eslint.lintText(code, { filePath: PROBE });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'i18next/no-literal-string' || message.fatal)
    .map((message) => message.message);
}

describe('lint refuses literal text in JSX', () => {
  it('as JSX text and as a string', async () => {
    expect(await literalsIn('<p>hedged</p>')).toHaveLength(1);
    expect(await literalsIn("<p>{'hedged'}</p>")).toHaveLength(1);
  });

  it('as a template literal, child or attribute people read', async () => {
    expect(await literalsIn('<p>{`hedged`}</p>')).toHaveLength(1);
    expect(await literalsIn('<p>{`${count} hedged`}</p>')).toHaveLength(1);
    expect(await literalsIn('<p title={`${count} hedged`} aria-label={`hedged`} />')).toHaveLength(
      2,
    );
  });

  it('but not translated text, nor templates that build keys, classes or ids', async () => {
    expect(
      await literalsIn(
        '<p className={`legend legend-${count}`} id={`${count}-excerpt`}>{t(`terms.stance.${count}`)}</p>',
      ),
    ).toEqual([]);
  });
});
