import { automatedDbMigrations } from '../../src/practices/automated-db-migrations.js'
import { workflow } from '../helpers/evidence.js'
import { testPractice } from '../helpers/practice-cases.js'

const DJANGO = { 'app/orders/migrations/0001_initial.py': '', 'manage.py': '' }
const DEPLOY =
  '  deploy:\n    runs-on: x\n    environment: production\n    steps:\n      - run: cf push app\n'

testPractice(automatedDbMigrations, {
  valid: [
    {
      name: 'the deploy job runs manage.py migrate',
      files: {
        ...DJANGO,
        ...workflow(
          'on: push\njobs:\n  deploy:\n    runs-on: x\n    environment: production\n    steps:\n      - run: python manage.py migrate --noinput\n      - run: cf push app\n'
        )
      },
      status: 'pass',
      messageId: 'applied-on-deploy',
      mentions: ['`deploy`', 'app/orders/migrations/0001_initial.py'],
      at: '.github/workflows/ci.yml:7'
    },
    {
      name: 'a migrate job the deploy needs (Rails)',
      files: {
        'db/migrate/20240101_create_users.rb': '',
        ...workflow(
          `on: push\njobs:\n  migrate:\n    runs-on: x\n    steps:\n      - run: bin/rails db:migrate\n${DEPLOY.replace('    runs-on: x\n', '    runs-on: x\n    needs: migrate\n')}`
        )
      },
      status: 'pass',
      messageId: 'applied-on-deploy',
      mentions: ['`migrate`']
    },
    {
      name: 'Flyway migrations applied by an action after the deploy',
      files: {
        'db/migration/V1__init.sql': '',
        ...workflow(
          `on: push\njobs:\n${DEPLOY}  schema:\n    runs-on: x\n    needs: deploy\n    steps:\n      - uses: joshuaavalon/flyway-action@v3\n`
        )
      },
      status: 'pass',
      messageId: 'applied-on-deploy'
    },
    {
      name: 'no migrations: not applicable',
      files: { 'src/app.py': '', ...workflow(`on: push\njobs:\n${DEPLOY}`) },
      status: 'not-applicable',
      messageId: 'no-migrations'
    },
    {
      name: "an installed package's migrations are not the repository's",
      files: { '.venv/lib/site-packages/django/contrib/auth/migrations/0001_initial.py': '' },
      status: 'not-applicable',
      messageId: 'no-migrations'
    }
  ],
  invalid: [
    {
      name: 'a deploy handed off to another repository may run the migrations there: unknown, naming it (§10.2)',
      files: {
        ...DJANGO,
        ...workflow(
          'on: push\njobs:\n  release:\n    runs-on: x\n    steps:\n      - name: Deploy to production\n        run: gh workflow run deploy.yml --repo acme/infra -f tag=$GITHUB_SHA\n'
        )
      },
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['acme/infra/deploy.yml', 'another repository'],
      at: '.github/workflows/ci.yml:6'
    },
    {
      name: 'the deploy runs in a remote reusable workflow: it may migrate there, unknown naming it (§10.2)',
      files: {
        ...DJANGO,
        ...workflow(
          'on: push\njobs:\n  deploy:\n    uses: acme/platform/.github/workflows/deploy-app.yml@v2\n    with:\n      environment: production\n'
        )
      },
      status: 'unknown',
      messageId: 'opaque',
      mentions: ['applying the migrations', 'acme/platform/.github/workflows/deploy-app.yml@v2']
    },
    {
      name: 'the deploy is a remote action named deploy: it may run a release task, unknown naming it',
      files: {
        ...DJANGO,
        ...workflow(
          'on: push\njobs:\n  release:\n    runs-on: x\n    environment: production\n    steps:\n      - uses: acme/container-apps/.github/actions/deploy@v5\n        with:\n          app-name: orders\n'
        )
      },
      status: 'unknown',
      messageId: 'opaque'
    },
    {
      name: 'a readable deploy beside an unreadable notification action still fails (near miss)',
      files: {
        ...DJANGO,
        ...workflow(
          'on: push\njobs:\n  deploy:\n    runs-on: x\n    environment: production\n    steps:\n      - run: cf push app\n      - uses: acme/actions/notify-slack@v1\n'
        )
      },
      status: 'fail',
      messageId: 'not-applied'
    },
    {
      name: 'migrations found where the policy says they are',
      files: { 'schema/001.sql': '' },
      options: { migrations: ['schema/*.sql'] },
      status: 'fail',
      messageId: 'no-deploy'
    },
    {
      name: 'migrations exist, the deploy does not run them (near miss names the deploy)',
      files: { ...DJANGO, ...workflow(`on: push\njobs:\n${DEPLOY}`) },
      status: 'fail',
      messageId: 'not-applied',
      mentions: ['`deploy`', 'app/orders/migrations/0001_initial.py'],
      at: '.github/workflows/ci.yml:3'
    },
    {
      name: 'migrations run only in a separate workflow with no deploy on its path',
      files: {
        ...DJANGO,
        ...workflow(`on: push\njobs:\n${DEPLOY}`),
        ...workflow(
          'on: workflow_dispatch\njobs:\n  db:\n    runs-on: x\n    steps:\n      - run: python manage.py migrate\n',
          'db.yml'
        )
      },
      status: 'fail',
      messageId: 'off-deploy-path',
      mentions: ['`db`']
    },
    {
      name: 'migrations exist but nothing deploys',
      files: {
        'prisma/migrations/20240101_init/migration.sql': '',
        ...workflow('on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: npm test\n')
      },
      status: 'fail',
      messageId: 'no-deploy',
      mentions: ['prisma/migrations/20240101_init/migration.sql']
    }
  ]
})
