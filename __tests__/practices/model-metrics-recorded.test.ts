import { modelMetricsRecorded } from '../../src/practices/model-metrics-recorded.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const job = (steps: string) => `on: push\njobs:\n  train:\n    runs-on: x\n    steps:\n${steps}`

testPractice(modelMetricsRecorded, {
  valid: [
    {
      name: 'the evaluation script writes metrics.json',
      files: workflow(
        job('      - run: python train.py\n      - run: python evaluate.py --out reports/metrics.json\n')
      ),
      status: 'pass',
      messageId: 'written-by-step',
      mentions: ['`train`', '`reports/metrics.json`'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'the SageMaker pipeline the workflow starts declares its evaluation report file (§4.4)',
      files: {
        ...workflow(job('      - run: python pipelines/run.py\n')),
        'pipelines/run.py':
          'from pipelines.abalone import get_pipeline\npipeline = get_pipeline()\npipeline.upsert(role_arn=role)\npipeline.start()\n',
        'pipelines/abalone.py': [
          'def get_pipeline():',
          '    step_train = TrainingStep(name="Train", step_args=estimator.fit(inputs))',
          '    evaluation_report = PropertyFile(',
          '        name="EvaluationReport",',
          '        output_name="evaluation",',
          '        path="evaluation.json",',
          '    )',
          ''
        ].join('\n')
      },
      status: 'pass',
      messageId: 'written-by-step',
      mentions: ['`evaluation.json` (pipelines/abalone.py:3)']
    },
    {
      name: 'metrics kept with upload-artifact',
      files: workflow(
        job(
          '      - run: python train.py\n      - uses: actions/upload-artifact@v4\n        with:\n          name: eval\n          path: eval/scores.json\n'
        )
      ),
      status: 'pass',
      messageId: 'written-by-step',
      mentions: ['`eval/scores.json`']
    },
    {
      name: 'DVC + CML: dvc metrics diff in the report',
      files: workflow(
        job(
          '      - run: dvc repro\n      - run: |\n          dvc metrics diff main --md >> report.md\n          cml comment create report.md\n'
        )
      ),
      status: 'pass',
      messageId: 'written-by-step',
      mentions: ['DVC metrics']
    },
    {
      name: 'a metrics CSV written by redirection',
      files: workflow(job('      - run: python score.py > ./metrics.csv\n')),
      status: 'pass',
      messageId: 'written-by-step'
    },
    {
      name: 'no workflow, but dvc.yaml declares the metrics of its evaluate stage',
      files: {
        'dvc.yaml':
          'stages:\n  train:\n    cmd: python src/train.py\n  evaluate:\n    cmd: python src/evaluate.py\n    metrics:\n      - eval/metrics.json:\n          cache: false\n'
      },
      status: 'pass',
      messageId: 'declared-in-dvc',
      at: 'dvc.yaml:6'
    },
    {
      name: 'the metrics of an evaluate stage after a data validation stage that keeps its report as metrics',
      files: {
        'dvc.yaml':
          'stages:\n  validate_data:\n    cmd: python -m pkg.validation.run\n    metrics:\n      - data/validation_report.json\n  evaluate:\n    cmd: python src/evaluate.py\n    metrics:\n      - eval/metrics.json\n'
      },
      status: 'pass',
      messageId: 'declared-in-dvc',
      at: 'dvc.yaml:8'
    },
    {
      name: "a stage that validates the model keeps the model's metrics (near miss of a data stage)",
      files: {
        'dvc.yaml':
          'stages:\n  validate_model:\n    cmd: python validate.py\n    metrics:\n      - scores.json\n'
      },
      status: 'pass',
      messageId: 'declared-in-dvc',
      at: 'dvc.yaml:4'
    },
    {
      name: 'the files option names an in-house results file',
      files: workflow(job('      - run: python evaluate.py --results out/results.yaml\n')),
      options: { files: ['**/results.yaml'] },
      status: 'pass',
      messageId: 'written-by-step'
    },
    {
      name: 'a remote reusable evaluation workflow told where to write its metrics',
      files: workflow(
        'on: push\njobs:\n  evaluate:\n    uses: acme/ml-templates/.github/workflows/evaluate.yml@v1\n    with:\n      metrics_file: eval/metrics.json\n'
      ),
      status: 'pass',
      messageId: 'written-by-step',
      at: '.github/workflows/ci.yml:3'
    }
  ],
  invalid: [
    {
      name: 'an evaluation step that keeps nothing (near miss names it)',
      files: workflow(job('      - run: python train.py\n      - run: python evaluate.py\n')),
      status: 'fail',
      messageId: 'evaluates-without-file',
      mentions: ['`train`'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'a pipeline property file that is no metrics file (near miss)',
      files: {
        ...workflow(job('      - run: python pipelines/run.py\n')),
        'pipelines/run.py': [
          'step_train = TrainingStep(name="Train", step_args=estimator.fit(inputs))',
          'step_eval = ProcessingStep(name="EvaluateModel", step_args=processor.run(code="evaluate.py"))',
          'manifest = PropertyFile(name="Manifest", output_name="out", path="manifest.json")',
          'pipeline.start()',
          ''
        ].join('\n')
      },
      status: 'fail',
      messageId: 'evaluates-without-file'
    },
    {
      name: 'a committed metrics.json that no step writes',
      files: { 'metrics.json': '{"auc": 0.9}', ...workflow(job('      - run: python train.py\n')) },
      status: 'fail',
      messageId: 'none',
      mentions: ['`metrics.json`']
    },
    {
      name: "the only DVC metrics are a data validation stage's report",
      files: {
        'dvc.yaml':
          'stages:\n  preprocess:\n    cmd: python -m pkg.data.preprocess\n  validate_data:\n    cmd: uv run python -m pkg.validation.run\n    deps:\n      - src/pkg/validation/\n    metrics:\n      - data/validation_report.json:\n          cache: false\n'
      },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'dvc.yaml without a metrics declaration',
      files: { 'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n    outs:\n      - model.pkl\n' },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'params.yaml and dvc.lock are not metrics',
      files: workflow(job('      - run: dvc repro && git add dvc.lock params.yaml\n')),
      status: 'fail',
      messageId: 'none'
    },
    { name: 'nothing at all', files: { 'README.md': '' }, status: 'fail', messageId: 'none' }
  ]
})
