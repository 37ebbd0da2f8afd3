// Fails the job when production does not answer.
const response = await fetch(process.env.BASE_URL ?? 'http://localhost:3000')
if (!response.ok) throw new Error(`smoke test: HTTP ${response.status}`)
