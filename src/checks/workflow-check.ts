import { checkWorkflow, workflowFinding, workflowMatcherSchema } from './workflow.js'
import { defineCheck } from './define-check.js'

/** The generic `workflow` check as a policy-defined practice names it (`check: workflow` plus matchers). */
export const workflowCheck = defineCheck({
  meta: {
    messages: {
      match: '{count} workflow match(es) found',
      'no-match': 'No workflow job or step matches the practice'
    },
    options: { ...workflowMatcherSchema.shape }
  },
  check(context, matcher) {
    const { matches } = checkWorkflow(context.evidence.workflows, matcher, {
      environments: context.environments
    })
    return workflowFinding(context.practice, matcher, matches)
  }
})
