// Types the four elements in templates (props and `@agent-…` listeners) for vue-tsc and editors.
import type {} from 'agent-login-elements/vue';
