import { infrastructureAsCode } from '../../src/practices/infrastructure-as-code.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const job = (steps: string, on = 'push'): Record<string, string> =>
  workflow(`on: ${on}\njobs:\n  infra:\n    runs-on: x\n    steps:\n${steps}`)

/** A SageMaker endpoint stack, as CloudFormation YAML with neither the format version nor a telling name. */
const ENDPOINT_STACK = [
  'Description: The SageMaker endpoint of one stage.',
  'Parameters:',
  '  StageName:',
  '    Type: String',
  'Resources:',
  '  Endpoint:',
  '    Type: AWS::SageMaker::Endpoint',
  '    Properties:',
  '      EndpointConfigName: !GetAtt EndpointConfig.EndpointConfigName',
  ''
].join('\n')
/** A deploy script that applies the template through boto3. */
const DEPLOY_STACK = [
  'import boto3',
  'cfn = boto3.client("cloudformation")',
  'with open("endpoint-config-template.yml") as f:',
  '    body = f.read()',
  'cfn.create_stack(StackName="churn-staging", TemplateBody=body)',
  ''
].join('\n')

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
    },
    {
      name: 'a CloudFormation template found by its content, applied by a script through boto3',
      files: {
        'endpoint-config-template.yml': ENDPOINT_STACK,
        'deploy_stack.py': DEPLOY_STACK,
        ...job('      - run: python deploy_stack.py --stack-name churn-staging\n')
      },
      status: 'pass',
      messageId: 'applied',
      mentions: ['endpoint-config-template.yml']
    },
    {
      name: 'a JSON template with the format version, applied by aws cloudformation deploy',
      files: {
        'infra/stack.template': '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {}\n}\n',
        ...job(
          '      - run: aws cloudformation deploy --template-file infra/stack.template --stack-name app\n'
        )
      },
      status: 'pass',
      messageId: 'applied',
      mentions: ['infra/stack.template']
    }
  ],
  invalid: [
    {
      name: 'a CloudFormation template nothing applies says what it said before: no IaC files by name',
      files: { 'endpoint-config-template.yml': ENDPOINT_STACK, ...job('      - run: npm test\n') },
      status: 'fail',
      messageId: 'none'
    },
    {
      name: 'YAML with a nested resources list and no AWS types is no template (near miss)',
      files: {
        'config/app.yml': 'service: api\nresources:\n  Resources:\n    cpu: 2\nType: AWS::Fake\n',
        '.github/cfn.yml': 'AWSTemplateFormatVersion: 2010-09-09\n',
        ...job('      - run: aws cloudformation deploy --template-file elsewhere.yml --stack-name app\n')
      },
      status: 'fail',
      messageId: 'apply-without-files'
    },
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
