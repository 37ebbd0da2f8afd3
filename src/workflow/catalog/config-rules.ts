import type { Purpose } from './purpose.js'

/**
 * What a runner's own configuration says about the command that runs it: `pytest` whose `addopts` carry
 * `--cov-fail-under=80` produces coverage, `lhci autorun` whose config asserts no performance category is
 * no performance test. A rule applies only when a listed file can be read (an empty file, as the corpus
 * keeps files it does not copy, cannot): an unreadable config leaves the command as the catalog reads it.
 */
export interface ConfigRule {
  id: string
  purpose: Purpose
  /** Commands the rule is about. */
  command: RegExp
  /** Config files, tried in the step's working directory and then at the root; the first readable one counts. */
  files: readonly string[]
  /** What the config must contain for the rule to apply. */
  contains: RegExp
  /** What applying does: give the command the purpose, or take it away. */
  effect: 'adds' | 'removes'
  /** Commands and config texts the rule recognises (checked by __tests__/workflow/real-world-patterns.test.ts). */
  examples: ReadonlyArray<{ run: string; file: string; text: string; applies: boolean }>
}

export const CONFIG_RULES: readonly ConfigRule[] = [
  {
    id: 'pytest-config-coverage',
    purpose: 'coverage',
    command: /(?<![\w.:-])(?:pytest|py\.test)(?![\w.:-])/,
    files: ['pytest.ini', 'pyproject.toml', 'setup.cfg', 'tox.ini'],
    contains: /^\s*addopts\s*=[^\n]*--cov\b|^\s*addopts\s*=\s*\[[^\]]*--cov\b/m,
    effect: 'adds',
    examples: [
      {
        run: 'uv run pytest',
        file: 'pyproject.toml',
        text: '[tool.pytest.ini_options]\naddopts = "--cov=src --cov-fail-under=80"\n',
        applies: true
      },
      { run: 'pytest', file: 'pytest.ini', text: '[pytest]\naddopts = -ra -q\n', applies: false }
    ]
  },
  {
    id: 'jest-config-coverage',
    purpose: 'coverage',
    command: /(?<![\w.:-])jest(?![\w.:-])/,
    files: [
      'jest.config.js',
      'jest.config.ts',
      'jest.config.mjs',
      'jest.config.cjs',
      'jest.config.json',
      'package.json'
    ],
    contains: /["']?(?:coverageThreshold|collectCoverage["']?\s*:\s*true)\b/,
    effect: 'adds',
    examples: [
      {
        run: 'npx jest --ci',
        file: 'jest.config.js',
        text: 'module.exports = { coverageThreshold: { global: { lines: 80 } } }\n',
        applies: true
      },
      {
        run: 'npx jest --ci',
        file: 'package.json',
        text: '{"jest": {"testEnvironment": "node"}}',
        applies: false
      }
    ]
  },
  {
    // System specs drive a browser through Capybara; a Gemfile with Capybara and a driver has them.
    id: 'rails-system-specs',
    purpose: 'acceptance-test',
    command: /(?<![\w.:-])(?:rspec|rails\s+spec|rake\s+spec)(?![\w.:-])(?!.*\sspec\/(?!system\b|features\b))/,
    files: ['Gemfile'],
    contains:
      /^(?=[\s\S]*["']capybara["'])(?=[\s\S]*["'](?:cuprite|selenium-webdriver|capybara-playwright-driver|apparition)["'])/,
    effect: 'adds',
    examples: [
      {
        run: 'bin/rails spec',
        file: 'Gemfile',
        text: 'group :test do\n  gem "capybara"\n  gem "cuprite"\nend\n',
        applies: true
      },
      { run: 'bundle exec rspec', file: 'Gemfile', text: 'gem "rspec-rails"\n', applies: false },
      {
        run: 'bundle exec rspec spec/models',
        file: 'Gemfile',
        text: 'gem "capybara"\ngem "selenium-webdriver"\n',
        applies: false
      }
    ]
  },
  {
    // Lighthouse CI audits pages; it tests performance only when its config asserts the category (patterns §2.2).
    id: 'lighthouse-performance',
    purpose: 'performance-test',
    command: /(?<![\w.:-])lhci\s+autorun(?![\w.:-])/,
    files: [
      'lighthouserc.json',
      '.lighthouserc.json',
      'lighthouserc.yml',
      '.lighthouserc.yml',
      'lighthouserc.yaml',
      '.lighthouserc.yaml',
      'lighthouserc.js',
      '.lighthouserc.js',
      'lighthouserc.cjs'
    ],
    contains: /^(?![\s\S]*categories:performance)/,
    effect: 'removes',
    examples: [
      {
        run: 'npx lhci autorun',
        file: 'lighthouserc.json',
        text: '{"ci": {"assert": {"assertions": {"categories:accessibility": ["error", {"minScore": 0.9}]}}}}',
        applies: true
      },
      {
        run: 'npx lhci autorun',
        file: 'lighthouserc.json',
        text: '{"ci": {"assert": {"assertions": {"categories:performance": ["error", {"minScore": 0.8}]}}}}',
        applies: false
      }
    ]
  },
  {
    // A bare `make` runs the default goal; a Makefile whose default goal is `help` prints help and builds nothing.
    id: 'make-help',
    purpose: 'build',
    command: /^(?:make|\$\{MAKE\})(?:\s+-[\w-]+)*\s*$/,
    files: ['GNUmakefile', 'makefile', 'Makefile'],
    contains:
      /^\.DEFAULT_GOAL\s*:?=\s*help\b|(?<![\s\S])(?![\s\S]*^\.DEFAULT_GOAL)(?:(?:#.*|[ \t].*|[\w.-]+\s*[:?+!]?=.*|\.[A-Z_]+\s*:.*|-?include\s.*|export\s.*|ifn?(?:eq|def)\b.*|endif\b.*|else\b.*)?\r?\n)*help\s*:(?!=)/m,
    effect: 'removes',
    examples: [
      {
        run: 'make',
        file: 'Makefile',
        text: '# ops tasks\nENV ?= dev\n.PHONY: help\nhelp: ## Show targets\n\t@grep -E "^[a-z]+:" Makefile\nbuild:\n\tgo build ./...\n',
        applies: true
      },
      {
        run: 'make',
        file: 'Makefile',
        text: '.DEFAULT_GOAL := help\nlint:\n\tgolangci-lint run\nhelp:\n\t@echo help\n',
        applies: true
      },
      {
        run: 'make',
        file: 'Makefile',
        text: 'all: build\nbuild:\n\tgo build ./...\nhelp:\n\t@echo help\n',
        applies: false
      }
    ]
  },
  {
    // Gradle's `build` runs `check`, which runs the analysers a build file applies: Android's lint (the Android
    // Gradle plugin makes `check` depend on it), Checkstyle, PMD, SpotBugs, detekt, ktlint, Spotless, Error Prone.
    id: 'gradle-check-analysers',
    purpose: 'static-analysis',
    command:
      /(?<![\w.:-])(?:\.\/)?gradlew?(?![\w.:-])(?!.*\s-x\s+:?(?:check|lint)\b)(?:\s+\S+)*?\s+(?::?[\w-]+:)*(?:build|check)(?![\w.:-])/,
    files: ['build.gradle', 'build.gradle.kts'],
    contains:
      /\bcom\.android\.(?:application|library)\b|\bcom\.android\.tools\.build:gradle\b|["'](?:checkstyle|pmd|com\.github\.spotbugs|io\.gitlab\.arturbosch\.detekt|org\.jlleitschuh\.gradle\.ktlint|com\.diffplug\.spotless|net\.ltgt\.errorprone)["']|^\s*`?(?:checkstyle|pmd)`?\s*$/m,
    effect: 'adds',
    examples: [
      {
        run: './gradlew build',
        file: 'build.gradle',
        text: "plugins {\n    id 'com.android.application' version '8.5.0' apply false\n}\n",
        applies: true
      },
      {
        run: './gradlew check',
        file: 'build.gradle.kts',
        text: 'plugins {\n    java\n    checkstyle\n}\n',
        applies: true
      },
      {
        run: './gradlew build',
        file: 'build.gradle',
        text: "plugins {\n    id 'java'\n    id 'org.springframework.boot' version '3.3.0'\n}\n",
        applies: false
      },
      {
        run: './gradlew assemble',
        file: 'build.gradle',
        text: "plugins {\n    id 'com.android.application'\n}\n",
        applies: false
      },
      {
        run: './gradlew build -x check',
        file: 'build.gradle',
        text: "plugins {\n    id 'checkstyle'\n}\n",
        applies: false
      }
    ]
  },
  {
    // A bare `rake` runs the default task (catalog rule rake-default reads it as the test suite, the Rails and
    // `bundle gem` default); a Rakefile that defines another default (`task default: :build`) runs no tests.
    id: 'rake-default-not-tests',
    purpose: 'unit-test',
    command: /(?<![\w.:-])(?:bundle\s+exec\s+)?(?:bin\/)?rake\s*$/,
    files: ['Rakefile', 'rakefile', 'Rakefile.rb'],
    contains:
      /^\s*task\s*\(?\s*(?::default\s*=>|default:)(?![^\n]*\b(?:test|tests|spec|specs|rspec|minitest|test_\w+|spec_\w+)\b)/m,
    effect: 'removes',
    examples: [
      { run: 'bundle exec rake', file: 'Rakefile', text: 'task default: %i[build]\n', applies: true },
      {
        run: 'bundle exec rake',
        file: 'Rakefile',
        text: 'require "rspec/core/rake_task"\nRSpec::Core::RakeTask.new(:spec)\ntask default: %i[spec rubocop]\n',
        applies: false
      },
      {
        run: 'bin/rake',
        file: 'Rakefile',
        text: 'require_relative "config/application"\nRails.application.load_tasks\n',
        applies: false
      }
    ]
  }
]
