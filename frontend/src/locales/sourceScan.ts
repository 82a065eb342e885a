/**
 * Reads the SPA's own sources for the i18n tests (never bundled: only tests import it). Scripts are
 * parsed with the TypeScript parser and templates with Vue's, so comments are skipped by the
 * parsers themselves and a `//` inside a string ("https://…") is just part of the string.
 */
import ts from 'typescript'
import { parse as parseSfc } from 'vue/compiler-sfc'

/** CJK ideographs (with extension A and the compatibility block), CJK punctuation (、。「」《》…) and fullwidth forms (，：；（）…). */
export const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/

/** A statement preceded by a comment with this marker may hold Chinese literals that are not UI text (words a parser matches). */
export const EXEMPT_MARKER = 'i18n-exempt'

export interface Literal {
  line: number
  text: string
}

/** A message key a source names. */
export interface KeyUse {
  line: number
  /** the whole key, or when `dynamic` its static beginning, ending with '.' (`enum.status.${s}` → 'enum.status.') */
  key: string
  dynamic: boolean
  /** named by a t() call (must exist), rather than a string that only looks like a key */
  called: boolean
}

interface Piece {
  /** script source */
  code: string
  /** line of the piece's first line in the file, 1-based */
  firstLine: number
}

/** A file in pieces: scripts (script blocks, template expressions), template text and attribute values, styles. */
interface Parts {
  scripts: Piece[]
  /** template text and static attribute values: literal by nature */
  texts: Literal[]
  styles: Piece[]
}

const STRINGISH = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
])

function parseScript(code: string): ts.SourceFile {
  return ts.createSourceFile('piece.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
}

function walk(node: ts.Node, visit: (n: ts.Node) => void) {
  visit(node)
  node.forEachChild((c) => walk(c, visit))
}

function lineOf(sf: ts.SourceFile, node: ts.Node, piece: Piece): number {
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + piece.firstLine
}

/** Whether a comment with the exemption marker stands right before the node or one of its enclosing statements. */
function exempt(sf: ts.SourceFile, node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n && n.kind !== ts.SyntaxKind.SourceFile; n = n.parent) {
    const comments = ts.getLeadingCommentRanges(sf.text, n.getFullStart()) ?? []
    if (comments.some((c) => sf.text.slice(c.pos, c.end).includes(EXEMPT_MARKER))) return true
  }
  return false
}

type SfcNode = {
  type: number
  content?: unknown
  children?: SfcNode[]
  props?: SfcNode[]
  value?: { content: string; loc: { start: { line: number } } }
  exp?: { content: string; loc: { start: { line: number } } }
  loc: { start: { line: number } }
}

// Vue's template AST node types (@vue/compiler-core NodeTypes)
const ELEMENT = 1
const TEXT = 2
const INTERPOLATION = 5
const ATTRIBUTE = 6
const DIRECTIVE = 7

function templateParts(root: SfcNode, parts: Parts) {
  const expr = (e: { content: string; loc: { start: { line: number } } } | undefined) => {
    if (e?.content) parts.scripts.push({ code: e.content, firstLine: e.loc.start.line })
  }
  const visit = (n: SfcNode) => {
    if (n.type === TEXT && typeof n.content === 'string' && n.content.trim()) {
      parts.texts.push({ line: n.loc.start.line, text: n.content.trim() })
    } else if (n.type === INTERPOLATION) {
      expr(n.content as SfcNode['exp'])
    } else if (n.type === ELEMENT) {
      for (const p of n.props ?? []) {
        if (p.type === ATTRIBUTE && p.value?.content) parts.texts.push({ line: p.value.loc.start.line, text: p.value.content })
        if (p.type === DIRECTIVE) expr(p.exp)
      }
    }
    // comments (type 3) have no children and are skipped
    for (const c of n.children ?? []) visit(c)
  }
  visit(root)
}

function split(path: string, source: string): Parts {
  const parts: Parts = { scripts: [], texts: [], styles: [] }
  if (!path.endsWith('.vue')) {
    parts.scripts.push({ code: source, firstLine: 1 })
    return parts
  }
  const { descriptor } = parseSfc(source, { filename: path })
  for (const block of [descriptor.script, descriptor.scriptSetup]) {
    if (block) parts.scripts.push({ code: block.content, firstLine: block.loc.start.line })
  }
  if (descriptor.template?.ast) templateParts(descriptor.template.ast as unknown as SfcNode, parts)
  for (const s of descriptor.styles) parts.styles.push({ code: s.content, firstLine: s.loc.start.line })
  return parts
}

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s).replace(/\s+/g, ' ')

