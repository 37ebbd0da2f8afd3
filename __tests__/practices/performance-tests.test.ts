import { performanceTests } from '../../src/practices/performance-tests.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

testPractice(performanceTests, {
  valid: [
    {
      name: 'k6 run on push',
      files: workflow('on: push\njobs:\n  load:\n    runs-on: x\n    steps:\n      - run: k6 run load.js\n'),
      status: 'pass',
      messageId: 'runs',
      mentions: ['`load`', 'push'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'nightly grafana/run-k6-action',
      files: workflow(
        'on:\n  schedule:\n    - cron: "0 2 * * *"\njobs:\n  perf:\n    runs-on: x\n    steps:\n      - uses: grafana/run-k6-action@v1\n        with:\n          path: test.js\n'
      ),
      status: 'pass',
      messageId: 'runs'
    },
    {
      name: 'github-action-benchmark after a benchmark run',
      files: workflow(
        'on: push\njobs:\n  bench:\n    runs-on: x\n    steps:\n      - run: cargo bench | tee out.txt\n      - uses: benchmark-action/github-action-benchmark@v1\n        with:\n          tool: cargo\n'
      ),
      status: 'pass',
      messageId: 'runs'
    }
  ],
  invalid: [
    {
      // A benchmark is often a measurement kept run to run rather than a gate: which one is for a person to say.
      name: 'a load test that cannot fail the job: unknown, naming the step',
      files: workflow(
        'on: [push]\njobs:\n  load:\n    runs-on: x\n    steps:\n      - run: k6 run load.js\n        continue-on-error: true\n'
      ),
      status: 'unknown',
      messageId: 'swallowed',
      mentions: ['`load` step `k6 run load.js` (`continue-on-error: true`)', 'a gate or a report']
    },
    {
      name: 'a load test started only by hand',
      files: workflow(
        'on: workflow_dispatch\njobs:\n  load:\n    runs-on: x\n    steps:\n      - run: locust -f locustfile.py --headless\n'
      ),
      status: 'fail',
      messageId: 'not-automatic',
      mentions: ['`load`', 'workflow_dispatch']
    },
    {
      name: 'functional tests only',
      files: workflow('on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest\n'),
      status: 'fail',
      messageId: 'none'
    }
  ]
})
