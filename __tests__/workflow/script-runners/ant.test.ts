import { describe, expect, it } from '@jest/globals'
import { classifyJob } from '../../../src/workflow/classify-step.js'
import type { Job, Step } from '../../../src/workflow/model.js'

const at = { file: '.github/workflows/ci.yml', line: 1, column: 1 }
const job = (run: string): Job => ({
  id: 'ci',
  needs: [],
  services: [],
  outputs: {},
  with: {},
  steps: [{ index: 0, with: {}, continueOnError: false, location: at, run } satisfies Step],
  location: at
})
const purposes = (run: string, files: Record<string, string>): string[] =>
  [...new Set(classifyJob(job(run), file => files[file]).map(r => `${r.purpose} by ${r.rule}`))].sort()

const BUILD_XML = `<?xml version="1.0" encoding="UTF-8"?>
<project name="app" default="dist" xmlns:jacoco="antlib:org.jacoco.ant">
  <target name="compile">
    <javac srcdir="src" destdir="build/classes" includeantruntime="false"/>
  </target>
  <target name="test" depends="compile">
    <jacoco:coverage>
      <junit printsummary="yes" haltonfailure="yes" fork="true">
        <batchtest todir="build/reports"><fileset dir="test" includes="**/*Test.java"/></batchtest>
      </junit>
    </jacoco:coverage>
  </target>
  <target name="lint">
    <exec executable="npx" failonerror="true"><arg value="eslint"/><arg value="web/"/></exec>
  </target>
  <target name="dist" depends="compile">
    <jar destfile="dist/app.jar" basedir="build/classes"/>
  </target>
  <target name="all" depends="test, dist">
    <antcall target="lint"/>
  </target>
</project>
`

describe('Ant build files followed from `ant` (patterns §4)', () => {
  it.each<{ name: string; run: string; files: Record<string, string>; expected: string[] }>([
    {
      name: 'bare `ant` runs the project default: a compile and a jar',
      run: 'ant -noinput -buildfile build.xml',
      files: { 'build.xml': BUILD_XML },
      expected: ['build by definition']
    },
    {
      name: 'a named target and what it depends on: junit inside a jacoco wrapper is a unit test',
      run: 'ant test',
      files: { 'build.xml': BUILD_XML },
      expected: ['build by definition', 'unit-test by definition']
    },
    {
      name: 'depends lists with spaces and an antcall reach every target, and <exec> is read as a command',
      run: 'ant -Denv=ci all',
      files: { 'build.xml': BUILD_XML },
      expected: ['build by definition', 'static-analysis by eslint', 'unit-test by definition']
    },
    {
      name: '-f names another build file',
      run: 'ant -f ci/build-ci.xml test',
      files: { 'ci/build-ci.xml': BUILD_XML },
      expected: ['build by definition', 'unit-test by definition']
    },
    {
      name: 'near miss: a target the file does not define runs nothing the gate can see',
      run: 'ant release',
      files: { 'build.xml': BUILD_XML },
      expected: []
    },
    {
      name: 'near miss: a build.xml that is not an Ant project is not read',
      run: 'ant',
      files: { 'build.xml': '<configuration><junit/></configuration>' },
      expected: []
    },
    {
      name: 'near miss: an entity declaration is refused, never expanded, and nothing is read',
      run: 'ant',
      files: {
        'build.xml':
          '<!DOCTYPE project [<!ENTITY t "<junit/>">]><project default="a"><target name="a">&t;</target></project>'
      },
      expected: []
    },
    {
      // Apache Ant's own CI: `sh build.sh clean junit-report`, whose last line hands its parameters to the
      // bootstrapped launcher.
      name: 'a wrapper script that passes its parameters ($*) to a launcher path (bootstrap/bin/ant)',
      run: 'sh build.sh clean test',
      files: {
        'build.sh':
          'ANT_HOME="$PWD"/bootstrap\nif [ ! -x bootstrap/bin/ant ]; then\n  /bin/sh ./bootstrap.sh\nfi\nbootstrap/bin/ant -nouserlib -lib lib/optional "$ANT_INSTALL" $*\n',
        'build.xml': BUILD_XML
      },
      expected: ['build by build-script', 'build by definition', 'unit-test by definition']
    },
    {
      name: 'near miss: targets only a variable names are unknown, not the default target',
      run: 'bootstrap/bin/ant "$TARGETS"',
      files: { 'build.xml': BUILD_XML },
      expected: []
    },
    {
      name: 'near miss: without build.xml, `ant` shows nothing',
      run: 'ant test',
      files: {},
      expected: []
    }
  ])('$name', ({ run, files, expected }) => {
    expect(purposes(run, files)).toEqual(expected)
  })

  it('names the target and its line in the evidence chain', () => {
    const found = classifyJob(job('ant test'), file => ({ 'build.xml': BUILD_XML })[file]).find(
      r => r.purpose === 'unit-test'
    )
    expect(found?.via).toEqual(['ant test', 'build.xml:6 ant test'])
  })
})
