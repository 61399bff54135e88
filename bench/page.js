/* global document -- runs in the bench page */
// The bench page's own script: a zero-latency demo service, set before the widget's first render
// (this module imports the bundle, so it runs right after the elements are defined).
import '/dist/bundle/agent-login.js';
import { createDemoService } from '/dist/bundle/demo.js';

const widget = document.querySelector('agent-login');
if (widget) widget.service = createDemoService({ latencyMs: 0 });
