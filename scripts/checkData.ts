// npm run data:check [files…]: checks datasets as the app does when it loads them,
// and prints each problem as `file:line › json.path: message`. Errors make the exit
// code non-zero; warnings (an entity with no relation, an article no excerpt cites)
// do not. Without arguments it checks every dataset listed in data/datasets.json.
import { readFileSync, realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  findNodeAtLocation,
  parse,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { datasetWarnings } from '../src/domain/dataset/datasetWarnings.ts';
import {
  formatPath,
  validateDataset,
  type DatasetProblem,
} from '../src/domain/dataset/validateDataset.ts';
import { bundledDatasetFiles } from './bundledDatasets.ts';

interface Report {
  errors: string[];
  warnings: string[];
}

function lineOf(text: string, tree: Node | undefined, path: DatasetProblem['path']): number | null {
  if (tree === undefined) return null;
  // The deepest part of the path that exists: a missing field is reported on its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, path.slice(0, depth));
    if (node !== undefined) return text.slice(0, node.offset).split('\n').length;
  }
  return null;
}

// jsonc-parser recurses: deeply nested junk ("[[[[…") would overflow the stack, and
// the problem is then reported without a line.
function treeOf(text: string): Node | undefined {
  try {
    return parseTree(text);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The line of the first byte sequence that is not UTF-8. */
function firstInvalidUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        return line;
      }
      line += 1;
      lineStart = i + 1;
    }
  }
  return line;
}

/** Checks one dataset file; every message names the file, the line and the JSON path. */
export function checkDatasetFile(file: string): Report {
  const name = relative(process.cwd(), file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { errors: [`${name}: cannot be read (${(error as Error).message})`], warnings: [] };
  }
  let text: string;
  try {
    // As the app reads files: bytes that are not UTF-8 are an error, not "�".
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    return { errors: [`${name}:${line}: is not UTF-8 text`], warnings: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    let isTooDeep = false;
    try {
      parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      isTooDeep = true;
    }
    const first = errors[0];
    const where = first === undefined ? '' : `:${text.slice(0, first.offset).split('\n').length}`;
    const what =
      first !== undefined
        ? printParseErrorCode(first.error)
        : isTooDeep
          ? 'it nests too deeply to be read'
          : 'unreadable';
    return { errors: [`${name}${where}: is not valid JSON (${what})`], warnings: [] };
  }
  let tree: Node | undefined | null = null;
  const describe = (problem: DatasetProblem) => {
    // Parsed for line numbers only when there is something to report, and once.
    tree ??= treeOf(text);
    const line = lineOf(text, tree, problem.path);
    return `${name}${line === null ? '' : `:${line}`} › ${formatPath(problem.path)}: ${problem.message}`;
  };
  const result = validateDataset(json);
  if (!result.ok) return { errors: result.problems.map(describe), warnings: [] };
  return { errors: [], warnings: datasetWarnings(result.dataset).map(describe) };
}

function main(files: string[]): number {
  const targets = files.length > 0 ? files : bundledDatasetFiles();
  let errors = 0;
  let warnings = 0;
  for (const file of targets) {
    const report = checkDatasetFile(file);
    for (const line of report.errors) console.error(`error   ${line}`);
    for (const line of report.warnings) console.warn(`warning ${line}`);
    errors += report.errors.length;
    warnings += report.warnings.length;
  }
  console.log(
    `${targets.length} dataset${targets.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return errors === 0 ? 0 : 1;
}

// Run as a command (not when a test imports it); paths with spaces, non-ASCII
// letters or symlinks compare equal only as real file URLs.
const script = process.argv[1];
if (script !== undefined && pathToFileURL(realpathSync(script)).href === import.meta.url) {
  process.exitCode = main(process.argv.slice(2));
}
