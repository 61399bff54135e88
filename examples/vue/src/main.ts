import { createApp } from 'vue';
import 'agent-login-elements';
import App from './App.vue';

createApp(App).mount('#app');
