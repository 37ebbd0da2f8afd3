import { cmd, NOT_LOCAL } from './command-pattern.js'
import { name, run, uses } from './entry.js'
import type { CatalogEntry } from './entry.js'

/** Uploads of test evidence are test reports, coverage or debugging aids, not build outputs. */
const NOT_BUILD_OUTPUT = /screenshot|video|trace|logs?\b|test-?results?|junit|report|coverage|lcov|sarif/i

/** Publishing with `--dry-run` only checks that it would work (`cargo publish --dry-run`, `deno publish --dry-run`). */
function notDryRun(source: string): RegExp {
  return new RegExp(`${cmd(source).source}(?!.*\\s--dry-run\\b)`)
}

const REGISTRY_WORDS = '{image,images,ecr,docker,registry,gcr,acr,ghcr,container}'

/** Releasing: storing and publishing what a build produced (registries, package indexes, release assets). */
export const RELEASE: readonly CatalogEntry[] = [
  // artifact-store
  run(
    'docker-push',
    'artifact-store',
    ['docker push ghcr.io/org/app:1.0', 'docker push --all-tags ghcr.io/gsa-tts/fac/web'],
    new RegExp(`(?<![\\w.:-])(?:docker|podman|buildah)(?:\\s+compose)?\\s+push(?![\\w.:-])${NOT_LOCAL}`)
  ),
  run(
    'docker-build-push',
    'artifact-store',
    ['docker buildx build --push -t ghcr.io/org/app .'],
    new RegExp(`(?<![\\w.:-])docker\\s+buildx\\s+(?:build|bake)(?![\\w.:-]).*\\s--push\\b${NOT_LOCAL}`)
  ),
  run(
    'image-copy',
    'artifact-store',
    [
      'skopeo copy docker://ghcr.io/org/app:1 docker://registry.example.com/app:1',
      'crane copy ghcr.io/org/app:1 ghcr.io/org/app:stable',
      'ko build ./cmd/app'
    ],
    new RegExp(
      `(?<![\\w.:-])(?:skopeo\\s+copy|crane\\s+(?:push|copy)|ko\\s+(?:build|publish|apply|resolve|create)(?!.*--(?:local|push=false)))(?![\\w.:-])${NOT_LOCAL}`
    )
  ),
  run(
    'jib',
    'artifact-store',
    ['./mvnw compile jib:build', './gradlew jib'],
    /(?<![\w-])jib(?::build)?(?![\w.:-])/
  ),
  run(
    'npm-publish',
    'artifact-store',
    [
      'npm publish --access public',
      'npx semantic-release',
      'npx changeset publish',
      'npx jsr publish',
      'bunx jsr publish',
      'pnpm dlx jsr publish',
      'deno publish'
    ],
    notDryRun(
      '(?:npm|pnpm|yarn(?:\\s+npm)?|bun)\\s+publish|changeset\\s+publish|lerna\\s+publish|semantic-release|vsce\\s+publish|ovsx\\s+publish|jsr\\s+publish|deno\\s+publish'
    )
  ),
  run(
    'python-publish',
    'artifact-store',
    ['twine upload dist/*', 'poetry publish --build'],
    notDryRun('twine\\s+upload|(?:poetry|uv|hatch|flit|pdm)\\s+publish|anaconda\\s+upload')
  ),
  run('cargo-publish', 'artifact-store', ['cargo publish'], notDryRun('cargo\\s+publish')),
  run(
    'maven-deploy',
    'artifact-store',
    ['mvn -B deploy'],
    /(?<![\w.:-])(?:\.\/)?mvnw?(?![\w.:-]).*\sdeploy(?![\w.:-])/
  ),
  run(
    'gradle-publish',
    'artifact-store',
    ['./gradlew publish', './gradlew publishToSonatype'],
    /(?<![\w.:-])(?:\.\/)?gradlew?(?![\w.:-]).*\s(?::?[\w-]+:)?publish\w*(?![\w.:-])/
  ),
  run('gem-push', 'artifact-store', ['gem push pkg/app.gem'], cmd('gem\\s+push')),
  run('nuget-push', 'artifact-store', ['dotnet nuget push out/*.nupkg'], cmd('(?:dotnet\\s+)?nuget\\s+push')),
  run(
    'gh-release',
    'artifact-store',
    ['gh release upload v1 dist/app.tgz', 'gh release create v1.2.0 dist/*'],
    cmd('gh\\s+release\\s+(?:upload|create)')
  ),
  run(
    'goreleaser',
    'artifact-store',
    ['goreleaser release --clean'],
    /(?<![\w.:-])goreleaser(?![\w.:-])(?!\s+(?:build|check|healthcheck))(?!.*--snapshot)/
  ),
  run(
    'oci-push',
    'artifact-store',
    [
      'helm push podinfo-1.0.0.tgz oci://ghcr.io/stefanprodan/charts',
      'oras push ghcr.io/org/a:1 file.txt',
      'flux push artifact oci://ghcr.io/org/manifests:1 --path=./deploy --source=repo --revision=main'
    ],
    new RegExp(
      `(?<![\\w.:-])(?:helm\\s+(?:push|cm-push)|oras\\s+push|flux\\s+push\\s+artifact|timoni\\s+mod\\s+push|cr\\s+upload)(?![\\w.:-])${NOT_LOCAL}`
    )
  ),
  run(
    'jfrog-upload',
    'artifact-store',
    ['jf rt upload "dist/*.zip" libs-release-local/app/'],
    cmd('jf(?:rog)?\\s+rt\\s+(?:u|upload)')
  ),
  run(
    'mlflow-sagemaker-push',
    'artifact-store',
    ['mlflow sagemaker build-and-push-container --build --push -c mlflow-pyfunc'],
    cmd('mlflow\\s+sagemaker\\s+build-and-push-container')
  ),
  // `--build-image` builds the pipeline's container image and pushes it to the registry its runner config names.
  run(
    'tfx-build-image',
    'artifact-store',
    ['tfx pipeline create --pipeline-path kubeflow_runner.py --engine vertex --build-image'],
    new RegExp(`${cmd('tfx\\s+pipeline\\s+(?:create|update)').source}.*\\s--build[-_]image(?![\\w-])`)
  ),
  // Remote builds that push their image (Cloud Build, ACR Tasks) and Azure ML components/environments stored in the workspace.
  run(
    'cloud-image-build',
    'artifact-store',
    ['gcloud builds submit --tag gcr.io/p/app', 'az acr build -r reg -t app:1 .'],
    cmd('gcloud\\s+builds\\s+submit|az\\s+acr\\s+build|az\\s+ml\\s+(?:component|environment)\\s+create')
  ),
  uses(
    'actions/upload-artifact',
    'artifact-store',
    [{ uses: 'actions/upload-artifact@v4', with: { name: 'dist', path: 'dist/' } }],
    'actions/upload-artifact',
    {
      withNot: { path: NOT_BUILD_OUTPUT, name: NOT_BUILD_OUTPUT }
    }
  ),
  // The Pages site is kept as the run's `github-pages` artifact, which `actions/deploy-pages` then publishes.
  uses(
    'actions/upload-pages-artifact',
    'artifact-store',
    [{ uses: 'actions/upload-pages-artifact@v3', with: { path: './public' } }],
    'actions/upload-pages-artifact',
    { withNot: { path: NOT_BUILD_OUTPUT } }
  ),
  uses(
    'docker/build-push-action (push)',
    'artifact-store',
    [
      { uses: 'docker/build-push-action@v6', with: { push: 'true', tags: 'ghcr.io/org/app:latest' } },
      { uses: 'docker/bake-action@v5', with: { push: "${{ github.event_name != 'pull_request' }}" } }
    ],
    'docker/{build-push,bake}-action',
    {
      with: { push: /^(?:true|\$\{\{.*\}\})$/ }
    }
  ),
  uses('jwalton/gh-ecr-push', 'artifact-store', ['jwalton/gh-ecr-push@v1']),
  uses('elgohr/Publish-Docker-Github-Action', 'artifact-store', ['elgohr/Publish-Docker-Github-Action@v5']),
  // An action the catalog does not know whose name joins push with an image or registry word (patterns §6.2).
  uses(
    'push-image action',
    'artifact-store',
    ['sofianhamiti/composite-action-push-image-ecr@main', 'some-org/actions/push-docker-image@v2'],
    `*/{,**/}{{,*[-_.]}push[-_.]{,*[-_.]}${REGISTRY_WORDS}{,[-_.]*},{,*[-_.]}${REGISTRY_WORDS}[-_.]{,*[-_.]}push{,[-_.]*}}`
  ),
  uses('softprops/action-gh-release', 'artifact-store', ['softprops/action-gh-release@v2']),
  uses('ncipollo/release-action', 'artifact-store', ['ncipollo/release-action@v1']),
  uses('actions/upload-release-asset', 'artifact-store', ['actions/upload-release-asset@v1']),
  uses('svenstaro/upload-release-action', 'artifact-store', ['svenstaro/upload-release-action@v2']),
  uses('pypa/gh-action-pypi-publish', 'artifact-store', ['pypa/gh-action-pypi-publish@release/v1']),
  uses('JS-DevTools/npm-publish', 'artifact-store', ['JS-DevTools/npm-publish@v3']),
  uses(
    'changesets/action',
    'artifact-store',
    [{ uses: 'changesets/action@v1', with: { publish: 'npm run release' } }],
    'changesets/action',
    { with: { publish: /\S/ } }
  ),
  uses('helm/chart-releaser-action', 'artifact-store', ['helm/chart-releaser-action@v1.6.0']),
  uses('stefanprodan/helm-gh-pages', 'artifact-store', ['stefanprodan/helm-gh-pages@v1.7.0']),
  uses('appany/helm-oci-chart-releaser', 'artifact-store', ['appany/helm-oci-chart-releaser@v0.4.2']),
  name(
    'name:push-image',
    'artifact-store',
    ['Build and push docker image', 'Push image to ECR', 'Build and push training image'],
    /\bpush(?:es|ed|ing)?\b(?: \w+){0,3} (?:images?|containers?)\b|\bpush(?:es|ed|ing)?\b(?: \w+){0,2} to (?:ecr|gcr|acr|ghcr|docker ?hub|(?:container |artifact )?registry)\b/
  )
]
