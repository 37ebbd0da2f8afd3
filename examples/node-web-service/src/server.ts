import { createServer } from 'node:http'

export const server = createServer((_request, response) => response.end('ok'))
server.listen(Number(process.env.PORT ?? 3000))
