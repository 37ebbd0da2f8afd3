import { server } from '../src/server.js'

test('the server answers', () => expect(server).toBeDefined())
