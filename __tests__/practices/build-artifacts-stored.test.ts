import { buildArtifactsStored } from '../../src/practices/build-artifacts-stored.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const job = (steps: string): string => `on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n${steps}`

testPractice(buildArtifactsStored, {
  valid: [
    {
      name: 'upload-artifact of the dist folder',
      files: workflow(
        job(
          '      - run: npm run build\n      - uses: actions/upload-artifact@v4\n        with:\n          path: dist\n'
        )
      ),
      status: 'pass',
      messageId: 'stored',
      mentions: ['`build`'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'an image pushed by docker/build-push-action',
      files: workflow(
        job(
          '      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          tags: ghcr.io/o/r:latest\n'
        )
      ),
      status: 'pass',
      messageId: 'stored'
    },
    {
      name: 'an upload that also runs on success counts',
      files: workflow(
        job(
          '      - run: npm run build\n      - uses: actions/upload-artifact@v4\n        if: success() || failure()\n        with:\n          path: dist/\n'
        )
      ),
      status: 'pass',
      messageId: 'stored'
    },
    {
      name: 'a release upload',
      files: workflow(job('      - run: go build -o app .\n      - run: gh release upload v1 app\n')),
      status: 'pass',
      messageId: 'stored'
    }
  ],
  invalid: [
    {
      name: 'a build whose output is thrown away (near miss names it)',
      files: workflow(job('      - run: npm run build\n')),
      status: 'fail',
      messageId: 'built-not-stored',
      mentions: ['`build`']
    },
    {
      name: 'dist/ uploaded only when the job fails is a debugging aid',
      files: workflow(
        job(
          '      - run: npm run build\n      - uses: actions/upload-artifact@v4\n        if: failure()\n        with:\n          name: dist\n          path: dist/\n'
        )
      ),
      status: 'fail',
      messageId: 'built-not-stored'
    },
    {
      name: 'an image built without push',
      files: workflow(
        job('      - uses: docker/build-push-action@v6\n        with:\n          push: false\n')
      ),
      status: 'fail',
      messageId: 'built-not-stored'
    },
    {
      name: 'uploading test results is not keeping build outputs',
      files: workflow(
        'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest --junitxml=junit.xml\n      - uses: actions/upload-artifact@v4\n        with:\n          name: junit\n          path: junit.xml\n'
      ),
      status: 'fail',
      messageId: 'nothing-stored'
    }
  ]
})
