import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { installGuards, router } from './router'
import { useSessionStore } from './stores/session'
import './styles.css'
// Styles of services called from code (ElMessage, ElMessageBox) are not seen by the component resolver.
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
installGuards(router, useSessionStore())
app.use(router)
app.mount('#app')
