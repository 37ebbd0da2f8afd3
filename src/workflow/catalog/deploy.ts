import { cmd, script, scriptFile, target } from './command-pattern.js'
import { name, run, uses } from './entry.js'
import type { CatalogEntry } from './entry.js'

/** Deploying: releases to an environment, the database migrations and infrastructure changes that go with them, and progressive rollouts. */
export const DEPLOY: readonly CatalogEntry[] = [
  // deploy
  run(
    'kubectl-apply',
    'deploy',
    ['kubectl apply -f k8s/', 'kubectl -n prod set image deployment/app app=img:1'],
    /(?<![\w.:-])kubectl(?:\s+-{1,2}[\w-]+(?:[= ](?!apply|create|replace|set)\S+)?)*\s+(?:apply|replace|create\s+-f|set\s+image)(?![\w.:-])(?!.*--dry-run)/
  ),
  run('ko-apply', 'deploy', ['ko apply -f config/'], cmd('ko\\s+(?:apply|create)(?!.*--dry-run)')),
  run(
    'helm-upgrade',
    'deploy',
    ['helm upgrade --install app ./chart', 'helmfile apply'],
    /(?<![\w.:-])helm\s+(?:upgrade|install)(?![\w.:-])(?!.*--dry-run)|(?<![\w.:-])helmfile\s+(?:apply|sync)(?![\w.:-])/
  ),
  run('cf-push', 'deploy', ['cf push my-app'], cmd('cf\\s+(?:push|blue-green-deploy|zero-downtime-push)')),
  run('fly-deploy', 'deploy', ['flyctl deploy --remote-only', 'fly deploy'], cmd('fly(?:ctl)?\\s+deploy')),
  run(
    'vercel-deploy',
    'deploy',
    ['vercel deploy --prod', 'npx vercel --prod --token=$VERCEL_TOKEN'],
    /(?<![\w.:-])vercel(?![\w.:-])(?:\s+deploy\b|.*\s--prod\b)/
  ),
  run('netlify-deploy', 'deploy', ['netlify deploy --prod --dir dist'], cmd('netlify\\s+deploy')),
  run(
    'firebase-deploy',
    'deploy',
    ['firebase deploy --only hosting'],
    cmd('firebase\\s+(?:deploy|hosting:channel:deploy)')
  ),
  run(
    'aws-deploy',
    'deploy',
    [
      'aws ecs update-service --cluster c --service s --force-new-deployment',
      'aws lambda update-function-code --function-name f --zip-file fileb://f.zip',
      'eb deploy production'
    ],
    cmd(
      'aws\\s+ecs\\s+(?:update-service|deploy)|ecs-deploy|aws\\s+lambda\\s+update-function-code|aws\\s+deploy\\s+create-deployment|aws\\s+elasticbeanstalk\\s+update-environment|eb\\s+deploy|sam\\s+deploy|copilot\\s+(?:svc\\s+)?deploy'
    )
  ),
  run(
    'serverless-deploy',
    'deploy',
    ['npx serverless deploy --stage prod', 'sls deploy'],
    cmd('(?:serverless|sls)\\s+deploy')
  ),
  run(
    'azure-deploy',
    'deploy',
    ['az webapp deploy --name app --src-path app.zip', 'az containerapp update -n app -g rg --image img:1'],
    cmd(
      'az\\s+(?:webapp|functionapp)\\s+(?:deploy|up|deployment\\s+source\\s+config-zip)|az\\s+containerapp\\s+(?:update|up|create)|az\\s+spring\\s+app\\s+deploy|az\\s+staticwebapp|swa\\s+deploy'
    )
  ),
  run(
    'gcloud-deploy',
    'deploy',
    ['gcloud run deploy api --image gcr.io/p/api', 'gcloud app deploy app.yaml'],
    cmd(
      'gcloud\\s+(?:beta\\s+)?(?:run\\s+deploy|app\\s+deploy|functions\\s+deploy|run\\s+services\\s+replace|deploy\\s+releases\\s+create)'
    )
  ),
  run(
    'paas-deploy',
    'deploy',
    ['git push heroku main', 'kamal deploy', 'npx wrangler deploy', 'docker stack deploy -c stack.yml app'],
    cmd(
      'git\\s+push\\s+(?:-\\S+\\s+)*(?:heroku|dokku)|heroku\\s+container:release|kamal\\s+deploy|cap\\s+(?:\\S+\\s+)?deploy|dokku|docker\\s+stack\\s+deploy|nomad\\s+(?:job\\s+)?run|wrangler\\s+(?:deploy|publish|pages\\s+deploy)|surge|gh-pages\\s+-d'
    )
  ),
  run(
    'gitops-deploy',
    'deploy',
    ['argocd app sync app', 'skaffold run -p prod', 'ansible-playbook -i inventory deploy.yml'],
    cmd(
      'argocd\\s+app\\s+sync|skaffold\\s+(?:run|deploy)|timoni\\s+(?:bundle\\s+)?apply|kapp\\s+deploy|ansible-playbook'
    )
  ),
  // MLEM builds a model's serving image and runs it on the deployment's target (Heroku, Docker, Kubernetes, SageMaker).
  run(
    'mlem-deploy',
    'deploy',
    ['mlem deployment run api-customer-churn-dev'],
    cmd('mlem\\s+(?:deployment|deploy)\\s+(?:run|apply|create)')
  ),
  run(
    'remote-copy-deploy',
    'deploy',
    ['rsync -avz dist/ deploy@example.com:/var/www/app'],
    /(?<![\w.:-])(?:rsync|scp)(?![\w.:-]).*\s[\w.-]+@[\w.-]+:/
  ),
  // The built site is pushed to the gh-pages branch: a deploy (of the docs, an environment of class other).
  run(
    'docs-deploy',
    'deploy',
    ['mkdocs gh-deploy --force', 'mike deploy --push 1.0 latest'],
    cmd('mkdocs\\s+gh-deploy|mike\\s+deploy(?=.*\\s--push\\b)')
  ),
  run('deploy-script', 'deploy', ['bin/ops/deploy.sh', './scripts/deploy-prod.sh'], scriptFile('deploy')),
  run('npm-deploy', 'deploy', ['npm run deploy', 'yarn deploy:prod'], script('deploy(?::[\\w:-]+)?')),
  run(
    'make-deploy',
    'deploy',
    ['make deploy', 'make deploy-staging'],
    target('deploy|deploy-\\w+|release-deploy')
  ),
  uses('azure/webapps-deploy', 'deploy', ['Azure/webapps-deploy@v3']),
  uses('azure/functions-action', 'deploy', ['Azure/functions-action@v1']),
  uses('azure/k8s-deploy', 'deploy', ['Azure/k8s-deploy@v5']),
  uses('azure/container-apps-deploy-action', 'deploy', ['azure/container-apps-deploy-action@v2']),
  uses('azure/static-web-apps-deploy', 'deploy', ['Azure/static-web-apps-deploy@v1']),
  uses('azure/aci-deploy', 'deploy', ['azure/aci-deploy@v1']),
  // Azure ML (SDK v1) deploys a registered model as a web service (ACI, or AKS when its parameters file names one).
  uses('Azure/aml-deploy', 'deploy', ['Azure/aml-deploy@v1']),
  uses('aws-actions/amazon-ecs-deploy-task-definition', 'deploy', [
    'aws-actions/amazon-ecs-deploy-task-definition@v2'
  ]),
  uses(
    'google-github-actions/deploy',
    'deploy',
    ['google-github-actions/deploy-cloudrun@v2', 'google-github-actions/deploy-appengine@v2'],
    'google-github-actions/deploy-{cloudrun,appengine,cloud-functions}'
  ),
  uses('FirebaseExtended/action-hosting-deploy', 'deploy', ['FirebaseExtended/action-hosting-deploy@v0']),
  uses('amondnet/vercel-action', 'deploy', ['amondnet/vercel-action@v25']),
  uses('nwtgck/actions-netlify', 'deploy', ['nwtgck/actions-netlify@v3.0']),
  uses('peaceiris/actions-gh-pages', 'deploy', ['peaceiris/actions-gh-pages@v4']),
  uses('JamesIves/github-pages-deploy-action', 'deploy', ['JamesIves/github-pages-deploy-action@v4']),
  uses('actions/deploy-pages', 'deploy', ['actions/deploy-pages@v4']),
  uses(
    'cloudflare/wrangler-action',
    'deploy',
    ['cloudflare/wrangler-action@v3', 'cloudflare/pages-action@v1'],
    'cloudflare/{wrangler-action,pages-action}'
  ),
  uses('akhileshns/heroku-deploy', 'deploy', ['akhileshns/heroku-deploy@v3.13.15']),
  uses('dokku/github-action', 'deploy', ['dokku/github-action@master']),
  // `oc new-app` and `oc expose` of an image: it creates the app and waits for no rollout.
  uses('redhat-actions/oc-new-app', 'deploy', ['redhat-actions/oc-new-app@v1']),
  uses('deliverybot/helm', 'deploy', ['deliverybot/helm@v1']),
  uses('easingthemes/ssh-deploy', 'deploy', ['easingthemes/ssh-deploy@v5']),
  uses('SamKirkland/FTP-Deploy-Action', 'deploy', ['SamKirkland/FTP-Deploy-Action@v4.3.5']),
  uses(
    'bitovi/github-actions-deploy',
    'deploy',
    ['bitovi/github-actions-deploy-docker-to-ec2@v1'],
    'bitovi/github-actions-deploy-*'
  ),
  uses(
    'Azure/mlops-templates create-deployment',
    'deploy',
    [
      'Azure/mlops-templates/.github/workflows/create-deployment.yml@main',
      'Azure/mlops-templates/.github/workflows/create-endpoint.yml@main'
    ],
    'Azure/mlops-templates/.github/workflows/create-{deployment,endpoint}.yml'
  ),
  name(
    'name:deploy',
    'deploy',
    ['Deploy to Firebase', 'deploy-production'],
    /\bdeploy(?:s|ed|ing|ment)?\b/,
    /\b(?:record|marker|notify|notification|status|review|approval|preview url|key|token|undeploy|teardown|destroy|delete|cleanup|post deploy|new ?relic|datadog|sentry|slack)\b/
  ),

  // db-migration
  run('alembic', 'db-migration', ['alembic upgrade head'], cmd('alembic\\s+(?:\\S+\\s+)*upgrade')),
  run(
    'django-migrate',
    'db-migration',
    ['python manage.py migrate --noinput'],
    cmd('manage\\.py\\s+migrate')
  ),
  run(
    'rails-migrate',
    'db-migration',
    ['bin/rails db:migrate', 'bundle exec rake db:migrate'],
    cmd('(?:bin\\/)?(?:rails|rake)\\s+db:(?:migrate|prepare)')
  ),
  run(
    'flyway',
    'db-migration',
    ['flyway -url=jdbc:x migrate', './mvnw flyway:migrate'],
    /(?<![\w.:-])flyway(?![\w.:-]).*\smigrate(?![\w.:-])|flyway:migrate|flywayMigrate/
  ),
  run(
    'liquibase',
    'db-migration',
    ['liquibase --changelog-file=c.xml update'],
    /(?<![\w.:-])liquibase(?![\w.:-]).*\supdate(?:-\w+)?(?![\w.:-])|liquibase:update|liquibaseUpdate/
  ),
  run(
    'js-migrate',
    'db-migration',
    ['npx prisma migrate deploy', 'npx knex migrate:latest', 'npx sequelize-cli db:migrate'],
    cmd(
      'prisma\\s+(?:migrate\\s+deploy|db\\s+push)|knex\\s+migrate:latest|sequelize(?:-cli)?\\s+db:migrate|typeorm(?:-ts-node-\\w+)?\\s+migration:run|drizzle-kit\\s+(?:migrate|push)|node-pg-migrate\\s+up'
    )
  ),
  run(
    'go-migrate',
    'db-migration',
    [
      'goose -dir db postgres "$DSN" up',
      'migrate -path db/migrations -database "$DB" up',
      'atlas migrate apply --env prod'
    ],
    /(?<![\w.:-])(?:goose|migrate|dbmate)(?![\w.:-]).*\s(?:up|migrate)(?![\w.:-])|(?<![\w.:-])atlas\s+(?:migrate|schema)\s+apply/
  ),
  run(
    'other-migrate',
    'db-migration',
    ['php artisan migrate --force', 'dotnet ef database update', 'mix ecto.migrate'],
    cmd(
      'sqitch\\s+deploy|diesel\\s+migration\\s+run|sqlx\\s+migrate\\s+run|php\\s+artisan\\s+migrate|doctrine:migrations:migrate|mix\\s+ecto\\.migrate|dotnet\\s+ef\\s+database\\s+update'
    )
  ),
  run(
    'npm-migrate',
    'db-migration',
    ['npm run migrate', 'yarn db:migrate'],
    script('(?:db:)?migrate(?::[\\w:-]+)?|migration:run')
  ),
  run('make-migrate', 'db-migration', ['make migrate'], target('migrate|db-migrate|migrate-up|migrations')),
  run(
    'migrate-script',
    'db-migration',
    ['./scripts/migrate.sh', './run-migrations.sh'],
    scriptFile('migrate|run[-_]migrations?')
  ),
  uses('joshuaavalon/flyway-action', 'db-migration', ['joshuaavalon/flyway-action@v3.0.0']),
  uses(
    'liquibase',
    'db-migration',
    ['liquibase-github-actions/update@v4.29.1', 'liquibase/liquibase-github-action@v7'],
    'liquibase{,-github-actions}/{update,liquibase-github-action}'
  ),
  name(
    'name:migrate',
    'db-migration',
    ['Run database migrations', 'db-migrate'],
    /\b(?:migrate|run migrations|apply migrations|database migrations?|db migrations?)\b/,
    /\b(?:check|validat\w*|lint|verify|integrity|makemigrations)\b/
  ),

  // iac-apply
  run(
    'terraform-apply',
    'iac-apply',
    [
      'terraform apply -auto-approve tfplan',
      'terraform -chdir=infra apply -auto-approve',
      'terragrunt run-all apply'
    ],
    /(?<![\w.:-])(?:terraform|tofu|terragrunt)(?:\s+-chdir=\S+)?\s+(?:run-all\s+)?apply(?![\w.:-])/
  ),
  run('pulumi-up', 'iac-apply', ['pulumi up --yes'], cmd('pulumi\\s+(?:\\S+\\s+)*up')),
  run('cdk-deploy', 'iac-apply', ['npx cdk deploy --all'], cmd('cdk(?:tf)?\\s+deploy')),
  run(
    'helm-upgrade-iac',
    'iac-apply',
    ['helm upgrade --install app ./chart'],
    /(?<![\w.:-])helm\s+upgrade(?![\w.:-])(?!.*--dry-run)|(?<![\w.:-])helmfile\s+(?:apply|sync)(?![\w.:-])/
  ),
  run(
    'azure-arm',
    'iac-apply',
    [
      'az deployment group create -g rg -f main.bicep',
      'New-AzResourceGroupDeployment -ResourceGroupName rg -TemplateFile main.bicep'
    ],
    cmd(
      'az\\s+deployment\\s+(?:group|sub|mg|tenant)\\s+create|az\\s+stack\\s+(?:group|sub|mg)\\s+create|New-Az(?:ResourceGroup|Subscription)?Deployment'
    )
  ),
  run(
    'cloudformation',
    'iac-apply',
    ['aws cloudformation deploy --template-file t.yml --stack-name s', 'sam deploy --no-confirm-changeset'],
    cmd('aws\\s+cloudformation\\s+(?:deploy|create-stack|update-stack)|sam\\s+deploy|rain\\s+deploy')
  ),
  run(
    'gcloud-deployment-manager',
    'iac-apply',
    ['gcloud deployment-manager deployments create app --config app.yaml'],
    cmd('gcloud\\s+deployment-manager\\s+deployments\\s+(?:create|update)')
  ),
  uses(
    'hashicorp/tfc-workflows-github apply-run',
    'iac-apply',
    ['hashicorp/tfc-workflows-github/actions/apply-run@v1.3.0'],
    'hashicorp/tfc-workflows-github/actions/apply-run'
  ),
  uses(
    'dflook/terraform-apply',
    'iac-apply',
    ['dflook/terraform-apply@v1', 'dflook/tofu-apply@v1'],
    'dflook/{terraform,tofu}-apply'
  ),
  uses(
    'pulumi/actions',
    'iac-apply',
    [{ uses: 'pulumi/actions@v6', with: { command: 'up', 'stack-name': 'prod' } }],
    'pulumi/actions',
    { with: { command: /^up$/ } }
  ),
  uses(
    'azure/arm-deploy',
    'iac-apply',
    ['azure/arm-deploy@v2', 'azure/bicep-deploy@v1'],
    'azure/{arm,bicep}-deploy'
  ),
  uses('aws-actions/aws-cloudformation-github-deploy', 'iac-apply', [
    'aws-actions/aws-cloudformation-github-deploy@v1'
  ]),
  uses(
    'hashicorp/terraform-github-actions',
    'iac-apply',
    [{ uses: 'hashicorp/terraform-github-actions@master', with: { tf_actions_subcommand: 'apply' } }],
    'hashicorp/terraform-github-actions',
    {
      with: { tf_actions_subcommand: /^apply$/ }
    }
  ),
  uses(
    'gruntwork-io/terragrunt-action',
    'iac-apply',
    [{ uses: 'gruntwork-io/terragrunt-action@v2', with: { tg_command: 'run-all apply' } }],
    'gruntwork-io/terragrunt-action',
    {
      with: { tg_command: /\bapply\b/ }
    }
  ),
  // An action the catalog does not know whose name joins an IaC tool with apply or deploy (patterns §10.1).
  uses(
    'iac action',
    'iac-apply',
    ['sofianhamiti/composite-action-cdk-deploy@main', 'some-org/actions/terraform-apply@v1'],
    '*/{,**/}{,*[-_.]}{cdk,terraform,tofu,pulumi,bicep,terragrunt}[-_.]{apply,deploy}{,[-_.]*}'
  ),
  name(
    'name:iac',
    'iac-apply',
    ['Terraform apply', 'deploy-infrastructure'],
    /\b(?:terraform|tofu|terragrunt|pulumi|cdk|bicep|arm) (?:apply|up|deploy)\b|\bdeploy infra(?:structure)?\b|\binfra(?:structure)? (?:apply|deploy(?:ment)?)\b/
  ),

  // rollout
  run(
    'helm-atomic',
    'rollout',
    ['helm upgrade --install app ./chart --atomic --timeout 5m'],
    /(?<![\w.:-])helm\s+(?:upgrade|install)(?![\w.:-]).*\s--(?:atomic|wait)\b/
  ),
  run(
    'kubectl-rollout-status',
    'rollout',
    ['kubectl rollout status deployment/app', 'kubectl argo rollouts promote app'],
    cmd('kubectl(?:\\s+-{1,2}[\\w-]+(?:[= ]\\S+)?)*\\s+(?:rollout\\s+status|argo\\s+rollouts)')
  ),
  run(
    'rollout-strategy',
    'rollout',
    ['cf blue-green-deploy app', 'kubectl argo rollouts set image app app=img:2 --strategy=canary'],
    /(?<![\w-])(?:canary|blue[-_]?green)(?![\w-])|--strategy[= ](?:rolling|canary|bluegreen|blue-green)\b|cf\s+(?:blue-green-deploy|zero-downtime-push)|flagger/
  ),
  run(
    'ecs-wait-stable',
    'rollout',
    ['aws ecs wait services-stable --cluster c --services api'],
    cmd('aws\\s+ecs\\s+wait\\s+services-stable')
  ),
  run(
    'slot-swap',
    'rollout',
    ['az webapp deployment slot swap -g rg -n app --slot staging'],
    cmd('az\\s+(?:webapp|functionapp)\\s+deployment\\s+slot\\s+swap|Switch-AzWebAppSlot')
  ),
  run(
    'traffic-split',
    'rollout',
    [
      'gcloud run services update-traffic api --to-revisions r2=10',
      'az ml online-endpoint update -n ep --traffic "blue=90 green=10"'
    ],
    cmd(
      'gcloud\\s+(?:beta\\s+)?run\\s+services\\s+update-traffic|gcloud\\s+app\\s+services\\s+set-traffic|az\\s+(?:containerapp\\s+ingress\\s+traffic\\s+set|ml\\s+online-endpoint\\s+update(?=.*--traffic))'
    )
  ),
  uses(
    'azure/k8s-deploy (strategy)',
    'rollout',
    [{ uses: 'Azure/k8s-deploy@v5', with: { strategy: 'canary', percentage: '20' } }],
    'azure/k8s-deploy',
    {
      with: { strategy: /canary|blue-green/i }
    }
  ),
  // An ECS rolling update that waits for the new tasks to be healthy, like `kubectl rollout status`.
  uses(
    'aws-actions/amazon-ecs-deploy-task-definition (stable)',
    'rollout',
    [
      {
        uses: 'aws-actions/amazon-ecs-deploy-task-definition@v2',
        with: { 'task-definition': 'task.json', 'wait-for-service-stability': 'true' }
      }
    ],
    'aws-actions/amazon-ecs-deploy-task-definition',
    { with: { 'wait-for-service-stability': /^true$/i } }
  ),
  uses(
    'azure/webapps-deploy (slot)',
    'rollout',
    [{ uses: 'azure/webapps-deploy@v3', with: { 'app-name': 'app', 'slot-name': 'staging' } }],
    'azure/webapps-deploy',
    { with: { 'slot-name': /\S/ } }
  ),
  uses(
    'Azure/mlops-templates allocate-traffic (split)',
    'rollout',
    [
      {
        uses: 'Azure/mlops-templates/.github/workflows/allocate-traffic.yml@main',
        with: { traffic_allocation: 'blue=90,green=10' }
      }
    ],
    'Azure/mlops-templates/.github/workflows/allocate-traffic.yml',
    {
      with: { traffic_allocation: /=.*,.*=/ }
    }
  ),
  name(
    'name:rollout',
    'rollout',
    ['Canary release', 'Swap slots'],
    /\b(?:canary|blue ?green|progressive rollout|rollout|slot swap|swap slots?|traffic (?:split|shift))\b/
  )
]
