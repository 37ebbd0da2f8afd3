import { cmd, script, scriptFile, target } from './command-pattern.js'
import { name, run, uses } from './entry.js'
import type { CatalogEntry } from './entry.js'

/** What follows `build` when configuration is built: words up to `config(s)`, `param(s)`, `settings`. */
const CONFIG_OBJECT = '(?:[-_.][a-z]+){0,2}?[-_.](?:configs?|configurations?|params|parameters|settings)\\b'

/** Building: compiling, bundling, packaging and the plan an infrastructure repository produces. */
export const BUILD: readonly CatalogEntry[] = [
  // build
  run(
    'npm-build',
    'build',
    ['npm run build', 'yarn build', 'pnpm --dir web run build:prod', 'npm run docker:build'],
    script('(?:docker:)?build(?::[\\w:-]+)?|compile|dist|bundle|package')
  ),
  run('tsc', 'build', ['tsc -p tsconfig.build.json'], /(?<![\w.:-])tsc(?![\w.:-])(?!.*--noEmit)/),
  run(
    'js-bundler',
    'build',
    ['npx webpack --mode production', 'npx vite build', 'npx ncc build src/index.ts -o dist'],
    cmd(
      'webpack|rollup|esbuild|tsup|ncc\\s+build|vite\\s+build|parcel\\s+build|next\\s+build|nuxt\\s+build|ng\\s+build|gatsby\\s+build|astro\\s+build'
    )
  ),
  run(
    'static-site-build',
    'build',
    [
      'hugo --minify',
      'bundle exec jekyll build',
      'mkdocs build --strict',
      'mdbook build',
      'zola build',
      'zensical build --clean',
      'npx docusaurus build',
      'jupyter-book build docs/',
      'npx @11ty/eleventy',
      'quarto render'
    ],
    cmd(
      'hugo(?!\\s+(?:server|version|mod|new))|jekyll\\s+build|mkdocs\\s+(?:build|gh-deploy)|sphinx-build|mdbook\\s+build|zola\\s+build|zensical\\s+build|(?:docusaurus|vitepress|vuepress|jupyter-book)\\s+build|eleventy|hexo\\s+(?:generate|g)|quarto\\s+render'
    )
  ),
  run(
    'mix-compile',
    'build',
    ['mix compile', 'MIX_ENV=prod mix release'],
    cmd('mix\\s+(?:compile|release|escript\\.build)')
  ),
  run(
    'go-build',
    'build',
    ['go build ./...', 'xk6 build --with github.com/grafana/xk6-sql'],
    cmd('go\\s+build|goreleaser\\s+build|xk6\\s+build|ko\\s+(?:apply|resolve|create)')
  ),
  // A synthesised template is built from code; a plan (`terraform plan`, `pulumi preview`) only compares
  // the code with live infrastructure and builds nothing (patterns §2.2).
  run('iac-synth', 'build', ['npx cdk synth', 'cdktf synth'], cmd('cdk(?:tf)?\\s+synth')),
  run('make-build', 'build', ['make build', 'make all'], target('build|all|compile|dist|package')),
  run('make-default', 'build', ['make'], /^(?:make|\$\{MAKE\})(?:\s+-[\w-]+)*\s*$/),
  run(
    'maven-build',
    'build',
    ['mvn -B package -DskipTests', './mvnw compile'],
    cmd('(?:\\.\\/)?mvnw?(?:\\s+\\S+)*?\\s+(?:compile|package|install|verify)')
  ),
  run(
    'gradle-build',
    'build',
    ['./gradlew build', './gradlew assemble'],
    cmd('(?:\\.\\/)?gradlew?(?:\\s+\\S+)*?\\s+(?:build|assemble\\w*|jar|bootJar|shadowJar)')
  ),
  run(
    'cargo-build',
    'build',
    ['cargo build --release', 'wasm-pack build --target web'],
    cmd('cargo\\s+build|wasm-pack\\s+build')
  ),
  run('swift-build', 'build', ['swift build -v', 'swift build -c release'], cmd('swift\\s+build')),
  // Native toolchains of the other CI starter workflows; `cabal build --only-dependencies` only installs.
  run(
    'native-build',
    'build',
    [
      'gprbuild -j0 -p',
      'dub build --compiler=$DC',
      'cabal build --enable-tests all',
      'stack build',
      'rebar3 compile',
      'crystal build src/app.cr --release',
      'xcodebuild build-for-testing -scheme App',
      'xcodebuild clean build analyze -scheme App'
    ],
    cmd(
      'gprbuild|dub\\s+build|cabal\\s+(?:v2-)?build(?!.*\\s--only-dependencies)|stack\\s+build|rebar3\\s+(?:compile|release|escriptize|tar)|crystal\\s+build|shards\\s+build|xcodebuild(?:\\s+\\S+)*?\\s+(?:build|build-for-testing|archive)(?=\\s|$)'
    )
  ),
  // R CMD check installs the package it checks (rcmdcheck and devtools::check build its tarball first).
  run(
    'r-cmd-build',
    'build',
    [
      'R CMD build .',
      'R CMD check --no-manual app_1.0.tar.gz',
      'rcmdcheck::rcmdcheck(args = "--no-manual", error_on = "error")'
    ],
    /(?<![\w.:-])(?:R\s+CMD\s+(?:build|check|INSTALL)|(?:rcmdcheck::)?rcmdcheck\s*\(|devtools::(?:check|build)\s*\()/
  ),
  run(
    'dotnet-build',
    'build',
    ['dotnet build -c Release', 'dotnet publish -c Release -o out'],
    cmd('dotnet\\s+(?:build|publish|pack)|msbuild')
  ),
  run(
    'python-build',
    'build',
    ['python -m build', 'poetry build', 'uv build'],
    cmd(
      'python3?\\s+-m\\s+build|python3?\\s+setup\\.py\\s+(?:build|bdist\\w*|sdist)|(?:poetry|uv|hatch|pdm|flit)\\s+build'
    )
  ),
  run(
    'docker-build',
    'build',
    ['docker build -t app .', 'docker buildx bake', 'bazel build //...', 'cmake --build build'],
    cmd(
      'docker\\s+(?:buildx\\s+)?build|docker\\s+buildx\\s+bake|docker\\s+compose\\s+build|podman\\s+build|buildah\\s+bud|ko\\s+build|bazel\\s+build|cmake\\s+--build'
    )
  ),
  run(
    'package-build',
    'build',
    ['gem build app.gemspec', 'helm package charts/podinfo'],
    cmd('gem\\s+build|helm\\s+package')
  ),
  // A remote build (Cloud Build, ACR Tasks) builds the image it then pushes (see release.ts cloud-image-build);
  // skaffold builds the images it deploys.
  run(
    'cloud-build',
    'build',
    [
      'gcloud builds submit --config cloudbuild.yaml',
      'az acr build -r reg -t app:1 .',
      'skaffold run -p prod'
    ],
    cmd('gcloud\\s+builds\\s+submit|az\\s+acr\\s+build|skaffold\\s+(?:run|build)')
  ),
  run('sam-build', 'build', ['sam build --use-container'], cmd('sam\\s+build')),
  // Compiling ML pipeline definitions into their templates builds them (and fails on a broken pipeline);
  // `vertex-deployer check` compiles every pipeline and validates its configs against it.
  run(
    'pipeline-compile',
    'build',
    [
      'vertex-deployer check --all',
      'kfp dsl compile --py pipeline.py --output pipeline.yaml',
      'dsl-compile --py p.py',
      'tfx pipeline compile --pipeline-path kubeflow_runner.py --engine vertex',
      'tfx pipeline create --pipeline-path kubeflow_runner.py --engine vertex'
    ],
    // The TFX CLI compiles the pipeline on `compile`, and again on `create`/`update` before it registers it.
    cmd(
      'vertex-deployer\\s+check|kfp\\s+dsl\\s+compile|dsl-compile(?:-v2)?|tfx\\s+pipeline\\s+(?:compile|create|update)'
    )
  ),
  // Building configuration (`build_deployment_configs.py`, "Build deployment configs") renders parameters for a
  // deploy: nothing is built that could be kept or promoted.
  run(
    'build-script',
    'build',
    ['./scripts/build.sh', './svelte/build.sh'],
    scriptFile(`build(?!${CONFIG_OBJECT})`)
  ),
  uses('docker/build-push-action', 'build', ['docker/build-push-action@v6']),
  uses('docker/bake-action', 'build', ['docker/bake-action@v5']),
  uses(
    'goreleaser/goreleaser-action (build)',
    'build',
    [{ uses: 'goreleaser/goreleaser-action@v6', with: { args: 'release --snapshot --clean' } }],
    'goreleaser/goreleaser-action'
  ),
  uses('gradle/gradle-build-action', 'build', ['gradle/gradle-build-action@v3']),
  uses('peaceiris/actions-hugo', 'build', ['peaceiris/actions-hugo@v3']),
  uses('actions/jekyll-build-pages', 'build', ['actions/jekyll-build-pages@v1']),
  name(
    'name:build',
    'build',
    ['Build', 'Compile sources', 'build-and-push'],
    /\b(?:build|compile)\b/,
    new RegExp(`\\b(?:rebuild cache|trivy)\\b|\\bbuild(?:${CONFIG_OBJECT.replace(/\[-_\.\]/g, ' ')})`)
  )
]
