/** The embedded demo backend, as its own entry: pages that use a real backend never download it. */
export {
  createDemoService,
  generateDemoTeams,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_RESET_CODE,
  DEMO_DN_IN_USE,
  DEMO_DN_INVALID,
  type DemoService,
  type DemoServiceOptions,
  type DemoAccountSpec,
  type DemoCall,
  type DemoMethod,
} from './adapters/demo-service.js';
