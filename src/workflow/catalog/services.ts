import { cmd } from './command-pattern.js'

/**
 * Steps that start a service for the job's own tests (patterns §7.2): a database or broker container, a
 * compose stack in the background, a system service or a service-starting action. Tests after one run
 * against a real service: integration tests, as with `services:`.
 */
export type ServiceStart =
  | { kind: 'run'; id: string; examples: readonly string[]; pattern: RegExp }
  | { kind: 'uses'; id: string; examples: readonly string[]; pattern: string }

/** Images of services a test suite talks to, not of the application or a test runner. */
const SERVICE_IMAGES =
  'postgres|postgis|mysql|mariadb|mongo|redis|valkey|rabbitmq|elasticsearch|opensearch|localstack|kafka|redpanda|zookeeper|minio|memcached|cassandra|mssql|azure-sql-edge|azurite|dynamodb-local|nats|clickhouse|neo4j|couchdb|wiremock|mailhog|mailpit'

export const SERVICE_STARTS: readonly ServiceStart[] = [
  {
    kind: 'run',
    id: 'docker-run-service',
    examples: [
      'docker run -d -p 5432:5432 -e POSTGRES_PASSWORD=pw postgres:16',
      'docker run --detach --name cache redis:7-alpine'
    ],
    pattern: new RegExp(
      `(?<![\\w.:-])(?:docker|podman)\\s+run(?=.*\\s(?:-d|--detach)(?![\\w-]))(?:\\s+\\S+)*?\\s+(?:\\S+\\/)?(?:${SERVICE_IMAGES})[\\w.-]*(?::\\S+)?(?:\\s|$)`
    )
  },
  {
    kind: 'run',
    id: 'compose-up-detached',
    examples: ['docker compose up -d db localstack', 'docker-compose -f docker-compose.e2e.yml up --detach'],
    pattern:
      /(?<![\w.:-])docker(?:\s+|-)compose(?:\s+\S+)*?\s+up(?![\w.:-])(?=.*\s(?:-d|--detach|--wait)(?![\w-]))/
  },
  {
    kind: 'run',
    id: 'system-service',
    examples: [
      'systemctl start postgresql.service',
      'service mysql start',
      'brew services start postgresql@16'
    ],
    pattern: cmd(
      `(?:systemctl\\s+start|brew\\s+services\\s+start)\\s+(?:\\S*(?:${SERVICE_IMAGES})\\S*)|service\\s+\\S*(?:${SERVICE_IMAGES})\\S*\\s+start|pg_ctl(?:cluster)?\\s+(?:\\S+\\s+)*start`
    )
  },
  {
    kind: 'uses',
    id: 'service-action',
    examples: [
      'supercharge/redis-github-action@1.8.0',
      'supercharge/mongodb-github-action@1.11.0',
      'ankane/setup-postgres@v1',
      'LocalStack/setup-localstack@v0.2.3'
    ],
    pattern:
      '{supercharge/*-github-action,ankane/setup-{postgres,mysql,mariadb,mongodb,elasticsearch,opensearch,sqlserver},harmon758/postgresql-action,ikalnytskyi/action-setup-postgres,mirromutth/mysql-action,shogo82148/actions-setup-mysql,LocalStack/setup-localstack,niden/actions-memcached,getong/{elasticsearch,rabbitmq,mariadb,redis,kafka}-action}'
  }
]

/** A job id or name that says it tests (`test`, `rspec-tests`, `specs`): its `services:` are for its suites. */
export const TEST_JOB_NAME = /\b(?:tests?|testing|specs?)\b/
