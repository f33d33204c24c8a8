// Words at the edge (architecture decision 9): no sentence meant for a person is built in src/shared,
// src/main or server/. Refusals, validation errors, bridge errors and HTTP error bodies travel as
// reason codes with params (src/shared/reasons.ts); only the renderer turns them into words. This walks
// every non-test .ts file there and fails on a sentence-like literal where words for the UI are made:
// a `message:` property, an error's constructor, a refusal helper, a zod check's custom message.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['src/shared', 'src/main', 'server/src'];

/**
 * Developer-only words, never shown to an agent: the operator's start-up configuration errors, invariant
 * breaks (a bug), the test double of Electron and the server's test helpers. Keep this list short.
 */
const ALLOWED_FILES = new Set([
  'server/src/config.ts',
  'server/src/db/database.ts',
  'server/src/sync/rows.ts',
  'server/src/sync/write-effects.ts',
  'server/src/seed/memory-store.ts',
  'server/src/seed/replay.ts',
  'src/main/electron/fake-electron.ts',
  'src/main/browser-edition/index.ts',
  'src/main/browser-edition/bridge-server.ts',
]);
const SKIPPED_DIRS = new Set(['testing', 'test-support', 'node_modules']);

/** Two words of letters with a space between: "sign in", "that ticket does not exist". */
const SENTENCE = /\p{L}{2,}[\s,:;]+\p{L}+/u;
/** Callees whose (string) arguments are words for the UI. */
const WORD_CALLS = /^(deny|refuse|fail|[A-Z]\w*(Error|Failure))$/;
/** Zod checks whose last argument may be a custom message. */
const ZOD_CHECKS = new Set(['min', 'max', 'length', 'regex', 'refine', 'superRefine', 'email', 'url', 'int', 'nonnegative']);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!SKIPPED_DIRS.has(name)) out.push(...sourceFiles(path));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The words a literal (or a same-file constant) holds, if it is one. */
function literalText(node: ts.Node, consts: Map<string, ts.Expression>): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' x ');
  if (ts.isIdentifier(node) && consts.has(node.text)) return literalText(consts.get(node.text)!, new Map());
  if (ts.isConditionalExpression(node)) return literalText(node.whenTrue, consts) ?? literalText(node.whenFalse, consts);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return literalText(node.left, consts) ?? literalText(node.right, consts);
  }
  return null;
}

function calleeName(e: ts.LeftHandSideExpression): string | null {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return null;
}

/** Sentences built where words for the UI are made, as "file:line: words". */
export function sentencesIn(file: string, code: string): string[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const consts = new Map<string, ts.Expression>();
  const found: string[] = [];
  const check = (node: ts.Node | undefined) => {
    if (!node) return;
    const words = literalText(node, consts);
    if (words !== null && SENTENCE.test(words)) {
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${file}:${line}: ${words.slice(0, 80)}`);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) consts.set(node.name.text, node.initializer);
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && node.name.text === 'message') {
      check(node.initializer);
    }
    if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      const args = node.arguments ?? [];
      // zod's prettifyError writes English for whatever failed: a validation error travels as validationReason.
      if (name === 'prettifyError') found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: prettifyError`);
      else if (name && WORD_CALLS.test(name)) args.forEach(check);
      else if (name && ZOD_CHECKS.has(name) && ts.isPropertyAccessExpression(node.expression) && args.length > 0) check(args[args.length - 1]);
    }
    ts.forEachChild(node, visit);
  };
  // Constants first, wherever they are declared in the file, then the positions.
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) consts.set(node.name.text, node.initializer);
    ts.forEachChild(node, collect);
  };
  collect(sf);
  visit(sf);
  return found;
}

describe('words at the edge', () => {
  it('finds sentences in the positions it guards (its own oracle)', () => {
    const code = [
      "const WHY = 'that ticket does not exist';",
      "const a = { ok: false, code: 'not_found', message: WHY };",
      'throw new HttpError(401, "unauthorized", `sign in again: ${x}`);',
      "z.string().min(1, 'the message is empty');",
      "deny('only specialists hand tickets back');",
      "const fine = { reason: 'ticket_not_found', message: 'ticket_not_found' };",
      "console.warn('replica: pruning old history failed');",
      'throw new HttpError(400, "invalid", z.prettifyError(r.error));',
    ].join('\n');
    expect(sentencesIn('x.ts', code).map((s) => s.split(':')[1])).toEqual(['2', '3', '4', '5', '8']);
  });

  it('no user-facing sentence is built in src/shared, src/main or server/', () => {
    const found: string[] = [];
    for (const folder of FOLDERS) {
      for (const path of sourceFiles(join(ROOT, folder))) {
        const rel = relative(ROOT, path).split('\\').join('/');
        if (ALLOWED_FILES.has(rel)) continue;
        found.push(...sentencesIn(rel, readFileSync(path, 'utf8')));
      }
    }
    expect(found).toEqual([]);
  });
});
