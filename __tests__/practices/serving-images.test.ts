import { describe, expect, it } from '@jest/globals'
import { parseWorkflow } from '../../src/parsers/workflow.js'
import { servingImages } from '../../src/practices/support/serving-images.js'

const SERVING = 'FROM python:3.12\nCMD ["uvicorn", "app:app"]\n'

/** servingImages of the one job of a workflow whose steps are `steps` (YAML lines), over `files`. */
function serving(steps: string, files: Record<string, string>, matrix = ''): string[] | undefined {
  const text = `on: push\njobs:\n  publish:\n    runs-on: x\n${matrix}    steps:\n${steps}`
  const { workflow } = parseWorkflow(text, '.github/workflows/ci.yml')
  const job = workflow?.jobs[0]
  if (!job) throw new Error('no job')
  return servingImages(job, file => files[file])
}

describe('servingImages', () => {
  it.each<[string, string, Record<string, string>, string[] | undefined]>([
    [
      'build-push-action with its default Dockerfile',
      '      - uses: docker/build-push-action@v6\n        with:\n          context: api\n',
      { 'api/Dockerfile': SERVING },
      ['api/Dockerfile']
    ],
    [
      'docker build of a context',
      '      - run: docker build -t api:1 services/api\n',
      { 'services/api/Dockerfile': SERVING },
      ['services/api/Dockerfile']
    ],
    [
      'docker build in a working directory, with --file=',
      '      - working-directory: ml\n        run: docker buildx build --file=serve.Dockerfile --push -t x .\n',
      { 'ml/serve.Dockerfile': 'FROM x\nENTRYPOINT bentoml serve service:svc\n' },
      ['ml/serve.Dockerfile']
    ],
    [
      'the last stage decides: a server built after a training stage',
      '      - run: docker build -t api:1 .\n',
      { Dockerfile: 'FROM x AS train\nCMD python train.py\nFROM x\nCMD ["gunicorn", "app:app"]\n' },
      ['Dockerfile']
    ],
    [
      'a training entrypoint is a pipeline component',
      '      - run: docker build -t trainer:1 .\n',
      { Dockerfile: 'FROM x\nENTRYPOINT ["python", "-m", "trainer.task"]\n' },
      undefined
    ],
    ['a Dockerfile that cannot be read', '      - run: docker build -t api:1 .\n', {}, undefined],
    [
      'a context that cannot be told from a flag value',
      '      - run: docker build --no-cache .\n',
      { Dockerfile: SERVING },
      undefined
    ],
    ['no image built', '      - run: docker push api:1\n', { Dockerfile: SERVING }, undefined]
  ])('%s', (_name, steps, files, expected) => {
    expect(serving(steps, files)).toEqual(expected)
  })

  it('expands the matrix the path names, and gives up on one it cannot', () => {
    const steps =
      '      - uses: docker/build-push-action@v6\n        with:\n          file: ${{ matrix.app }}/Dockerfile\n'
    const files = { 'a/Dockerfile': SERVING, 'b/Dockerfile': SERVING }
    expect(serving(steps, files, '    strategy:\n      matrix:\n        app: [a, b]\n')).toEqual([
      'a/Dockerfile',
      'b/Dockerfile'
    ])
    const command = '      - run: docker build -f ${{ matrix.app }}/Dockerfile -t x .\n'
    expect(serving(command, files, '    strategy:\n      matrix:\n        app: [a, b]\n')).toEqual([
      'a/Dockerfile',
      'b/Dockerfile'
    ])
    expect(
      serving(steps, files, '    strategy:\n      matrix:\n        app: ${{ fromJSON(inputs.apps) }}\n')
    ).toBe(undefined)
  })
})
