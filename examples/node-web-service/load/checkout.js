import http from 'k6/http'

export const options = { vus: 10, duration: '30s', thresholds: { http_req_duration: ['p(95)<300'] } }

export default function () {
  http.get(`${__ENV.BASE_URL}/`)
}
