import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'coverage/',
      '__tests__/fixtures/',
      'examples/',
      'wasm/',
      'bench/tmp/'
    ]
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
      parserOptions: {
        projectService: {
          // The plain JavaScript of the root configs, bench/ and scripts/ sits in no tsconfig; its 17 files
          // exceed the default cap of 8, at a cost of about a second.
          allowDefaultProject: ['*.js', 'bench/*.js', 'scripts/*.js', '__tests__/report/*.mjs'],
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 24
        },
        tsconfigRootDir: import.meta.dirname
      }
    },
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Numbers in messages are the norm here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }]
    }
  },
  {
    // Plain JavaScript cannot type an `any` away: a JSDoc cast types what follows but these rules still flag
    // the cast value itself (JSON.parse, untyped jsdom), and in bench/ every unannotated parameter and every
    // helper imported by a computed path is `any` too: about 220 findings that only JSDoc on every function
    // would clear. The rest of strictTypeChecked still applies to these files.
    files: ['bench/**/*.js', 'scripts/**/*.js', '__tests__/**/*.mjs'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off'
    }
  }
)
