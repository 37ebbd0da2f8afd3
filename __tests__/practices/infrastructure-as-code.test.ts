import { infrastructureAsCode } from '../../src/practices/infrastructure-as-code.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const job = (steps: string, on = 'push'): Record<string, string> =>
  workflow(`on: ${on}\njobs:\n  infra:\n    runs-on: x\n    steps:\n${steps}`)

testPractice(infrastructureAsCode, {
  valid: [
    {
      name: 'terraform files applied on push',
      files: {
        'infra/main.tf': '',
        ...job('      - run: terraform init\n      - run: terraform apply -auto-approve\n')
      },
      status: 'pass',
      messageId: 'applied',
      mentions: ['`infra`', 'infra/main.tf'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'a manual apply still applies the code',
      files: {
        'Pulumi.yaml': '',
        ...job('      - uses: pulumi/actions@v5\n        with:\n          command: up\n', 'workflow_dispatch')
      },
      status: 'pass',
      messageId: 'applied'
    },
    {
      name: 'bicep deployed with az deployment group create',
      files: { 'main.bicep': '', ...job('      - run: az deployment group create -g rg -f main.bicep\n') },
      status: 'pass',
      messageId: 'applied'
    }
  ],
  invalid: [
    {
      name: 'terraform files only planned (near miss names the files)',
      files: { 'deploy/terraform/main.tf': '', ...job('      - run: terraform plan\n', 'pull_request') },
      status: 'fail',
      messageId: 'not-applied',
      mentions: ['deploy/terraform/main.tf'],
      at: 'deploy/terraform/main.tf:1'
    },
    {
      name: 'a chart installed only into a kind cluster',
      files: {
        'charts/app/Chart.yaml': '',
        ...job(
          '      - uses: helm/kind-action@v1\n      - run: helm upgrade --install app charts/app --wait\n'
        )
      },
      status: 'fail',
      messageId: 'not-applied'
    },
    {
      name: 'an apply with no infrastructure files in the repository',
      files: job('      - run: terraform apply -auto-approve\n'),
      status: 'fail',
      messageId: 'apply-without-files',
      mentions: ['`infra`']
    },
    {
      name: 'provider caches are not infrastructure code',
      files: { '.terraform/modules/vpc/main.tf': '', ...job('      - run: npm test\n') },
      status: 'fail',
      messageId: 'none'
    }
  ]
})
