/** The Webex Contact Center adapter, as its own entry: pages that don't use Webex never download it. */
export {
  createWebexService,
  WEBEX_EVENTS,
  type WebexAgentService,
  type WebexServiceOptions,
  type WebexContactCenter,
  type WebexProfile,
  type WebexSdkError,
} from './adapters/webex-service.js';
