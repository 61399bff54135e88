/** The HTTP adapter for the documented REST contract (api/openapi.yaml), as its own entry. */
export { createHttpService, type HttpService, type HttpServiceOptions } from './adapters/http-service.js';
