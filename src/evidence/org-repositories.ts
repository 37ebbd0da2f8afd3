import { InputError } from '../core/input-error.js'
import type { GitHubClient } from './github-client.js'
import { githubMessage } from './github-message.js'

/** A repository the org audit looks at. */
export interface OrgRepository {
  owner: string
  repo: string
  defaultBranch: string
  /** Its value of the tier custom property, null when unset or unreadable. */
  tier: string | null
}

export interface RepositoryFilter {
  /** Only repositories with this topic. */
  topic?: string
  /** Only repositories whose custom property `name` is `value`. */
  property?: { name: string; value: string }
  includeArchived: boolean
  includeForks: boolean
  /** The custom property read as each repository's tier. */
  tierProperty: string
}

interface ListedRepository {
  name: string
  full_name: string
  archived?: boolean
  fork?: boolean
  default_branch?: string
  topics?: string[]
}

interface PropertyValues {
  repository_name: string
  properties: Array<{ property_name: string; value: string | string[] | null }>
}

/**
 * The org's repositories (100 a page), archived ones and forks left out unless asked for, narrowed by topic
 * and custom property, each with its tier. Unreadable custom properties leave tiers unknown (a warning), but
 * fail a filter that needs them: an audit of the wrong set must not look like an audit of the right one.
 */
export async function listOrgRepositories(
  client: GitHubClient,
  org: string,
  filter: RepositoryFilter
): Promise<{ repositories: OrgRepository[]; warnings: string[] }> {
  const listed = (await client.paginate('GET /orgs/{org}/repos', {
    org,
    type: 'all',
    per_page: 100
  })) as ListedRepository[]
  const properties = await customProperties(client, org, filter)
  const repositories = listed
    .filter(repository => filter.includeArchived || repository.archived !== true)
    .filter(repository => filter.includeForks || repository.fork !== true)
    .filter(repository => filter.topic === undefined || (repository.topics ?? []).includes(filter.topic))
    .filter(
      repository =>
        filter.property === undefined || hasProperty(properties.values, repository, filter.property)
    )
    .map(repository => ({
      owner: repository.full_name.split('/')[0] ?? org,
      repo: repository.name,
      defaultBranch: repository.default_branch ?? 'main',
      tier: propertyValue(properties.values, repository.name, filter.tierProperty) ?? null
    }))
  return { repositories, warnings: properties.warnings }
}

async function customProperties(
  client: GitHubClient,
  org: string,
  filter: RepositoryFilter
): Promise<{ values: Map<string, Map<string, string>>; warnings: string[] }> {
  try {
    const pages = (await client.paginate('GET /orgs/{org}/properties/values', {
      org,
      per_page: 100
    })) as PropertyValues[]
    const values = new Map(
      pages.map(entry => [
        entry.repository_name,
        new Map(entry.properties.map(p => [p.property_name, [p.value ?? ''].flat().join(',')]))
      ])
    )
    return { values, warnings: [] }
  } catch (error) {
    const reason = `the org's custom properties could not be read (${githubMessage(error)}); the App needs the organization permission "Custom properties: read"`
    if (filter.property !== undefined)
      throw new InputError(`--property cannot be applied: ${reason}`, filter.property.name)
    return { values: new Map(), warnings: [`${reason}: tiers are unknown`] }
  }
}

function propertyValue(
  values: Map<string, Map<string, string>>,
  repository: string,
  name: string
): string | undefined {
  const value = values.get(repository)?.get(name)
  return value === '' ? undefined : value
}

function hasProperty(
  values: Map<string, Map<string, string>>,
  repository: ListedRepository,
  wanted: { name: string; value: string }
): boolean {
  return propertyValue(values, repository.name, wanted.name) === wanted.value
}
