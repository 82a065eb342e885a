import { describe, expect, it } from 'vitest'
import { appSources } from './appSources'
import { chineseLiterals } from './sourceScan'

describe('the Chinese-literal scanner', () => {
  it('finds Chinese in script strings, template literals and regular expressions', () => {
    const src = ["const a = 'ok'", 'const b = "\u4fdd\u5b58"', 'const c = `${a}\uff08${b}\uff09`', 'const d = /\u5e74$/'].join('\n')
    expect(chineseLiterals('x.ts', src).map((l) => l.line)).toEqual([2, 3, 3, 4])
  })

  it('finds template text and attribute values, and strings in template expressions', () => {
    const src = [
      '<template>',
      '  <p>\u63d0\u4ea4</p>',
      '  <el-input placeholder="\u8bf7\u8f93\u5165" />',
      "  <span :title=\"ok ? '\u662f' : 'no'\">{{ '\u3001' }}</span>",
      '</template>',
    ].join('\n')
    expect(chineseLiterals('X.vue', src)).toEqual([
      { line: 2, text: '\u63d0\u4ea4' },
      { line: 3, text: '\u8bf7\u8f93\u5165' },
      { line: 4, text: "'\u662f'" },
      { line: 4, text: "'\u3001'" },
    ])
  })

  it('finds script literals of a component at their line in the file', () => {
    const src = ['<script setup lang="ts">', "const x = 'ok'", "const y = '\u4e2d\u6587'", '</script>', '<template><p>{{ y }}</p></template>'].join('\n')
    expect(chineseLiterals('X.vue', src)).toEqual([{ line: 3, text: "'\u4e2d\u6587'" }])
  })

  it('allows comments of every kind, and a // inside a string is no comment', () => {
    const ts = [
      '// \u8bf4\u660e',
      '/* \u8bf4\u660e */ const a = 1',
      '/** \u6587\u6863 */',
      "const url = 'https://example.org/x' // \u5730\u5740",
      'const b = a / 2 // \u4e00\u534a',
    ].join('\n')
    expect(chineseLiterals('x.ts', ts)).toEqual([])
    const vue = ['<template>', '  <!-- \u6ce8\u91ca -->', '  <p>{{ a /* \u6ce8 */ }}</p>', '</template>', '<style>', '/* \u6837\u5f0f */', '.a { color: red }', '</style>'].join('\n')
    expect(chineseLiterals('X.vue', vue)).toEqual([])
    expect(chineseLiterals('x.ts', "const url = 'https://example.org/\u8def\u5f84'")).toHaveLength(1)
  })

  it('finds fullwidth punctuation alone, but not the dashes and dots English uses too', () => {
    expect(chineseLiterals('x.ts', "const a = '\uff0c'")).toHaveLength(1)
    expect(chineseLiterals('x.ts', "const a = '\u300a\u300b'")).toHaveLength(1)
    expect(chineseLiterals('x.ts', "const a = '\u2014 \u00b7 \u2026 \u2265'")).toEqual([])
  })

  it('lets a marked statement hold words a parser matches', () => {
    const src = ['// i18n-exempt: words of the documents the parser reads', "const WORDS = ['\u4e0d\u4f4e\u4e8e', '\u9ad8\u4e8e']", "const LABEL = '\u4fdd\u5b58'"].join('\n')
    expect(chineseLiterals('x.ts', src)).toEqual([{ line: 3, text: "'\u4fdd\u5b58'" }])
  })
})

describe('the SPA sources', () => {
  it('have no Chinese literals: UI text comes from the locale files', () => {
    const sources = appSources()
    expect(Object.keys(sources).length).toBeGreaterThan(100)
    const found = Object.entries(sources).flatMap(([path, src]) => chineseLiterals(path, src).map((l) => `${path}:${l.line}: ${l.text}`))
    expect(found).toEqual([])
  }, 60_000)
})
