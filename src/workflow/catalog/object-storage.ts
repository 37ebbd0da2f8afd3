import { NOT_LOCAL } from './command-pattern.js'
import { run } from './entry.js'
import type { RunEntry } from './entry.js'

/** An `aws` command's global options before its service (`aws --region eu-west-1 s3 cp …`). */
const AWS_OPTIONS = '(?:\\s+--[\\w-]+(?:=\\S+|\\s+[^\\s-]\\S*)?)*'

/**
 * A copy from the runner to object storage: `<tool> [options] <local> <remote>`, where the remote operand
 * (`s3://`, `gs://`, `dbfs:`, an Azure blob URL) comes last and only options follow it, and nothing remote comes
 * before the local one. A download (`aws s3 cp s3://b/x ./x`) or a copy between buckets keeps no new output.
 */
function upload(tool: string, remote: string): RegExp {
  const local = `(?!["']?${remote})`
  return new RegExp(
    `(?<![\\w.:-])${NOT_LOCAL}(?:${tool})(?![\\w.:-])(?:\\s+${local}\\S+)*?\\s+${local}[^\\s-]\\S*\\s+["']?${remote}(?:\\$\\{\\{[^}]*\\}\\}|\\S)*(?=\\s*$|\\s+-|\\s+\\d*>)`
  )
}

/**
 * Copies of build outputs to object storage keep them (real-world patterns §6.2): trained models, results,
 * wheels and bundles put in a bucket, a blob container or DBFS, where later jobs and platforms take them from.
 * `dvc push` is not one of them (§6.4): it may keep only data.
 */
export const OBJECT_STORAGE: readonly RunEntry[] = [
  run(
    'aws-s3-upload',
    'artifact-store',
    [
      'aws s3 cp dist/app-1.2.0.whl s3://acme-artifacts/app/',
      'aws s3 cp results/ s3://madewithml/$GITHUB_USERNAME/results/ --recursive',
      'aws --region eu-west-1 s3 sync ./build s3://acme-releases/1.2.0 --delete'
    ],
    upload(`aws${AWS_OPTIONS}\\s+s3\\s+(?:cp|sync|mv)`, 's3://')
  ),
  run(
    'gcs-upload',
    'artifact-store',
    [
      'gsutil -m cp -r dist gs://acme-artifacts/app/1.2.0/',
      'gsutil rsync -r model gs://acme-models/churn/',
      'gcloud storage cp model.joblib gs://acme-models/churn/model.joblib'
    ],
    upload('gsutil(?:\\s+-\\w+)*\\s+(?:cp|rsync|mv)|gcloud\\s+storage\\s+(?:cp|rsync|mv)', 'gs://')
  ),
  run(
    'azure-blob-upload',
    'artifact-store',
    [
      'az storage blob upload --account-name acme --container-name models --file model.pkl --name churn/model.pkl',
      'az storage blob upload-batch --account-name acme -d artifacts -s dist',
      'azcopy copy dist/app.zip "https://acme.blob.core.windows.net/releases/app.zip?$SAS"'
    ],
    // `$web` is the container a static website is served from: uploading there publishes the site.
    new RegExp(
      `(?<![\\w.:-])az\\s+storage\\s+blob\\s+upload(?:-batch)?(?![\\w.:-])(?!.*['"\\s]\\$web\\b)|${upload('azcopy\\s+(?:copy|cp|sync)', 'https://[\\w.-]+\\.(?:blob|dfs)\\.core\\.windows\\.net').source}`
    )
  ),
  run(
    'dbfs-upload',
    'artifact-store',
    [
      'dbfs cp project/dist/amazon_reviews-0.0.1-py3-none-any.whl dbfs:/upload/amazon_reviews/amazon-reviews-0.0.1-py3-none-any.whl',
      'databricks fs cp --overwrite dist/pipeline-1.0-py3-none-any.whl dbfs:/FileStore/wheels/'
    ],
    upload('dbfs\\s+cp|databricks\\s+fs\\s+cp', 'dbfs:')
  )
]