/**
 * The Chinese text in a source's literals: strings, template literals and regular expressions in
 * scripts and template expressions, template text and attribute values, CSS outside comments.
 * Comments are allowed, and so is a statement marked with {@link EXEMPT_MARKER}.
 */
export function chineseLiterals(path: string, source: string): Literal[] {
  const parts = split(path, source)
  const out: Literal[] = parts.texts.filter((l) => CJK.test(l.text)).map((l) => ({ line: l.line, text: short(l.text) }))
  for (const piece of parts.scripts) {
    const sf = parseScript(piece.code)
    walk(sf, (n) => {
      if (!STRINGISH.has(n.kind)) return
      const text = n.getText(sf)
      if (CJK.test(text) && !exempt(sf, n)) out.push({ line: lineOf(sf, n, piece), text: short(text) })
    })
  }
  for (const piece of parts.styles) {
    const code = piece.code.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    code.split('\n').forEach((l, i) => {
      if (CJK.test(l)) out.push({ line: piece.firstLine + i, text: short(l.trim()) })
    })
  }
  return out.sort((a, b) => a.line - b.line)
}

const TRANSLATE = new Set(['t', '$t', 'te', '$te', 'tm', '$tm'])
const KEY_LIKE = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)+$/
const PREFIX_LIKE = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)*\.$/

/** The expressions an argument may evaluate to: both branches of `a ? 'x' : 'y'`, both sides of `??` and `||`. */
function outcomes(n: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(n)) return outcomes(n.expression)
  if (ts.isConditionalExpression(n)) return [...outcomes(n.whenTrue), ...outcomes(n.whenFalse)]
  const either = [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken]
  if (ts.isBinaryExpression(n) && either.includes(n.operatorToken.kind)) return [...outcomes(n.left), ...outcomes(n.right)]
  return [n]
}

function isTranslateCall(n: ts.Node): n is ts.CallExpression {
  if (!ts.isCallExpression(n)) return false
  const callee = n.expression
  if (ts.isIdentifier(callee)) return TRANSLATE.has(callee.text)
  return ts.isPropertyAccessExpression(callee) && TRANSLATE.has(callee.name.text)
}

/**
 * The message keys a source names: first arguments of t() / $t() / te() (i18n.global.t too), and
 * any other string shaped like a key whose first part is one of `namespaces` (keys passed around
 * as data: `titleKey: 'title.plans'`, `label: 'nav.plans'`, `{ key: 'stats.tiles.band40' }`). A
 * template literal gives its static beginning as a prefix (`enum.status.${s}` → 'enum.status.').
 */
export function keyUses(path: string, source: string, namespaces: ReadonlySet<string>): KeyUse[] {
  const out: KeyUse[] = []
  for (const piece of split(path, source).scripts) {
    const sf = parseScript(piece.code)
    const called = new Set<ts.Node>()
    walk(sf, (n) => {
      if (isTranslateCall(n) && n.arguments.length) outcomes(n.arguments[0]).forEach((e) => called.add(e))
    })
    walk(sf, (n) => {
      const inCall = called.has(n)
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
        const ns = n.text.split('.')[0]
        if (inCall || (KEY_LIKE.test(n.text) && namespaces.has(ns))) out.push({ line: lineOf(sf, n, piece), key: n.text, dynamic: false, called: inCall })
      } else if (ts.isTemplateExpression(n)) {
        const head = n.head.text
        if (inCall || (PREFIX_LIKE.test(head) && namespaces.has(head.split('.')[0]))) {
          out.push({ line: lineOf(sf, n, piece), key: head, dynamic: true, called: inCall })
        }
      }
    })
  }
  return out
}

let parsedSchema: ts.SourceFile | undefined

/**
 * The string values of an enum in the generated API types: `schema` is `api/schema.d.ts`, `path`
 * a schema name with an optional property (`Role`, `NotificationView.kind`). Empty when the path
 * names no enum.
 */
export function schemaEnum(schema: string, path: string): string[] {
  if (parsedSchema?.text !== schema) parsedSchema = parseScript(schema)
  const sf = parsedSchema
  const member = (type: ts.TypeNode | undefined, name: string) =>
    type && ts.isTypeLiteralNode(type)
      ? type.members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && m.name.getText(sf) === name)?.type
      : undefined
  const components = sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'components')
  const schemas = components?.members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && m.name.getText(sf) === 'schemas')?.type
  let type = schemas
  for (const name of path.split('.')) type = member(type, name)
  const literals = type && ts.isUnionTypeNode(type) ? type.types : type ? [type] : []
  return literals.flatMap((l) => (ts.isLiteralTypeNode(l) && ts.isStringLiteral(l.literal) ? [l.literal.text] : []))
}
